package nl.eentegeneenzaamheid.coalition.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.events.EventTypes;
import nl.eentegeneenzaamheid.coalition.notifications.internal.MailComposer;
import nl.eentegeneenzaamheid.coalition.notifications.internal.MailComposers;
import nl.eentegeneenzaamheid.coalition.notifications.internal.MailEvent;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Turns one event into its mails (docs/notifications.md has the table) and sends each to each recipient once: a
 * delivery is recorded per event id and recipient in the transaction that follows the send, so a redelivered event
 * sends nothing twice. An SMTP failure is thrown, for the listener to retry and finally dead-letter. An event type
 * without mails is skipped and counted. Which mails an event asks for is its composer's business
 * ({@code internal/}, one per family of events, found by event type in {@link MailComposers}); their texts are in
 * {@code messages/notifications.properties} and {@code templates/notifications/}.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final String PREFIX = EventTypes.PREFIX;

    private final Mailer mailer;
    private final Deliveries deliveries;
    private final SecretHandover handover;
    private final MailComposers composers;
    private final NotificationsProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    Notifications(Mailer mailer, Deliveries deliveries, SecretHandover handover, MailComposers composers,
                  NotificationsProperties properties, MeterRegistry meters, Clock clock) {
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.handover = handover;
        this.composers = composers;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * What handling an event did.
     *
     * @param sent          mails sent now
     * @param undeliverable mails that cannot be delivered, whatever is tried: to whom, and why (the event is
     *                      dead-lettered at once, its secret wiped, and the staff's digest lists them)
     */
    public record Outcome(int sent, List<String> undeliverable) {

        static Outcome skipped() {
            return new Outcome(0, List.of());
        }
    }

    /**
     * Handles one CloudEvent: sends each of its mails that has not been sent. A mail that cannot be built or that the
     * mail server refuses for good is recorded as undeliverable and the others still go out; a failure that may pass
     * (the mail server away) is thrown as a {@link NotificationFailedException}, for the event to be tried again.
     */
    public Outcome handle(JsonNode event) {
        String id = event.path("id").asText(null);
        String type = event.path("type").asText("");
        if (id == null || !type.startsWith(PREFIX)) {
            count("skipped", "not-ours");
            return Outcome.skipped();
        }
        String name = type.substring(PREFIX.length());
        JsonNode data = event.path("data");
        UUID secret = null;
        List<Notification> mails = new ArrayList<>();
        try {
            if (event.hasNonNull("time") && Instant.parse(event.get("time").asText())
                    .isBefore(Instant.now(clock).minus(properties.maxAge()))) {
                count("skipped", "stale");
                return Outcome.skipped();
            }
            // what the event teaches is kept at once, also when its own mail fails: later events need it
            secret = remember(id, name, data);
            if (!build(name, data, id, secret, mails)) {
                count("skipped", name);
                return Outcome.skipped();
            }
        } catch (org.springframework.dao.DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            String recipient = firstAddress(data);
            String reason = "The mails for event " + id + " (" + name + ") could not be built: " + e;
            log.error(reason, e);
            deliveries.undeliverable(id, recipient, name, reason);
            wipe(secret == null ? secretOrNull(data) : secret);
            count("undeliverable", name);
            return new Outcome(0, List.of(recipient + ": " + reason));
        }
        if (mails.isEmpty() && secret == null) {
            count("skipped", name);
            return Outcome.skipped();
        }
        int sent = 0;
        List<String> undeliverable = new ArrayList<>();
        for (Notification mail : mails) {
            if (deliveries.isSent(id, mail.recipient())) {
                continue;
            }
            String messageId = deliveries.messageId(id, mail.recipient());
            try {
                jakarta.mail.internet.MimeMessage message = mailer.prepare(mail, messageId);
                deliveries.attempt(id, mail.recipient(), mail.template(), messageId);
                mailer.send(message);
            } catch (RuntimeException e) {
                if (e instanceof org.springframework.dao.DataAccessException) {
                    throw e;
                }
                String reason = "The mail '" + mail.template() + "' to " + mail.recipient() + " for event " + id
                        + " (" + name + ") could not be sent: " + (e instanceof MailException mailFailure
                        ? mailFailure.getMostSpecificCause() : e);
                if (!MailFailures.isPermanent(e)) {
                    count("failed", mail.template());
                    throw new NotificationFailedException(reason, e);
                }
                deliveries.undeliverable(id, mail.recipient(), mail.template(), reason);
                count("undeliverable", mail.template());
                undeliverable.add(mail.recipient() + ": " + reason);
                continue;
            }
            deliveries.sent(id, mail.recipient());
            sent++;
            count("sent", mail.template());
        }
        if (secret != null) {
            handover.take(secret);
        }
        return new Outcome(sent, undeliverable);
    }

    /**
     * The mails an event asks for, from its composer; false when no composer mails its type. A failure here (a
     * template, a calendar file) fails the same way every time.
     */
    private boolean build(String name, JsonNode data, String id, UUID secret, List<Notification> mails) {
        Optional<MailComposer> composer = composers.forName(name);
        if (composer.isEmpty()) {
            return false;
        }
        composer.get().compose(event(id, name, data, secret), mails);
        return true;
    }

    private MailEvent event(String id, String name, JsonNode data, UUID secret) {
        return new MailEvent(id, name, data, secret, recipient -> deliveries.isSent(id, recipient));
    }

    /**
     * An event whose mails could not be delivered however often they are tried: its secret (a link, a code) is wiped,
     * and what did not go out is recorded for the staff's digest.
     */
    public void giveUp(JsonNode event, String reason) {
        String id = event.path("id").asText("");
        String type = event.path("type").asText("");
        String name = type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
        JsonNode data = event.path("data");
        UUID secret = secretOrNull(data);
        List<Notification> mails = new ArrayList<>();
        try {
            build(name, data, id, secret, mails);
        } catch (RuntimeException e) {
            mails.clear();
        }
        wipe(secret);
        List<String> missed = mails.stream().map(Notification::recipient)
                .filter(recipient -> !deliveries.isSent(id, recipient)).distinct().toList();
        for (String recipient : missed.isEmpty() ? List.of(firstAddress(data)) : missed) {
            deliveries.undeliverable(id, recipient, name, reason);
        }
        count("undeliverable", name);
    }

    private static UUID secretOrNull(JsonNode data) {
        try {
            return secretOf(data);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void wipe(UUID secret) {
        if (secret != null) {
            handover.take(secret);
        }
    }

    /** Whom the event is about, for the record of a mail that could not be built. */
    private static String firstAddress(JsonNode data) {
        for (String field : List.of("signerEmail", "contactEmail", "email", "inviteeEmail")) {
            if (data.hasNonNull(field)) {
                return data.get(field).asText();
            }
        }
        return data.path("alderman").path("email").asText(data.path("municipalityCode").asText("-"));
    }

    /** Lets the event's composer keep what later mails need; returns the id of the secret it handed over. */
    private UUID remember(String id, String name, JsonNode data) {
        composers.forName(name).ifPresent(composer -> composer.remember(event(id, name, data, null)));
        return secretOf(data);
    }

    private static UUID secretOf(JsonNode data) {
        JsonNode secret = data.has("linkHandoverId") ? data.get("linkHandoverId") : data.get("codeHandoverId");
        return secret == null || secret.isNull() ? null : UUID.fromString(secret.asText());
    }

    private void count(String outcome, String what) {
        meters.counter("coalition.notifications." + outcome, "kind", what).increment();
    }
}
