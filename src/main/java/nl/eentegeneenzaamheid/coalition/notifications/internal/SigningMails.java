package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationsProperties;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignatureDeclined;
import nl.eentegeneenzaamheid.coalition.signing.SigningCodeRequested;
import nl.eentegeneenzaamheid.coalition.signing.SigningCompleted;
import nl.eentegeneenzaamheid.coalition.signing.SigningExpired;
import nl.eentegeneenzaamheid.coalition.signing.SigningRequestSent;
import nl.eentegeneenzaamheid.coalition.signing.SigningVoided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agreement's mails: the signing request with its link, the one-time code, a signer who declines or a term that
 * expires (to the contact and the programme team), a voided envelope (to its signers), and the signed agreement: the
 * sealed PDF to the signers and the contact, or, signed on paper, the news to the contact and the alderman.
 */
@Component
class SigningMails extends EventHandlers {

    private static final Logger log = LoggerFactory.getLogger(SigningMails.class);

    private final NotificationMemory memory;
    private final SecretHandover handover;
    private final Envelopes envelopes;
    private final MailTexts texts;
    private final ToMunicipality toMunicipality;
    private final String staffAddress;
    private final String publicUrl;
    SigningMails(NotificationMemory memory, SecretHandover handover, Envelopes envelopes, MailTexts texts,
                 NotificationsProperties properties, @Value("${coalition.public-url}") String publicUrl) {
        this.memory = memory;
        this.handover = handover;
        this.envelopes = envelopes;
        this.texts = texts;
        this.toMunicipality = new ToMunicipality(texts, publicUrl);
        this.staffAddress = properties.staffAddress();
        this.publicUrl = publicUrl;
        on(SigningRequestSent.class, this::request);
        on(SigningCodeRequested.class, this::code);
        on(SignatureDeclined.class, this::declined);
        on(SigningExpired.class, this::expired);
        on(SigningVoided.class, this::voided);
        on(SigningCompleted.class, this::completed);
    }

    @Override
    public void remember(MailEvent event) {
        if (event.name().equals(MailComposers.nameOf(SigningRequestSent.class))) {
            memory.rememberSigner(event.data());
        }
    }

    private void request(MailEvent event, List<Notification> mails) {
        read(event, HandoverPurposes.SIGNING_LINK, "link").ifPresent(token -> mails.add(request(event,
                memory.municipalityName(event.data()), token)));
    }

    /** The signing request (or its reminder) with the signer's link. */
    Notification request(MailEvent event, String municipality, String token) {
        boolean reminder = event.data().path("reminder").asBoolean(false);
        Map<String, Object> model = new HashMap<>();
        model.put("name", event.text("signerName"));
        model.put("organisation", event.text("organisation"));
        model.put("municipality", municipality);
        model.put("link", publicUrl + "/ondertekenen/" + token);
        model.put("expiresAt", PartnerMails.day(event.text("linkExpiresAt")));
        model.put("documentSha256", event.text("documentSha256"));
        model.put("reminder", reminder);
        return Notification.of(event.text("signerEmail"), "signing-request", (reminder
                ? texts.get("subject.reminder-prefix") : "") + texts.get("signing-request.subject",
                Map.of("municipality", municipality)), model);
    }

    private void code(MailEvent event, List<Notification> mails) {
        read(event, HandoverPurposes.SIGNING_CODE, "code").ifPresent(code -> mails.add(code(event,
                memory.municipalityName(event.data()), code)));
    }

    /** The one-time code, with the minutes it holds. */
    Notification code(MailEvent event, String municipality, String code) {
        Instant expires = Instant.parse(event.text("codeExpiresAt"));
        Instant requested = Instant.parse(event.text("requestedAt"));
        return Notification.of(event.text("signerEmail"), "signing-code", texts.get("signing-code.subject"),
                Map.of("name", event.text("signerName"), "code", code, "municipality", municipality, "minutes",
                        Math.max(1, Duration.between(requested, expires).toMinutes())));
    }

