package nl.eentegeneenzaamheid.coalition.platform.handover;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A drop box for secrets. The producer deposits a secret in the transaction that made it and puts only the hand-over's
 * id in its event; the notifications module reads it when it mails the person and takes it out in the transaction
 * that records the mail as sent. What nobody takes is deleted when it expires.
 */
@Service
public class SecretHandover {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecretHandover(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Deposits a secret until {@code expiresAt}; returns the id an event may carry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID deposit(String purpose, String secret, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into secret_handover (id, purpose, secret, expires_at, created_at) values (?, ?, ?, ?, ?)",
                id, purpose, secret, Timestamp.from(expiresAt), Timestamp.from(Instant.now(clock)));
        return id;
    }

    /** The secret, while it is there and has not expired. */
    @Transactional(readOnly = true)
    public Optional<String> read(UUID id, String purpose) {
        return jdbc.query("select secret from secret_handover where id = ? and purpose = ? and expires_at > ?",
                (row, n) -> row.getString(1), id, purpose, Timestamp.from(Instant.now(clock))).stream().findFirst();
    }

    /** Takes the secret out, once its mail is sent. */
    @Transactional
    public void take(UUID id) {
        jdbc.update("delete from secret_handover where id = ?", id);
    }

    /** Deletes what expired: nobody mailed it in time, and nobody can use it any more. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    public int purgeExpired() {
        return jdbc.update("delete from secret_handover where expires_at <= ?", Timestamp.from(Instant.now(clock)));
    }
}
