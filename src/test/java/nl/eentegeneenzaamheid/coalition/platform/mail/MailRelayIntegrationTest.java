package nl.eentegeneenzaamheid.coalition.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing is lost when the mail server is away: a failed hand-over is retried with a growing wait, a mail that keeps
 * failing is marked FAILED, and a sent mail's bodies (links, codes) are wiped. The relays here run "in the future"
 * (their clock is a year ahead) on mail queued for then, so the application's own relay leaves these mails alone.
 */
@IntegrationTest
class MailRelayIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MailOutbox outbox;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired MeterRegistry meters;

    @Test
    void a_mail_waits_while_the_server_is_away_and_is_sent_once_it_is_back() throws IOException {
        UUID id = queueForNextYear("terug@example.nl", "424242");
        MailRelay away = relay(unreachableServer(), 400);

        assertThat(away.sendDue()).isEqualTo(1);

        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank().doesNotContain("424242");
        assertThat(away.sendDue()).as("not due again before its backoff").isZero();

        MailRelay back = relay(mailServer.sender(), 401);
        assertThat(back.sendDue()).isEqualTo(1);

        row = row(id);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("text_body")).as("the code exists nowhere once sent").isNull();
        assertThat(row.get("html_body")).isNull();
        Mailbox.Mail received = new Mailbox(mailServer.greenMail(), "terug@example.nl").await("Uw code", 1);
        assertThat(received.text()).contains("424242");
    }

    @Test
    void a_mail_that_keeps_failing_is_marked_failed_after_the_last_attempt() throws IOException {
        UUID id = queueForNextYear("nooit@example.nl", "171717");
        JavaMailSenderImpl unreachable = unreachableServer();
        for (int year = 400; year < 400 + 3; year++) {
            relay(unreachable, year).sendDue();
        }
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat(relay(mailServer.sender(), 500).sendDue()).as("a failed mail is not sent by itself").isZero();
    }

    private UUID queueForNextYear(String recipient, String code) {
        return transactions.execute(status -> {
            UUID id = outbox.queue("signing-code", recipient, "Uw code om te ondertekenen", "signing-code",
                    Map.of("name", "Test", "code", code, "municipality", "Testdorp", "minutes", 10));
            jdbc.update("update outgoing_mail set next_attempt_at = now() + interval '365 days' where id = ?", id);
            return id;
        });
    }

    private MailRelay relay(JavaMailSenderImpl sender, int daysAhead) {
        return new MailRelay(jdbc, transactions, sender, new MailProperties("Test <test@example.nl>",
                "staff@example.nl", Duration.ofSeconds(1), 3, Duration.ofSeconds(1)),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(daysAhead)), meters);
    }

    private static JavaMailSenderImpl unreachableServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error, text_body, html_body from outgoing_mail "
                + "where id = ?", id);
    }
}
