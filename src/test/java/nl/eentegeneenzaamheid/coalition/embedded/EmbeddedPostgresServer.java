package nl.eentegeneenzaamheid.coalition.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from Maven Central (zonky), started with {@code pg_ctl} in its own session, so that Ctrl-C in the
 * terminal reaches the JVM, which stops the database after the application, not before. Its data directory survives
 * restarts unless {@code clean}; with {@code durable} it runs with fsync and synchronous_commit on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "coalition";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory, Path workingDirectory, int port, boolean durable,
                                               boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(workingDirectory);
            if (System.getProperty("ot.epg.working-dir") == null) {
                System.setProperty("ot.epg.working-dir", workingDirectory.toString());
            }
            stopOrphanedPostmaster(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setPort(port)
                    .setServerConfig("max_connections", "200")
                    // lets the national-rollout benchmark measure from an outbox row's commit to Kafka
                    .setServerConfig("track_commit_timestamp", "on");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseIfMissing();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Reads one setting, for example {@code fsync}, from the running server. */
    public String setting(String name) {
        try (Connection connection = postgres.getDatabase(USER, DATABASE).getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE, e);
        }
    }

    /**
     * A JVM killed with -9 leaves its postmaster running, holding the data directory: stop it before starting anew.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isEmpty() || !postmaster.get().isAlive()
                || !postmaster.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", postmaster.get().pid(),
                dataDirectory);
        postmaster.get().destroy(); // SIGTERM: a smart shutdown, all its clients are gone with the old JVM
        try {
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL left running on " + dataDirectory + " did not stop", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }
}
