package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;
import nl.eentegeneenzaamheid.coalition.notifications.internal.NotificationMemory.Municipality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the composers make of one event, for people with quotes, apostrophes and line breaks in their names. */
class MailCompositionTest {

    private static final String HANS = "Johannes \"Hans\" d'Arcy";
    private static final String CHLOE = "Chloë O'Neill\nvan Dijk";
    private static final Municipality DEN_BOSCH = new Municipality("'s-Hertogenbosch", HANS, "hans@example.nl",
            CHLOE, "chloe@example.nl");

    private final MailTexts texts = new MailTexts();
    private final ObjectMapper json = new ObjectMapper();

    private MailEvent event(String name, Map<String, Object> data) {
        return new MailEvent(UUID.randomUUID().toString(), name, json.valueToTree(data), null, recipient -> false);
    }

    @Test
    void a_journey_mail_goes_to_the_contact_and_where_asked_to_the_alderman_with_the_municipality_in_the_subject() {
        List<Notification> mails = new ArrayList<>();
        MailEvent event = event("intent-rejected.v1", Map.of("onboardingId", UUID.randomUUID().toString(),
                "reason", "'t Plan \"ontbreekt\""));
        new ToMunicipality(texts, "https://x.example").mails(Optional.of(DEN_BOSCH), event, "intent-rejected",
                texts.get("intent-rejected.subject"), true, Map.of("reason", event.text("reason")), mails);

        assertThat(mails).extracting(Notification::recipient).containsExactly("chloe@example.nl", "hans@example.nl");
        assertThat(mails).extracting(Notification::subject).containsOnly("Uw intentie is afgewezen ('s-Hertogenbosch)");
        assertThat(mails).extracting(mail -> mail.model().get("name")).containsExactly(CHLOE, HANS);
        assertThat(mails.get(0).model()).containsEntry("reason", "'t Plan \"ontbreekt\"")
                .containsEntry("municipality", "'s-Hertogenbosch").containsEntry("publicUrl", "https://x.example");
    }

    @Test
    void an_unknown_municipality_gets_no_mail_and_an_alderman_who_is_the_contact_gets_one() {
        List<Notification> mails = new ArrayList<>();
        MailEvent event = event("intent-approved.v1", Map.of("onboardingId", UUID.randomUUID().toString()));
        ToMunicipality to = new ToMunicipality(texts, "https://x.example");
        to.mails(Optional.empty(), event, "intent-approved", "S", true, Map.of(), mails);
        assertThat(mails).isEmpty();
        to.mails(Optional.of(new Municipality("Ede", "A", "Same@example.nl", "C", "same@example.nl")), event,
                "intent-approved", "S", true, Map.of(), mails);
        assertThat(mails).singleElement().extracting(Notification::subject).isEqualTo("S (Ede)");
    }

    @Test
    void a_partner_reminder_without_its_link_points_to_the_first_mail() {
        PartnerMails partners = new PartnerMails(null, null, texts, "https://x.example");
        Notification reminder = partners.invitation(event("partner-reminded.v1", Map.of("contactName", CHLOE,
                "organisationName", "Stichting 't Anker", "contactEmail", "anker@example.nl",
                "expiresAt", "2031-03-04T23:30:00Z")), "'s-Hertogenbosch", Optional.empty());

        assertThat(reminder.subject()).isEqualTo("Herinnering: Uitnodiging voor de lokale coalitie tegen eenzaamheid "
                + "'s-Hertogenbosch");
        assertThat(reminder.model()).containsEntry("link", null).containsEntry("reminder", true)
                .containsEntry("expiresOn", LocalDate.of(2031, 3, 5)); // in the Netherlands' day
    }

    @Test
    void a_signing_request_carries_the_link_and_a_code_its_minutes() {
        SigningMails signing = new SigningMails(null, null, null, texts, MailComposersTest.PROPERTIES,
                "https://x.example");
        Notification request = signing.request(event("signing-request-sent.v1", Map.of("signerName", CHLOE,
                "signerEmail", "chloe@example.nl", "organisation", "Zorg & Welzijn", "reminder", false,
                "linkExpiresAt", "2031-01-01T10:00:00Z", "documentSha256", "ab")), "'s-Hertogenbosch", "TOKEN");
        assertThat(request.subject()).isEqualTo("Onderteken de intentieverklaring lokale coalitie Eén tegen "
                + "eenzaamheid 's-Hertogenbosch");
        assertThat(request.model()).containsEntry("link", "https://x.example/ondertekenen/TOKEN");

        Notification code = signing.code(event("signing-code-requested.v1", Map.of("signerName", CHLOE,
                "signerEmail", "chloe@example.nl", "requestedAt", "2031-01-01T10:00:00Z",
                "codeExpiresAt", "2031-01-01T10:00:20Z")), "Ede", "123456");
        assertThat(code.subject()).isEqualTo("Uw code om te ondertekenen");
        assertThat(code.model()).containsEntry("code", "123456").containsEntry("minutes", 1L);
    }

    @Test
    void a_delegated_meeting_invitation_names_who_sent_it_and_carries_the_calendar_file() {
        MeetingMails meetings = new MeetingMails(null, null, texts, MailComposersTest.PROPERTIES,
                "https://x.example");
        UUID meetingId = UUID.randomUUID();
        MeetingCalendar.Entry entry = new MeetingCalendar.Entry(meetingId, "Wethouders' \"ronde\" tafel",
                Instant.parse("2031-06-12T12:00:00Z"), Instant.parse("2031-06-12T14:00:00Z"), "Zaal 't Hoekje", null,
                null, 0);
        ObjectNode data = json.valueToTree(Map.of("inviteeName", CHLOE, "inviteeEmail", "chloe@example.nl",
                "municipalityName", "'s-Hertogenbosch", "source", "DELEGATED", "delegatedBy", HANS));
        Notification mail = meetings.invitation(new MailEvent("e", "meeting-invitation-sent.v1", data, null,
                recipient -> false), entry, "TOKEN");

        assertThat(mail.subject()).startsWith("U bent aangemeld: Wethouders' \"ronde\" tafel (");
        assertThat(mail.model().get("intro")).asList().singleElement().asString()
                .startsWith(HANS + " heeft u namens 's-Hertogenbosch in zijn of haar plaats aangemeld");
        assertThat(mail.model()).containsEntry("link", "https://x.example/bijeenkomst/" + meetingId + "/TOKEN");
        String calendarFile = new String(mail.attachment().content(), StandardCharsets.UTF_8);
        assertThat(calendarFile).contains("ORGANIZER;CN=Programmateam Eén tegen eenzaamheid")
                .contains("PARTSTAT=ACCEPTED").contains("Aanmelden\\, afmelden of een collega sturen");
    }

    @Test
    void after_a_meeting_the_attendee_is_invited_to_declare_the_intent() {
        MeetingMails meetings = new MeetingMails(null, null, texts, MailComposersTest.PROPERTIES,
                "https://x.example");
        Notification mail = meetings.intentInvitation(event("meeting-follow-up-created.v1", Map.of(
                "attendeeName", HANS, "attendeeEmail", "hans@example.nl", "municipalityName", "'s-Hertogenbosch")));

        assertThat(mail.subject()).isEqualTo("Uitnodiging: vorm een lokale coalitie tegen eenzaamheid in "
                + "'s-Hertogenbosch");
        assertThat(mail.model().get("intro")).asList().hasSize(3).element(1).asString()
                .contains("Verklaar dan de intentie van 's-Hertogenbosch")
                .contains("https://x.example/swagger-ui.html (POST /api/v1/intents)");
        assertThat(mail.attachment()).isNull();
    }
}
