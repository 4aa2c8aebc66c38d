package nl.eentegeneenzaamheid.coalition.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing down without letting a stranger lock anyone out. Failures are counted per account and
 * source address (over 15 minutes), in the database, so every node sees them:
 * <ul>
 *   <li>a source that fails {@value #FREE_FAILURES} times for an account waits before it may try that account again:
 *   1 s, then doubling, at most 15 minutes; the account itself stays open to everyone else;</li>
 *   <li>while an account fails more than {@value #ACCOUNT_LIMIT} times from everywhere (many addresses at one
 *   account), a source that has not logged in to it in the last 30 days gets one try per 15 minutes: its first
 *   attempt is still checked, so the owner on a new address gets in with the right password;</li>
 *   <li>a source that fails more than {@value #SOURCE_LIMIT} times over all accounts (trying many accounts) is refused
 *   for the accounts it has not logged in to in the last 30 days.</li>
 * </ul>
 * At most {@value #CONCURRENT_CHECKS} checks of one account from one source run at once on a node, so a burst of
 * parallel guesses is counted as it goes rather than all passing the check before the first failure is written. A
 * correct password resets its source's count. Administrators see and clear the blocks
 * ({@code /api/v1/admin/login-throttle}). Camunda's own lockout, which anyone could trigger, is switched off.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int SOURCE_LIMIT = 30;
    static final int ACCOUNT_LIMIT = 50;
    static final int CONCURRENT_CHECKS = 4;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final Duration REMEMBER_SUCCESS_EVERY = Duration.ofHours(1);
    private static final Duration WAIT_FOR_A_TURN = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<String, Instant> successesWritten = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();

    LoginThrottle(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Checks the password with {@code check} unless the source must wait, and counts the outcome.
     *
     * @return whether the password was right
     * @throws LoginThrottledException when the source must wait before it tries the account again
     */
    public boolean attempt(String account, String source, BooleanSupplier check) {
        String pair = key(account) + " " + key(source);
        Semaphore turn = turns.computeIfAbsent(pair, p -> new Semaphore(CONCURRENT_CHECKS, true));
        try {
            if (!turn.tryAcquire(WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LoginThrottledException(Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottledException(Duration.ofSeconds(1));
        }
        try {
            State state = state(account, source);
            state.refuseIfWaiting(Instant.now(clock));
            if (check.getAsBoolean()) {
                succeeded(account, source, state);
                return true;
            }
            failed(account, source, state);
            return false;
        } finally {
            turn.release();
        }
    }

    private record State(Instant blockedUntil, int failures, long sourceFailures, long accountFailures,
                         boolean known) {

        void refuseIfWaiting(Instant now) {
            if (blockedUntil != null && blockedUntil.isAfter(now)) {
                throw new LoginThrottledException(Duration.between(now, blockedUntil));
            }
            if (!known && sourceFailures > SOURCE_LIMIT) {
                throw new LoginThrottledException(WINDOW);
            }
        }
    }

    private State state(String account, String source) {
        Instant now = Instant.now(clock);
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        return jdbc.queryForObject("""
                select (select blocked_until from login_failure where account = ? and source = ?),
                       (select failures from login_failure where account = ? and source = ? and last_failure_at > ?),
                       (select coalesce(sum(failures), 0) from login_failure where source = ? and last_failure_at > ?),
                       (select coalesce(sum(failures), 0) from login_failure where account = ? and last_failure_at > ?),
                       exists (select 1 from login_source where account = ? and source = ? and last_success_at > ?)""",
                (row, n) -> new State(row.getTimestamp(1) == null ? null : row.getTimestamp(1).toInstant(),
                        row.getInt(2), row.getLong(3), row.getLong(4), row.getBoolean(5)),
                key(account), key(source), key(account), key(source), windowStart, key(source), windowStart,
                key(account), windowStart, key(account), key(source), Timestamp.from(now.minus(KNOWN_FOR)));
    }

    /** A wrong password (or an unknown account) from this source. */
    private void failed(String account, String source, State before) {
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now(clock);
            Timestamp at = Timestamp.from(now);
            Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
            Integer failures = jdbc.queryForObject("""
                    insert into login_failure (account, source, failures, first_failure_at, last_failure_at)
                    values (?, ?, 1, ?, ?)
                    on conflict (account, source) do update set
                        failures = case when login_failure.last_failure_at < ? then 1
                            else login_failure.failures + 1 end,
                        first_failure_at = case when login_failure.last_failure_at < ?
                            then excluded.first_failure_at else login_failure.first_failure_at end,
                        last_failure_at = excluded.last_failure_at
                    returning failures""", Integer.class, key(account), key(source), at, at, windowStart,
                    windowStart);
            Duration wait = null;
            if (failures != null && failures >= FREE_FAILURES) {
                wait = Duration.ofSeconds(Math.min(1L << Math.min(failures - FREE_FAILURES, 20),
                        LONGEST_WAIT.toSeconds()));
            }
            if (!before.known() && before.accountFailures() >= ACCOUNT_LIMIT) {
                wait = WINDOW;
            }
            if (wait != null) {
                jdbc.update("update login_failure set blocked_until = ? where account = ? and source = ?",
                        Timestamp.from(now.plus(wait)), key(account), key(source));
            }
        });
    }

    /** The right password: this source's count for the account starts again, and the source is known for it. */
    private void succeeded(String account, String source, State before) {
        Instant now = Instant.now(clock);
        String pair = key(account) + " " + key(source);
        Instant written = successesWritten.get(pair);
        boolean remember = written == null || written.isBefore(now.minus(REMEMBER_SUCCESS_EVERY));
        if (before.failures() == 0 && !remember) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (before.failures() > 0) {
                jdbc.update("delete from login_failure where account = ? and source = ?", key(account), key(source));
            }
            if (remember) {
                jdbc.update("""
                        insert into login_source (account, source, last_success_at) values (?, ?, ?)
                        on conflict (account, source) do update set last_success_at = excluded.last_success_at""",
                        key(account), key(source), Timestamp.from(now));
            }
        });
        if (remember) {
            successesWritten.put(pair, now);
        }
    }

    /** Forgets failures older than the window and sources not seen for 30 days (attackers choose account names). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public void purge() {
        Instant now = Instant.now(clock);
        jdbc.update("delete from login_failure where last_failure_at < ? and (blocked_until is null or "
                + "blocked_until < ?)", Timestamp.from(now.minus(WINDOW)), Timestamp.from(now));
        jdbc.update("delete from login_source where last_success_at < ?", Timestamp.from(now.minus(KNOWN_FOR)));
        turns.entrySet().removeIf(entry -> entry.getValue().availablePermits() == CONCURRENT_CHECKS);
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
