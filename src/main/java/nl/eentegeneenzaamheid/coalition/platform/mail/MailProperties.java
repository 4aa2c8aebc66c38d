package nl.eentegeneenzaamheid.coalition.platform.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coalition.mail.*}.
 *
 * @param from          the sender of every mail
 * @param staffAddress  the programme team's shared mailbox (told at once of a declined signature, for example)
 * @param pollInterval  how often the relay looks for mail to send
 * @param maxAttempts   after this many failed hand-overs a mail is marked failed (and logged)
 * @param firstBackoff  the wait after the first failure; it doubles with every further failure, up to an hour
 */
@ConfigurationProperties("coalition.mail")
public record MailProperties(
        @DefaultValue("Eén tegen eenzaamheid <noreply@eentegeneenzaamheid.nl>") String from,
        @DefaultValue("programma@eentegeneenzaamheid.nl") String staffAddress,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration firstBackoff) {
}
