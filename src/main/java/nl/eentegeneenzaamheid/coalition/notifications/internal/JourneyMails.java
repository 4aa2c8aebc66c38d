package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.intake.InformationReminded;
import nl.eentegeneenzaamheid.coalition.intake.InformationRequested;
import nl.eentegeneenzaamheid.coalition.intake.IntentApproved;
import nl.eentegeneenzaamheid.coalition.intake.IntentRegistered;
import nl.eentegeneenzaamheid.coalition.intake.IntentRejected;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.centralteam.LocalPlanReminded;
import nl.eentegeneenzaamheid.coalition.centralteam.OnboardingCompleted;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerInvitationExpired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The municipality's journey's mails to its contact (and alderman): the intent received, a question and its
 * reminder, approved or rejected, a partner's invitation expired, the local plan's reminder, the welcome. One row
 * per event: its template, whether the alderman gets it too, and what the template and subject need of the event.
 */
@Component
class JourneyMails implements MailComposer {

    /** What one event's mail is. The subject is {@code <template>.subject} in the mail texts. */
    record Kind(String template, boolean alsoAlderman, Function<MailEvent, Map<String, Object>> extra) {

        Kind(String template, boolean alsoAlderman) {
            this(template, alsoAlderman, event -> Map.of());
        }
    }

    static final Map<Class<? extends DomainEvent>, Kind> KINDS = Map.of(
            IntentRegistered.class, new Kind("intent-received", true),
            InformationRequested.class, new Kind("information-requested", false,
                    event -> Map.of("question", event.text("question"))),
            InformationReminded.class, new Kind("information-reminded", false),
            IntentApproved.class, new Kind("intent-approved", true),
            IntentRejected.class, new Kind("intent-rejected", true, event -> Map.of("reason", event.text("reason"))),
            PartnerInvitationExpired.class, new Kind("partner-invitation-expired", false,
                    event -> Map.of("organisation", event.text("organisationName"))),
            LocalPlanReminded.class, new Kind("local-plan-reminded", false),
            OnboardingCompleted.class, new Kind("onboarding-completed", true));

    private static final String INTENT_REGISTERED = MailComposers.nameOf(IntentRegistered.class);

    private final Map<String, Kind> byName;
    private final NotificationMemory memory;
    private final MailTexts texts;
    private final ToMunicipality toMunicipality;

    JourneyMails(NotificationMemory memory, MailTexts texts, @Value("${coalition.public-url}") String publicUrl) {
        this.memory = memory;
        this.texts = texts;
        this.toMunicipality = new ToMunicipality(texts, publicUrl);
        this.byName = new java.util.HashMap<>();
        KINDS.forEach((event, kind) -> byName.put(MailComposers.nameOf(event), kind));
    }

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.copyOf(KINDS.keySet());
    }

    @Override
    public void remember(MailEvent event) {
        if (INTENT_REGISTERED.equals(event.name())) {
            memory.rememberOnboarding(event.data());
        }
    }

    @Override
    public void compose(MailEvent event, List<Notification> mails) {
        Kind kind = byName.get(event.name());
        Map<String, Object> extra = kind.extra().apply(event);
        toMunicipality.mails(memory.municipality(event.data()), event, kind.template(),
                texts.get(kind.template() + ".subject", extra), kind.alsoAlderman(), extra, mails);
    }
}
