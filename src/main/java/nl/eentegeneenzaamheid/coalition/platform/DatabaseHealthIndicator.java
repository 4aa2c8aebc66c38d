package nl.eentegeneenzaamheid.coalition.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code db} in the health and readiness groups, in place of Spring Boot's own: that one waits for a pooled
 * connection as long as the pool lets a request wait, so during a database outage the readiness probe did not answer
 * within the platform's timeout. This one answers within a second: the check runs on a thread of its own, and while a
 * check is still waiting for the database the answer is DOWN. At most one check runs at a time, however often the
 * probe asks.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Health> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = checker.submit(this::check);
            }
            check = running;
        }
        try {
            return check.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "The database did not answer within "
                    + ANSWER_WITHIN.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", String.valueOf(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private Health check() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid((int) Duration.ofSeconds(2).toSeconds())) {
                return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
            }
            return Health.down().withDetail("error", "The connection is not valid").build();
        } catch (SQLException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
