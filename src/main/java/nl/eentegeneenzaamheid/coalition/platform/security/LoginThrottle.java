package nl.eentegeneenzaamheid.coalition.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without letting a stranger lock anyone out. Failures are counted per account and
 * source address (over 15 minutes), in the database, so every node sees them:
 * <ul>
 *   <li>a source that fails {@value #FREE_FAILURES} times for an account waits before it may try that account again:
 *   1 s, then doubling, at most 15 minutes; the account itself stays open to everyone else;</li>
 *   <li>a source that fails more than {@value #SOURCE_LIMIT} times over all accounts (trying many accounts), and the
 *   sources trying an account that fails more than {@value #ACCOUNT_LIMIT} times from everywhere (many addresses
 *   at one account), are refused, except where the account logged in successfully in the last 30 days: its owner
 *   still gets in.</li>
 * </ul>
 * A correct password resets its source's count. Administrators see and clear the blocks
 * ({@code /api/v1/admin/login-throttle}). Camunda's own lockout, which anyone could trigger, is switched off.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int SOURCE_LIMIT = 30;
    static final int ACCOUNT_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final Duration REMEMBER_SUCCESS_EVERY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Instant> successesWritten = new ConcurrentHashMap<>();

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws LoginThrottledException when the source must wait before it tries the account again
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public void check(String account, String source) {
        Instant now = Instant.now(clock);
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        record State(Timestamp blockedUntil, long sourceFailures, long accountFailures, boolean known) {
        }
        State state = jdbc.queryForObject("""
                select (select blocked_until from login_failure where account = ? and source = ?),
                       (select coalesce(sum(failures), 0) from login_failure where source = ? and last_failure_at > ?),
                       (select coalesce(sum(failures), 0) from login_failure where account = ? and last_failure_at > ?),
                       exists (select 1 from login_source where account = ? and source = ? and last_success_at > ?)""",
                (row, n) -> new State(row.getTimestamp(1), row.getLong(2), row.getLong(3), row.getBoolean(4)),
                key(account), key(source), key(source), windowStart, key(account), windowStart, key(account),
                key(source), Timestamp.from(now.minus(KNOWN_FOR)));
        if (state.blockedUntil() != null && state.blockedUntil().toInstant().isAfter(now)) {
            throw new LoginThrottledException(Duration.between(now, state.blockedUntil().toInstant()));
        }
        if (!state.known() && (state.sourceFailures() > SOURCE_LIMIT || state.accountFailures() > ACCOUNT_LIMIT)) {
            throw new LoginThrottledException(WINDOW);
        }
    }

    /** A wrong password (or an unknown account) from this source. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String account, String source) {
        Instant now = Instant.now(clock);
        Timestamp at = Timestamp.from(now);
        Integer failures = jdbc.queryForObject("""
                insert into login_failure (account, source, failures, first_failure_at, last_failure_at)
                values (?, ?, 1, ?, ?)
                on conflict (account, source) do update set
                    failures = case when login_failure.last_failure_at < ? then 1 else login_failure.failures + 1 end,
                    first_failure_at = case when login_failure.last_failure_at < ? then excluded.first_failure_at
                        else login_failure.first_failure_at end,
                    last_failure_at = excluded.last_failure_at
                returning failures""", Integer.class, key(account), key(source), at, at,
                Timestamp.from(now.minus(WINDOW)), Timestamp.from(now.minus(WINDOW)));
        if (failures != null && failures >= FREE_FAILURES) {
            long seconds = Math.min(1L << Math.min(failures - FREE_FAILURES, 20), LONGEST_WAIT.toSeconds());
            jdbc.update("update login_failure set blocked_until = ? where account = ? and source = ?",
                    Timestamp.from(now.plusSeconds(seconds)), key(account), key(source));
        }
    }

    /** The right password: this source's count for the account starts again, and the source is known for it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account, String source) {
        Instant now = Instant.now(clock);
        String pair = key(account) + " " + key(source);
        Instant written = successesWritten.get(pair);
        if (written != null && written.isAfter(now.minus(REMEMBER_SUCCESS_EVERY))) {
            return;
        }
        jdbc.update("delete from login_failure where account = ? and source = ?", key(account), key(source));
        jdbc.update("""
                insert into login_source (account, source, last_success_at) values (?, ?, ?)
                on conflict (account, source) do update set last_success_at = excluded.last_success_at""",
                key(account), key(source), Timestamp.from(now));
        successesWritten.put(pair, now);
    }

    /** A block an administrator may want to see: who failed from where, how often, until when they wait. */
    public record Block(String account, String source, int failures, Instant lastFailureAt, Instant blockedUntil) {
    }

    @Transactional(readOnly = true)
    public List<Block> blocks() {
        return jdbc.query("""
                select account, source, failures, last_failure_at, blocked_until from login_failure
                where last_failure_at > ? order by last_failure_at desc limit 500""",
                (row, n) -> new Block(row.getString(1), row.getString(2), row.getInt(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5) == null ? null
                        : row.getTimestamp(5).toInstant()), Timestamp.from(Instant.now(clock).minus(WINDOW)));
    }

    /** Clears the failures of an account (from one source, or from all when {@code source} is null). */
    @Transactional
    public int clear(String account, String source) {
        successesWritten.clear();
        return source == null
                ? jdbc.update("delete from login_failure where account = ?", key(account))
                : jdbc.update("delete from login_failure where account = ? and source = ?", key(account),
                key(source));
    }

    private static String key(String value) {
        String text = value == null ? "" : value;
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}