    private void declined(MailEvent event, List<Notification> mails) {
        String signer = memory.signerName(event.uuid("signerId"))
                .orElseGet(() -> texts.get("signature-declined.unknown-signer"));
        Map<String, Object> model = Map.of("signer", signer, "organisation", event.text("organisation"),
                "reason", event.text("reason"), "envelopeId", event.text("envelopeId"));
        String subject = texts.get("signature-declined.subject", Map.of("organisation", event.text("organisation")));
        toMunicipality.mails(memory.municipality(event.data()), event, "signature-declined", subject, false, model,
                mails);
        Map<String, Object> forStaff = new HashMap<>(model);
        String municipality = memory.municipalityName(event.data());
        forStaff.put("municipality", municipality);
        mails.add(Notification.of(staffAddress, "signature-declined", subject + texts.get("subject.suffix",
                Map.of("municipality", municipality)), forStaff));
    }

    private void expired(MailEvent event, List<Notification> mails) {
        Map<String, Object> model = Map.of("signed", event.data().path("signed").asInt(), "signers",
                event.data().path("signers").asInt());
        toMunicipality.mails(memory.municipality(event.data()), event, "signing-expired",
                texts.get("signing-expired.subject"), false, model, mails);
        Map<String, Object> forStaff = new HashMap<>(model);
        String municipality = memory.municipalityName(event.data());
        forStaff.put("municipality", municipality);
        forStaff.put("name", texts.get("signing-expired.staff-name"));
        mails.add(Notification.of(staffAddress, "signing-expired", texts.get("signing-expired.staff-subject",
                Map.of("municipality", municipality)), forStaff));
    }

    private void voided(MailEvent event, List<Notification> mails) {
        String municipality = memory.municipalityName(event.data());
        String subject = texts.get("signing-voided.subject", Map.of("municipality", municipality));
        for (Map<String, Object> signer : memory.signersOf(event.uuid("envelopeId"))) {
            mails.add(Notification.of((String) signer.get("email"), "signing-voided", subject, Map.of("name",
                    signer.get("name"), "municipality", municipality, "reason", event.text("reason"))));
        }
    }

    private void completed(MailEvent event, List<Notification> mails) {
        if (!"DIGITAL".equals(event.text("method"))) {
            toMunicipality.mails(memory.municipality(event.data()), event, "signing-recorded",
                    texts.get("signing-recorded.subject"), true, Map.of(), mails);
            return;
        }
        UUID envelopeId = event.uuid("envelopeId");
        Map<String, String> recipients = new LinkedHashMap<>();
        memory.signersOf(envelopeId).forEach(s -> recipients.putIfAbsent(((String) s.get("email")).toLowerCase(),
                (String) s.get("email")));
        memory.municipality(event.data()).ifPresent(m -> recipients.putIfAbsent(m.contactEmail().toLowerCase(),
                m.contactEmail()));
        recipients.keySet().removeIf(recipient -> event.sent().test(recipient));
        if (recipients.isEmpty()) {
            return; // everyone has it: the sealed document is not read again
        }
        Envelopes.Document sealed = envelopes.downloadCertificate(envelopeId, Actor.system("notifications"));
        Notification.Attachment attachment = new Notification.Attachment(sealed.filename(), sealed.content());
        String municipality = memory.municipalityName(event.data());
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", municipality);
        model.put("signers", envelopes.get(envelopeId).signers());
        model.put("documentSha256", event.text("documentSha256"));
        model.put("sealedSha256", event.text("sealedDocumentSha256"));
        String subject = texts.get("signing-completed.subject", Map.of("municipality", municipality));
        recipients.values().forEach(recipient -> mails.add(new Notification(recipient, "signing-completed", subject,
                model, attachment)));
    }

    /** The signer's link or code from the hand-over; none (and a warning) when it expired or went out already. */
    private Optional<String> read(MailEvent event, String purpose, String what) {
        Optional<String> secret = event.secret() == null ? Optional.empty()
                : handover.read(event.secret(), purpose);
        if (secret.isEmpty()) {
            log.warn("The {} for signer {} is no longer in the hand-over (expired or sent): not mailed", what,
                    event.text("signerId"));
        }
        return secret;
    }
}
