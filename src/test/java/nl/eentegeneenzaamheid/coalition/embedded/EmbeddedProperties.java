package nl.eentegeneenzaamheid.coalition.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coalition.embedded.*}: where the embedded default keeps its state and which ports it uses.
 *
 * @param dataDirectory    the one folder holding the database and the Kafka log (git-ignored)
 * @param workingDirectory where PostgreSQL's binaries are unpacked
 * @param fresh            delete the data folder's contents before starting
 * @param durable          fsync and synchronous_commit on (the default); tests turn it off for speed
 * @param postgresPort     PostgreSQL's port; 0 picks a free one
 * @param kafkaPort        Kafka's client port; 0 picks a free one
 * @param smtpPort         the mail server's SMTP port; 0 picks a free one
 * @param imapPort         the mail server's IMAP port, where a mail program (or the rollout simulator) reads each
 *                         recipient's mail (login and password: the address); 0 picks a free one
 */
@ConfigurationProperties("coalition.embedded")
public record EmbeddedProperties(
        @DefaultValue(".data") Path dataDirectory,
        @DefaultValue("target/embedded-postgres") Path workingDirectory,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("true") boolean durable,
        @DefaultValue("54320") int postgresPort,
        @DefaultValue("9092") int kafkaPort,
        @DefaultValue("3025") int smtpPort,
        @DefaultValue("3143") int imapPort) {
}
