package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerInvited;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerReminded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A partner's invitation to the local coalition, with its link while that is in the hand-over, and its reminder. */
@Component
class PartnerMails implements MailComposer {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final String REMINDED = MailComposers.nameOf(PartnerReminded.class);

    private final NotificationMemory memory;
    private final SecretHandover handover;
    private final MailTexts texts;
    private final String publicUrl;

    PartnerMails(NotificationMemory memory, SecretHandover handover, MailTexts texts,
                 @Value("${coalition.public-url}") String publicUrl) {
        this.memory = memory;
        this.handover = handover;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(PartnerInvited.class, PartnerReminded.class);
    }

    @Override
    public void remember(MailEvent event) {
        memory.rememberPartner(event.data());
    }

    @Override
    public void compose(MailEvent event, List<Notification> mails) {
        Optional<String> token = event.secret() == null ? Optional.empty()
                : handover.read(event.secret(), HandoverPurposes.INVITATION_LINK);
        mails.add(invitation(event, memory.municipalityName(event.data()), token));
    }

    /** The invitation (a reminder for PartnerReminded), with the link when its token is there. */
    Notification invitation(MailEvent event, String municipality, Optional<String> token) {
        boolean reminder = REMINDED.equals(event.name());
        Map<String, Object> model = new HashMap<>();
        model.put("name", event.text("contactName"));
        model.put("organisation", event.text("organisationName"));
        model.put("municipality", municipality);
        model.put("expiresOn", day(event.text("expiresAt")));
        model.put("reminder", reminder);
        model.put("link", token.map(t -> publicUrl + "/uitnodiging/" + t).orElse(null));
        return Notification.of(event.text("contactEmail"), "partner-invitation", (reminder
                ? texts.get("subject.reminder-prefix") : "") + texts.get("partner-invitation.subject",
                Map.of("municipality", municipality)), model);
    }

    static LocalDate day(String instant) {
        return instant == null || instant.isBlank() ? null : Instant.parse(instant).atZone(NETHERLANDS).toLocalDate();
    }
}
