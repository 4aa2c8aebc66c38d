package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.time.Duration;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.intake.IntentRegistered;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.notifications.NotificationsProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispatch table: every event type that has mails has exactly one composer, and no other type has one. */
class MailComposersTest {

    static final NotificationsProperties PROPERTIES = new NotificationsProperties("Eén <noreply@example.nl>",
            "programma@example.nl", "0 0 7 * * MON-FRI", new NotificationsProperties.Retry(Duration.ofSeconds(2),
            Duration.ofMinutes(5), 8), Duration.ofDays(14), 1);
    static final String PUBLIC_URL = "https://coalitie.example.nl";

    /** The composers as Spring makes them; what they read and write (the memory, the hand-over) is not needed here. */
    static MailComposers table(MailTexts texts) {
        return new MailComposers(List.of(new JourneyMails(null, texts, PUBLIC_URL),
                new PartnerMails(null, null, texts, PUBLIC_URL),
                new SigningMails(null, null, null, texts, PROPERTIES, PUBLIC_URL),
                new MeetingMails(null, null, texts, PROPERTIES, PUBLIC_URL)));
    }

    @Test
    void every_event_type_with_mails_has_its_composer() {
        MailComposers composers = table(new MailTexts());

        // the event types the switch on strings mailed or remembered before the typed dispatch
        assertThat(composers.table().keySet()).containsExactlyInAnyOrder(
                "intent-registered.v1", "information-requested.v1", "information-reminded.v1", "intent-approved.v1",
                "intent-rejected.v1", "partner-invited.v1", "partner-reminded.v1", "partner-invitation-expired.v1",
                "signing-request-sent.v1", "signing-code-requested.v1", "signature-declined.v1",
                "signing-expired.v1", "signing-voided.v1", "signing-completed.v1", "local-plan-reminded.v1",
                "onboarding-completed.v1", "meeting-scheduled.v1", "meeting-rescheduled.v1",
                "meeting-cancelled.v1", "meeting-invitation-sent.v1", "registration-received.v1",
                "registration-cancelled.v1", "waitlist-promoted.v1", "meeting-reminded.v1",
                "meeting-follow-up-created.v1");
        assertThat(composers.forName("intent-registered.v1")).containsInstanceOf(JourneyMails.class);
        assertThat(composers.forName("signing-completed.v1")).containsInstanceOf(SigningMails.class);
        assertThat(composers.forName("waitlist-promoted.v1")).containsInstanceOf(MeetingMails.class);
        assertThat(composers.forName("attendance-recorded.v1")).as("nothing to mail").isEmpty();
        assertThat(composers.forName("intent-registered.v2")).as("another version is another type").isEmpty();
    }

    @Test
    void two_composers_for_one_type_are_refused() {
        MailComposer twice = new MailComposer() {
            @Override
            public List<Class<? extends DomainEvent>> events() {
                return List.of(IntentRegistered.class);
            }

            @Override
            public void compose(MailEvent event, List<Notification> mails) {
            }
        };
        MailTexts texts = new MailTexts();
        assertThatThrownBy(() -> new MailComposers(List.of(new JourneyMails(null, texts, PUBLIC_URL), twice)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("intent-registered.v1");
    }
}
