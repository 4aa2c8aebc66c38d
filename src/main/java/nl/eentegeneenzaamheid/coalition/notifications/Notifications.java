package nl.eentegeneenzaamheid.coalition.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;

/**
 * Turns one event into its mails (docs/notifications.md has the table) and sends each to each recipient once: a
 * delivery is recorded per event id and recipient in the transaction that follows the send, so a redelivered event
 * sends nothing twice. An SMTP failure is thrown, for the listener to retry and finally dead-letter. An event type
 * without mails is skipped and counted.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final Deliveries deliveries;
    private final SecretHandover handover;
    private final Envelopes envelopes;
    private final MeetingNotifications meetings;
    private final NotificationsProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String publicUrl;

    Notifications(JdbcTemplate jdbc, Mailer mailer, Deliveries deliveries, SecretHandover handover, Envelopes envelopes,
                  MeetingNotifications meetings, NotificationsProperties properties, MeterRegistry meters, Clock clock,
                  @Value("${coalition.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.handover = handover;
        this.envelopes = envelopes;
        this.meetings = meetings;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.publicUrl = publicUrl;
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
            secret = remember(name, data);
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
     * The mails an event asks for; false when the event type asks for none. A failure here (a template, a calendar
     * file) fails the same way every time.
     */
    private boolean build(String name, JsonNode data, String id, UUID secret, List<Notification> mails) {
        switch (name) {
            case "intent-registered.v1" -> toMunicipality(data, "intent-received", "Uw intentie is ontvangen", mails,
                    true, Map.of());
            case "information-requested.v1" -> toMunicipality(data, "information-requested",
                    "Een vraag over uw intentie", mails, false, Map.of("question", data.path("question").asText()));
            case "information-reminded.v1" -> toMunicipality(data, "information-reminded",
                    "Herinnering: wij wachten op uw antwoord", mails, false, Map.of());
            case "intent-approved.v1" -> toMunicipality(data, "intent-approved",
                    "Uw intentie is goedgekeurd: vorm uw lokale coalitie", mails, true, Map.of());
            case "intent-rejected.v1" -> toMunicipality(data, "intent-rejected", "Uw intentie is afgewezen", mails,
                    true, Map.of("reason", data.path("reason").asText()));
            case "partner-invited.v1", "partner-reminded.v1" -> partner(name, data, secret, mails);
            case "partner-invitation-expired.v1" -> toMunicipality(data, "partner-invitation-expired",
                    "De uitnodiging van " + data.path("organisationName").asText() + " is verlopen", mails, false,
                    Map.of("organisation", data.path("organisationName").asText()));
            case "signing-request-sent.v1" -> signingRequest(data, secret, mails);
            case "signing-code-requested.v1" -> signingCode(data, secret, mails);
            case "signature-declined.v1" -> declined(data, mails);
            case "signing-expired.v1" -> expired(data, mails);
            case "signing-voided.v1" -> voided(data, mails);
            case "signing-completed.v1" -> completed(id, data, mails);
            case "local-plan-reminded.v1" -> toMunicipality(data, "local-plan-reminded",
                    "Herinnering: wij zien uw lokale plan graag tegemoet", mails, false, Map.of());
            case "onboarding-completed.v1" -> toMunicipality(data, "onboarding-completed",
                    "Welkom bij Eén tegen eenzaamheid", mails, true, Map.of());
            default -> {
                if (!MeetingNotifications.handles(name)) {
                    return false;
                }
                meetings.mails(name, data, secret, mails);
            }
        }
        return true;
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

    // ---------------------------------------------------------------------------------------------------------------
    // What the module remembers, from the events only

    private UUID remember(String name, JsonNode data) {
        switch (name) {
            case "intent-registered.v1" -> jdbc.update("""
                    insert into notification_onboarding (onboarding_id, municipality_code, municipality_name,
                        alderman_name, alderman_email, contact_name, contact_email) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (onboarding_id) do nothing""", uuid(data, "onboardingId"),
                    data.path("municipalityCode").asText(), data.path("municipalityName").asText(),
                    data.path("alderman").path("name").asText(), data.path("alderman").path("email").asText(),
                    data.path("contact").path("name").asText(), data.path("contact").path("email").asText());
            case "partner-invited.v1", "partner-reminded.v1" -> jdbc.update("""
                    insert into notification_partner (partner_id, onboarding_id, organisation, contact_name,
                        contact_email) values (?, ?, ?, ?, ?) on conflict (partner_id) do nothing""",
                    uuid(data, "partnerId"), uuid(data, "onboardingId"), data.path("organisationName").asText(),
                    data.path("contactName").asText(), data.path("contactEmail").asText());
            case "signing-request-sent.v1" -> jdbc.update("""
                    insert into notification_signer (signer_id, envelope_id, onboarding_id, name, email)
                    values (?, ?, ?, ?, ?) on conflict (signer_id) do nothing""", uuid(data, "signerId"),
                    uuid(data, "envelopeId"), uuid(data, "onboardingId"), data.path("signerName").asText(),
                    data.path("signerEmail").asText());
            default -> {
            }
        }
        return secretOf(data);
    }

    private static UUID secretOf(JsonNode data) {
        JsonNode secret = data.has("linkHandoverId") ? data.get("linkHandoverId") : data.get("codeHandoverId");
        return secret == null || secret.isNull() ? null : UUID.fromString(secret.asText());
    }

    private record Municipality(String name, String aldermanName, String aldermanEmail, String contactName,
                                String contactEmail) {
    }

    private Optional<Municipality> municipality(JsonNode data) {
        return jdbc.query("""
                select municipality_name, alderman_name, alderman_email, contact_name, contact_email
                from notification_onboarding where onboarding_id = ?""",
                (row, n) -> new Municipality(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)), uuid(data, "onboardingId")).stream().findFirst();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The mails

    private void toMunicipality(JsonNode data, String template, String subject, List<Notification> mails,
                                boolean alsoAlderman, Map<String, Object> extra) {
        Optional<Municipality> found = municipality(data);
        if (found.isEmpty()) {
            log.warn("No contact known for onboarding {}: {} not mailed", data.path("onboardingId").asText(),
                    template);
            return;
        }
        Municipality municipality = found.get();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("municipality", municipality.name());
        model.put("name", municipality.contactName());
        model.put("data", data);
        model.put("publicUrl", publicUrl);
        model.put("onboardingId", data.path("onboardingId").asText());
        mails.add(Notification.of(municipality.contactEmail(), template, subject + " (" + municipality.name() + ")",
                model));
        if (alsoAlderman && !municipality.aldermanEmail().equalsIgnoreCase(municipality.contactEmail())) {
            Map<String, Object> forAlderman = new HashMap<>(model);
            forAlderman.put("name", municipality.aldermanName());
            mails.add(Notification.of(municipality.aldermanEmail(), template, subject + " (" + municipality.name()
                    + ")", forAlderman));
        }
    }

    private void partner(String name, JsonNode data, UUID secret, List<Notification> mails) {
        boolean reminder = name.startsWith("partner-reminded");
        Map<String, Object> model = new HashMap<>();
        model.put("name", data.path("contactName").asText());
        model.put("organisation", data.path("organisationName").asText());
        model.put("municipality", municipality(data).map(Municipality::name).orElse(""));
        model.put("expiresOn", day(data.path("expiresAt").asText()));
        model.put("reminder", reminder);
        Optional<String> token = secret == null ? Optional.empty() : handover.read(secret, Invitations.LINK_PURPOSE);
        model.put("link", token.map(t -> publicUrl + "/uitnodiging/" + t).orElse(null));
        mails.add(Notification.of(data.path("contactEmail").asText(), "partner-invitation", (reminder
                ? "Herinnering: " : "") + "Uitnodiging voor de lokale coalitie tegen eenzaamheid " + model.get(
                "municipality"), model));
    }

    private void signingRequest(JsonNode data, UUID secret, List<Notification> mails) {
        Optional<String> token = secret == null ? Optional.empty() : handover.read(secret, Envelopes.LINK_PURPOSE);
        if (token.isEmpty()) {
            log.warn("The link for signer {} is no longer in the hand-over (expired or sent): not mailed",
                    data.path("signerId").asText());
            return;
        }
        boolean reminder = data.path("reminder").asBoolean(false);
        String municipality = municipality(data).map(Municipality::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("name", data.path("signerName").asText());
        model.put("organisation", data.path("organisation").asText());
        model.put("municipality", municipality);
        model.put("link", publicUrl + "/ondertekenen/" + token.get());
        model.put("expiresAt", day(data.path("linkExpiresAt").asText()));
        model.put("documentSha256", data.path("documentSha256").asText());
        model.put("reminder", reminder);
        mails.add(Notification.of(data.path("signerEmail").asText(), "signing-request", (reminder
                ? "Herinnering: " : "") + "Onderteken de intentieverklaring lokale coalitie Eén tegen eenzaamheid "
                + municipality, model));
    }

    private void signingCode(JsonNode data, UUID secret, List<Notification> mails) {
        Optional<String> code = secret == null ? Optional.empty() : handover.read(secret, SignerLinks.CODE_PURPOSE);
        if (code.isEmpty()) {
            log.warn("The code for signer {} is no longer in the hand-over (expired or sent): not mailed",
                    data.path("signerId").asText());
            return;
        }
        Instant expires = Instant.parse(data.path("codeExpiresAt").asText());
        Instant requested = Instant.parse(data.path("requestedAt").asText());
        mails.add(Notification.of(data.path("signerEmail").asText(), "signing-code", "Uw code om te ondertekenen",
                Map.of("name", data.path("signerName").asText(), "code", code.get(), "municipality",
                        municipality(data).map(Municipality::name).orElse(""), "minutes",
                        Math.max(1, java.time.Duration.between(requested, expires).toMinutes()))));
    }

    private void declined(JsonNode data, List<Notification> mails) {
        String signer = jdbc.query("select name from notification_signer where signer_id = ?",
                (row, n) -> row.getString(1), uuid(data, "signerId")).stream().findFirst().orElse("Een ondertekenaar");
        Map<String, Object> model = Map.of("signer", signer, "organisation", data.path("organisation").asText(),
                "reason", data.path("reason").asText(), "envelopeId", data.path("envelopeId").asText());
        String subject = data.path("organisation").asText() + " ondertekent de intentieverklaring niet";
        toMunicipality(data, "signature-declined", subject, mails, false, model);
        Map<String, Object> forStaff = new HashMap<>(model);
        forStaff.put("municipality", municipality(data).map(Municipality::name).orElse(""));
        mails.add(Notification.of(properties.staffAddress(), "signature-declined", subject + " ("
                + forStaff.get("municipality") + ")", forStaff));
    }

    private void expired(JsonNode data, List<Notification> mails) {
        Map<String, Object> model = Map.of("signed", data.path("signed").asInt(), "signers",
                data.path("signers").asInt());
        toMunicipality(data, "signing-expired", "De termijn om te ondertekenen is verlopen", mails, false, model);
        Map<String, Object> forStaff = new HashMap<>(model);
        forStaff.put("municipality", municipality(data).map(Municipality::name).orElse(""));
        forStaff.put("name", "programmateam");
        mails.add(Notification.of(properties.staffAddress(), "signing-expired", "Ondertekening verlopen ("
                + forStaff.get("municipality") + ")", forStaff));
    }

    private void voided(JsonNode data, List<Notification> mails) {
        String municipality = municipality(data).map(Municipality::name).orElse("");
        for (Map<String, Object> signer : signersOf(uuid(data, "envelopeId"))) {
            mails.add(Notification.of((String) signer.get("email"), "signing-voided", "De ondertekening van de "
                    + "coalitie " + municipality + " is ingetrokken", Map.of("name", signer.get("name"),
                    "municipality", municipality, "reason", data.path("reason").asText())));
        }
    }

    private void completed(String eventId, JsonNode data, List<Notification> mails) {
        if (!"DIGITAL".equals(data.path("method").asText())) {
            toMunicipality(data, "signing-recorded", "Het coalitie-akkoord is ondertekend", mails, true, Map.of());
            return;
        }
        UUID envelopeId = uuid(data, "envelopeId");
        Map<String, String> recipients = new LinkedHashMap<>();
        signersOf(envelopeId).forEach(s -> recipients.putIfAbsent(((String) s.get("email")).toLowerCase(),
                (String) s.get("email")));
        municipality(data).ifPresent(m -> recipients.putIfAbsent(m.contactEmail().toLowerCase(), m.contactEmail()));
        recipients.keySet().removeIf(recipient -> deliveries.isSent(eventId, recipient));
        if (recipients.isEmpty()) {
            return; // everyone has it: the sealed document is not read again
        }
        Envelopes.Document sealed = envelopes.downloadCertificate(envelopeId, Actor.system("notifications"));
        Notification.Attachment attachment = new Notification.Attachment(sealed.filename(), sealed.content());
        String municipality = municipality(data).map(Municipality::name).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", municipality);
        model.put("signers", envelopes.get(envelopeId).signers());
        model.put("documentSha256", data.path("documentSha256").asText());
        model.put("sealedSha256", data.path("sealedDocumentSha256").asText());
        String subject = "Ondertekend: intentieverklaring lokale coalitie Eén tegen eenzaamheid " + municipality;
        recipients.values().forEach(recipient -> mails.add(new Notification(recipient, "signing-completed", subject,
                model, attachment)));
    }

    private List<Map<String, Object>> signersOf(UUID envelopeId) {
        return jdbc.queryForList("select name, email from notification_signer where envelope_id = ? order by name",
                envelopeId);
    }

    private void count(String outcome, String what) {
        meters.counter("coalition.notifications." + outcome, "kind", what).increment();
    }

    private static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.path(field).asText());
    }

    private static LocalDate day(String instant) {
        return instant == null || instant.isBlank() ? null : Instant.parse(instant).atZone(NETHERLANDS).toLocalDate();
    }
}
