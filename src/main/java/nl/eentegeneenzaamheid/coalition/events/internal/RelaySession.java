package nl.eentegeneenzaamheid.coalition.events.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's own database session: one connection that LISTENs for the outbox's NOTIFY and may hold the
 * session-level advisory lock that makes its relay the one publisher. Closing it gives up both before the connection
 * goes back to the pool. Used by the relay's worker thread only.
 */
final class RelaySession {

    /** The relay's own logger, as before the split: its lines read as they did. */
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final String name;
    private final DataSource dataSource;
    private Connection connection;

    RelaySession(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Whether the session's connection is open (it may still hold the lock). */
    boolean isOpen() throws SQLException {
        return connection != null && !connection.isClosed();
    }

    /** Opens a new connection and LISTENs on it (no lock held yet). */
    void open() throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + OutboxRelay.CHANNEL);
        }
    }

    /** The open connection, for the relay's statements. */
    Connection connection() {
        return connection;
    }

    /** Tries to take the leader lock; true when this session holds it now. */
    boolean tryLead() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, OutboxRelay.LEADER_LOCK_NAMESPACE);
            statement.setInt(2, OutboxRelay.LEADER_LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                boolean acquired = result.getBoolean(1);
                if (acquired) {
                    log.info("Outbox relay {} is the leader: it publishes the outbox", name);
                }
                return acquired;
            }
        }
    }

    /**
     * Waits for a commit's NOTIFY, at most {@code timeout}, in slices of {@code slice} so that a stop ({@code running}
     * turning false) is noticed quickly.
     */
    void awaitNotification(Duration timeout, Duration slice, BooleanSupplier running) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.getAsBoolean()) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0) {
                return;
            }
            PGNotification[] notifications = pg.getNotifications((int) Math.min(remaining, slice.toMillis()));
            if (notifications != null && notifications.length > 0) {
                return;
            }
        }
    }

    /** Releases the lock and the LISTEN and closes the connection; a session already closed is left as it is. */
    void close() {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // the connection goes back to the pool: it must not carry the leader lock or the LISTEN with it
            statement.execute("UNLISTEN *; SELECT pg_advisory_unlock_all()");
        } catch (SQLException e) {
            log.debug("Outbox relay {}: releasing its session state failed (the connection is gone)", name, e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Outbox relay {}: closing its connection failed", name, e);
        }
        connection = null;
    }
}
