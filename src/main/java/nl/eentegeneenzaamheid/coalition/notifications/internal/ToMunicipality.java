package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.notifications.internal.NotificationMemory.Municipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mail to a municipality's contact, and to its alderman too where the mail asks for it: the subject ends with the
 * municipality's name, the templates get the contact's (or the alderman's) name, the event's data, the public URL
 * and the onboarding's id. Nothing is mailed when the municipality's IntentRegistered was never seen.
 */
final class ToMunicipality {

    private static final Logger log = LoggerFactory.getLogger(ToMunicipality.class);

    private final MailTexts texts;
    private final String publicUrl;

    ToMunicipality(MailTexts texts, String publicUrl) {
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    /**
     * @param subject      the subject without the municipality's name
     * @param alsoAlderman true: the alderman gets the mail as well, unless the alderman is the contact
     * @param extra        more for the templates
     */
    void mails(Optional<Municipality> found, MailEvent event, String template, String subject,
               boolean alsoAlderman, Map<String, Object> extra, List<Notification> mails) {
        if (found.isEmpty()) {
            log.warn("No contact known for onboarding {}: {} not mailed", event.text("onboardingId"), template);
            return;
        }
        Municipality municipality = found.get();
        String fullSubject = subject + texts.get("subject.suffix", Map.of("municipality", municipality.name()));
        Map<String, Object> model = new HashMap<>(extra);
        model.put("municipality", municipality.name());
        model.put("name", municipality.contactName());
        model.put("data", event.data());
        model.put("publicUrl", publicUrl);
        model.put("onboardingId", event.text("onboardingId"));
        mails.add(Notification.of(municipality.contactEmail(), template, fullSubject, model));
        if (alsoAlderman && !municipality.aldermanEmail().equalsIgnoreCase(municipality.contactEmail())) {
            Map<String, Object> forAlderman = new HashMap<>(model);
            forAlderman.put("name", municipality.aldermanName());
            mails.add(Notification.of(municipality.aldermanEmail(), template, fullSubject, forAlderman));
        }
    }
}
