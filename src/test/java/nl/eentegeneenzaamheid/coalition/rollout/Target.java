package nl.eentegeneenzaamheid.coalition.rollout;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import nl.eentegeneenzaamheid.coalition.CoalitionApplication;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedInfrastructure;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedPostgresServer;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The instance the simulator drives: the embedded default started in this JVM (fresh, durable, on free ports, its
 * state under the output folder), or one that runs elsewhere, named by its URL, database, Kafka and IMAP server.
 */
final class Target implements AutoCloseable {

    final String url;
    final String jdbcUrl;
    final String dbUser;
    final String dbPassword;
    final String kafka;
    final String imap;
    final String description;
    private final ConfigurableApplicationContext context;

    private Target(String url, String jdbcUrl, String dbUser, String dbPassword, String kafka, String imap,
                   String description, ConfigurableApplicationContext context) {
        this.url = url;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.kafka = kafka;
        this.imap = imap;
        this.description = description;
        this.context = context;
    }

    static Target open(RolloutOptions options) {
        if (!options.embedded()) {
            return new Target(options.url(), options.jdbcUrl(), options.dbUser(), options.dbPassword(),
                    options.kafka(), options.imap(), "the instance at " + options.url(), null);
        }
        Path data = options.output().resolve("data").toAbsolutePath();
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0",
                        "--coalition.embedded.data-directory=" + data,
                        "--coalition.embedded.fresh=true",
                        "--coalition.embedded.durable=true",
                        "--coalition.embedded.postgres-port=0",
                        "--coalition.embedded.kafka-port=0",
                        "--coalition.embedded.smtp-port=0",
                        "--coalition.embedded.imap-port=0",
                        "--coalition.demo-data.enabled=false",
                        "--spring.main.banner-mode=off",
                        // the console is the simulator's: the application says only what went wrong
                        "--logging.threshold.console=WARN"));
        options.app().forEach(property -> arguments.add("--" + property.strip()));
        ConfigurableApplicationContext context = SpringApplication.from(CoalitionApplication::main)
                .with(EmbeddedInfrastructure.class)
                .withAdditionalProfiles("embedded")
                .run(arguments.toArray(String[]::new))
                .getApplicationContext();
        String port = context.getEnvironment().getProperty("local.server.port");
        EmbeddedPostgresServer postgres = context.getBean(EmbeddedPostgresServer.class);
        return new Target("http://localhost:" + port, postgres.jdbcUrl(), EmbeddedPostgresServer.USER, "",
                context.getBean(EmbeddedKafkaServer.class).bootstrapServers(),
                "127.0.0.1:" + context.getBean(EmbeddedMailServer.class).imapPort(),
                "the embedded default in this JVM (PostgreSQL 17 durable, Kafka 3.9 KRaft, GreenMail), fresh in "
                        + data, context);
    }

    /** The instance's engine when it runs in this JVM, otherwise null. */
    ProcessEngine engine() {
        return context == null ? null : context.getBean(ProcessEngine.class);
    }

    boolean inThisJvm() {
        return context != null;
    }

    /** The resident set of this process, when the instance runs in it (it includes the simulator's own share). */
    static OptionalLong residentBytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (Exception e) {
            // not Linux: no figure
        }
        return OptionalLong.empty();
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long heapMax() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
