package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the simulator reads from the instance's PostgreSQL: the outbox (which events were written, when their
 * transaction committed), the server's transaction counters, its durability settings, and a pgbench TPC-B run on the
 * same server as the physical ceiling.
 */
final class Database {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String jdbcUrl;
    private final String user;
    private final String password;

    Database(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** An outbox row: the event, and when the transaction that wrote it committed (null if not tracked). */
    record OutboxRow(UUID eventId, String type, boolean published, Instant committedAt) {
    }

    /** Another database on the same server. */
    String sibling(String database) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    long outboxHead() {
        return queryLong("select coalesce(max(position), 0) from outbox_event");
    }

    /** Unpublished rows of the events topic (the audit witness's rows are not the journey's events). */
    long unpublishedSince(long position) {
        return queryLong("select count(*) from outbox_event where position > " + position + " and published_at is null"
                + " and topic = '" + EventWatcher.TOPIC + "'");
    }

    boolean tracksCommitTimestamps() {
        return "on".equals(setting("track_commit_timestamp"));
    }

    /** The rows of the events topic written since the position. */
    List<OutboxRow> outboxSince(long position) {
        boolean tracked = tracksCommitTimestamps();
        String committed = tracked
                ? "pg_xact_commit_timestamp((created_xact::text::bigint % 4294967296)::text::xid)" : "null";
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("select event_id, event_type,"
                     + " published_at is not null, " + committed + " from outbox_event where position > ?"
                     + " and topic = ? order by position")) {
            statement.setLong(1, position);
            statement.setString(2, EventWatcher.TOPIC);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Timestamp at = result.getTimestamp(4);
                    rows.add(new OutboxRow(result.getObject(1, UUID.class), result.getString(2), result.getBoolean(3),
                            at == null ? null : at.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Committed plus rolled-back transactions of this database since the server's statistics were reset. */
    long transactions() {
        return queryLong("select xact_commit + xact_rollback from pg_stat_database where datname = current_database()");
    }

    String setting(String name) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_setting('" + name + "', true)")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the setting " + name + ": " + e.getMessage(), e);
        }
    }

    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes",
                "shared_buffers", "max_connections", "track_commit_timestamp")) {
            settings.put(name, setting(name));
        }
        return settings;
    }

    /** A row count of a table of Camunda's or ours, for the report. */
    long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    /**
     * pgbench's TPC-B-like run on the same server, in a database of its own that is dropped afterwards; the
     * transactions per second, or a reason why there is no figure.
     */
    PgbenchResult pgbench(int seconds, int scale, int clients) {
        String binary = findPgbench();
        if (binary == null) {
            return new PgbenchResult(Double.NaN, "pgbench is not installed (Debian: apt-get install postgresql-15)");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = "rollout_pgbench";
        execute("drop database if exists " + database);
        execute("create database " + database);
        try {
            List<String> target = List.of("-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", user);
            run(binary, target, List.of("-i", "-q", "-s", String.valueOf(scale), database));
            String output = run(binary, target, List.of("-c", String.valueOf(clients), "-j", "2", "-T",
                    String.valueOf(seconds), database));
            Matcher matcher = TPS.matcher(output);
            if (!matcher.find()) {
                return new PgbenchResult(Double.NaN, "pgbench printed no tps: " + output);
            }
            return new PgbenchResult(Double.parseDouble(matcher.group(1)), "TPC-B-like, scale " + scale + ", "
                    + clients + " clients, 2 threads, " + seconds + " s (" + binary + ")");
        } finally {
            execute("drop database if exists " + database);
        }
    }

    record PgbenchResult(double tps, String note) {
    }

    private String run(String binary, List<String> target, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(binary));
        command.addAll(target);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String findPgbench() {
        for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench",
                "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
            if (new java.io.File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long queryLong(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.put("user", user);
        properties.put("password", password);
        return DriverManager.getConnection(jdbcUrl, properties);
    }
}
