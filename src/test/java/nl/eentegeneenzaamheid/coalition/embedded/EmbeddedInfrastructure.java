package nl.eentegeneenzaamheid.coalition.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Starts PostgreSQL and Kafka as beans that the data source and the Kafka clients depend on: Spring closes the
 * application (Camunda, listeners, the outbox relay) first and the servers last, on Ctrl-C as in tests. Neither
 * server registers a JVM shutdown hook of its own that could race Spring's.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
@EnableConfigurationProperties(EmbeddedProperties.class)
public class EmbeddedInfrastructure {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedProperties properties) {
        if (properties.fresh()) {
            wipe(properties.dataDirectory());
        }
        return EmbeddedPostgresServer.start(properties.dataDirectory().resolve("postgres").toAbsolutePath(),
                properties.workingDirectory().toAbsolutePath(), properties.postgresPort(), properties.durable(), false);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgresServer postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresServer.USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.jdbcUrl();
            }
        };
    }

    @Bean(destroyMethod = "close")
    EmbeddedKafkaServer embeddedKafka(EmbeddedProperties properties, EmbeddedPostgresServer startedAfterPostgres) {
        EmbeddedKafkaServer kafka = new EmbeddedKafkaServer(
                properties.dataDirectory().resolve("kafka").toAbsolutePath(), properties.kafkaPort());
        kafka.start();
        return kafka;
    }

    @Bean
    KafkaConnectionDetails embeddedKafkaConnection(EmbeddedKafkaServer kafka) {
        return () -> List.of(kafka.bootstrapServers());
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMailServer embeddedMail(EmbeddedProperties properties, EmbeddedPostgresServer startedAfterWipe) {
        return EmbeddedMailServer.start(properties.smtpPort(), properties.imapPort(),
                properties.dataDirectory().resolve("mail").toAbsolutePath());
    }

    @Bean
    JavaMailSender embeddedMailSender(EmbeddedMailServer mail) {
        return mail.sender();
    }

    private static void wipe(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(directory)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
