package nl.eentegeneenzaamheid.coalition.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of mail, for people and organisations whose names have quotes, apostrophes, diacritics and line breaks,
 * comes out exactly as recorded in {@code src/test/resources/golden-mails/} (recorded from the code before the mail
 * texts moved into message bundles): subject, plain text, HTML and the calendar file (less its DTSTAMP, the moment
 * it was written). Run with {@code -Dgolden.record=true} to record them anew, deliberately.
 */
@IntegrationTest
class MailTextsIntegrationTest {

    private static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";
    private static final Path RECORDED = Path.of("src/test/resources/golden-mails");
    private static final String ONBOARDING = "6f1c2a4e-0b7d-4c1e-9a55-2d1e0c9b7a01";
    private static final String MEETING = "0d6a3b9e-5c4f-4e21-8b7a-93e1f2c4d502";
    private static final String ENVELOPE = "a3b5c7d9-1e2f-4a6b-8c0d-e1f2a3b4c503";
    private static final String SIGNER = "b4c6d8e0-2f3a-4b5c-9d0e-f1a2b3c4d504";
    private static final String PARTNER = "c5d7e9f1-3a4b-4c6d-8e0f-a1b2c3d4e505";
    private static final String INVITATION_1 = "d6e8f0a2-4b5c-4d7e-9f0a-b1c2d3e4f506";
    private static final String INVITATION_2 = "e7f9a1b3-5c6d-4e8f-8a0b-c1d2e3f4a507";
    private static final String HANS = "Johannes \"Hans\" d'Arcy";
    private static final String CHLOE = "Chloë O'Neill\nvan Dijk";
    private static final String ORGANISATION = "Stichting 't Anker & \"Zorg\" <Één>";
    private static final String MUNICIPALITY = "'s-Hertogenbosch";
    private static final Instant EXPIRES = Instant.parse("2031-03-04T22:30:00Z");
    private static final Instant STARTS = Instant.parse("2031-06-12T12:00:00Z");
    private static final Instant ENDS = Instant.parse("2031-06-12T14:30:00Z");

    @Autowired Notifications notifications;
    @Autowired SecretHandover handover;
    @Autowired TransactionTemplate transactions;
    @Autowired Deliveries deliveries;
    @Autowired EmbeddedMailServer mail;
    @Autowired ObjectMapper json;


    @Test
    void every_kind_of_mail_reads_exactly_as_recorded() throws Exception {
        String about = "\"onboardingId\": \"" + ONBOARDING + "\", \"municipalityCode\": \"GM0796\"";
        List<String[]> events = new ArrayList<>();
        events.add(event("01-intent-registered", "intent-registered.v1", "{" + about + ", \"municipalityName\": "
                + q(MUNICIPALITY) + ", \"alderman\": {\"name\": " + q(HANS) + ", \"email\": \"hans@golden.example.nl\"}, "
                + "\"contact\": {\"name\": " + q(CHLOE) + ", \"email\": \"chloe@golden.example.nl\"}}"));
        events.add(event("02-information-requested", "information-requested.v1", "{" + about + ", \"question\": "
                + q("Wie is \"trekker\"?\nEn wie doet 't werk?") + "}"));
        events.add(event("03-information-reminded", "information-reminded.v1", "{" + about + "}"));
        events.add(event("04-intent-approved", "intent-approved.v1", "{" + about + "}"));
        events.add(event("05-intent-rejected", "intent-rejected.v1", "{" + about + ", \"reason\": "
                + q("Niet compleet: 't plan <ontbreekt> & \"meer\"") + "}"));
        events.add(event("06-partner-invited", "partner-invited.v1", "{" + about + ", \"partnerId\": \"" + PARTNER
                + "\", \"organisationName\": " + q(ORGANISATION) + ", \"contactName\": " + q(CHLOE)
                + ", \"contactEmail\": \"anker@golden.example.nl\", \"expiresAt\": \"" + EXPIRES + "\", "
                + "\"linkHandoverId\": \"" + deposit("invitation-link", "I".repeat(43)) + "\"}"));
        events.add(event("07-partner-reminded", "partner-reminded.v1", "{" + about + ", \"partnerId\": \"" + PARTNER
                + "\", \"organisationName\": " + q(ORGANISATION) + ", \"contactName\": " + q(CHLOE)
                + ", \"contactEmail\": \"anker@golden.example.nl\", \"expiresAt\": \"" + EXPIRES + "\"}"));
        events.add(event("08-partner-invitation-expired", "partner-invitation-expired.v1", "{" + about
                + ", \"organisationName\": " + q(ORGANISATION) + "}"));
        events.add(event("09-signing-request-sent", "signing-request-sent.v1", "{" + about + ", \"signerId\": \""
                + SIGNER + "\", \"envelopeId\": \"" + ENVELOPE + "\", \"signerName\": " + q(CHLOE) + ", "
                + "\"signerEmail\": \"anker@golden.example.nl\", \"organisation\": " + q(ORGANISATION) + ", "
                + "\"linkExpiresAt\": \"" + EXPIRES + "\", \"documentSha256\": \"" + "ab".repeat(32) + "\", "
                + "\"reminder\": false, \"linkHandoverId\": \"" + deposit("signing-link", "S".repeat(43)) + "\"}"));
        events.add(event("10-signing-request-reminder", "signing-request-sent.v1", "{" + about + ", \"signerId\": \""
                + SIGNER + "\", \"envelopeId\": \"" + ENVELOPE + "\", \"signerName\": " + q(CHLOE) + ", "
                + "\"signerEmail\": \"anker@golden.example.nl\", \"organisation\": " + q(ORGANISATION) + ", "
                + "\"linkExpiresAt\": \"" + EXPIRES + "\", \"documentSha256\": \"" + "ab".repeat(32) + "\", "
                + "\"reminder\": true, \"linkHandoverId\": \"" + deposit("signing-link", "T".repeat(43)) + "\"}"));
        events.add(event("11-signing-code-requested", "signing-code-requested.v1", "{" + about + ", \"signerId\": \""
                + SIGNER + "\", \"signerName\": " + q(CHLOE) + ", \"signerEmail\": \"anker@golden.example.nl\", "
                + "\"requestedAt\": \"2031-03-01T10:00:00Z\", \"codeExpiresAt\": \"2031-03-01T10:10:00Z\", "
                + "\"codeHandoverId\": \"" + deposit("signing-code", "042917") + "\"}"));
        events.add(event("12-signature-declined", "signature-declined.v1", "{" + about + ", \"signerId\": \""
                + SIGNER + "\", \"envelopeId\": \"" + ENVELOPE + "\", \"organisation\": " + q(ORGANISATION)
                + ", \"reason\": " + q("Wij doen 't \"later\"\nmisschien") + "}"));
        events.add(event("13-signing-expired", "signing-expired.v1", "{" + about + ", \"envelopeId\": \"" + ENVELOPE
                + "\", \"signed\": 2, \"signers\": 5}"));
        events.add(event("14-signing-voided", "signing-voided.v1", "{" + about + ", \"envelopeId\": \"" + ENVELOPE
                + "\", \"reason\": " + q("Een fout in 't document") + "}"));
        events.add(event("15-signing-completed-paper", "signing-completed.v1", "{" + about
                + ", \"method\": \"PAPER\"}"));
        events.add(event("16-local-plan-reminded", "local-plan-reminded.v1", "{" + about + "}"));
        events.add(event("17-onboarding-completed", "onboarding-completed.v1", "{" + about + "}"));
        String meeting = "\"meetingId\": \"" + MEETING + "\", \"title\": " + q("Wethouders' \"ronde\" tafel") + ", "
                + "\"startsAt\": \"" + STARTS + "\", \"endsAt\": \"" + ENDS + "\", \"place\": "
                + q("Zaal 't Hoekje\nMarkt 1") + ", \"onlineUrl\": \"https://meet.example.nl/r?a=1&b='2'\", "
                + "\"programme\": " + q("13:00 Welkom\n14:00 \"Praktijk\" & vragen") + ", \"sequence\": 0";
        events.add(event("18-meeting-scheduled", "meeting-scheduled.v1", "{" + meeting + "}"));
        events.add(event("19-meeting-invitation-sent", "meeting-invitation-sent.v1", "{" + meeting
                + ", \"invitationId\": \"" + INVITATION_1 + "\", \"inviteeName\": " + q(HANS) + ", "
                + "\"inviteeEmail\": \"hans@golden.example.nl\", \"municipalityName\": " + q(MUNICIPALITY) + ", "
                + "\"source\": \"INVITED\", \"hosts\": " + q("Minister & 'VNG'") + ", \"linkHandoverId\": \""
                + deposit("meeting-link", "M".repeat(43)) + "\"}"));
        events.add(event("20-meeting-invitation-delegated", "meeting-invitation-sent.v1", "{" + meeting
                + ", \"invitationId\": \"" + INVITATION_2 + "\", \"inviteeName\": " + q(CHLOE) + ", "
                + "\"inviteeEmail\": \"chloe@golden.example.nl\", \"municipalityName\": " + q(MUNICIPALITY) + ", "
                + "\"source\": \"DELEGATED\", \"delegatedBy\": " + q(HANS) + ", \"linkHandoverId\": \""
                + deposit("meeting-link", "N".repeat(43)) + "\"}"));
        String attendee1 = "\"meetingId\": \"" + MEETING + "\", \"invitationId\": \"" + INVITATION_1 + "\", "
                + "\"attendeeName\": " + q(HANS) + ", \"attendeeEmail\": \"hans@golden.example.nl\"";
        String attendee2 = "\"meetingId\": \"" + MEETING + "\", \"invitationId\": \"" + INVITATION_2 + "\", "
                + "\"attendeeName\": " + q(CHLOE) + ", \"attendeeEmail\": \"chloe@golden.example.nl\"";
        events.add(event("21-registration-registered", "registration-received.v1", "{" + attendee1
                + ", \"status\": \"REGISTERED\"}"));
        events.add(event("22-registration-waitlisted", "registration-received.v1", "{" + attendee2
                + ", \"status\": \"WAITLISTED\", \"waitlistPosition\": 3}"));
        events.add(event("23-waitlist-promoted", "waitlist-promoted.v1", "{" + attendee2 + "}"));
        events.add(event("24-meeting-reminded-week", "meeting-reminded.v1", "{\"meetingId\": \"" + MEETING
                + "\", \"reminder\": \"WEEK\"}"));
        events.add(event("25-meeting-reminded-day", "meeting-reminded.v1", "{\"meetingId\": \"" + MEETING
                + "\", \"reminder\": \"DAY\"}"));
        events.add(event("26-meeting-rescheduled", "meeting-rescheduled.v1", "{" + meeting.replace(
                "\"sequence\": 0", "\"sequence\": 1") + ", \"reason\": " + q("De zaal is 't niet") + "}"));
        events.add(event("27-registration-cancelled", "registration-cancelled.v1", "{" + attendee2 + "}"));
        events.add(event("28-meeting-cancelled", "meeting-cancelled.v1", "{\"meetingId\": \"" + MEETING + "\", "
                + "\"title\": " + q("Wethouders' \"ronde\" tafel") + ", \"sequence\": 2, \"reason\": "
                + q("Ziekte & \"overmacht\"") + "}"));
        events.add(event("29-meeting-follow-up-intent", "meeting-follow-up-created.v1", "{\"meetingId\": \""
                + MEETING + "\", \"kind\": \"INTENT_INVITATION\", \"attendeeName\": " + q(HANS) + ", "
                + "\"attendeeEmail\": \"hans@golden.example.nl\", \"municipalityName\": " + q(MUNICIPALITY) + "}"));

        boolean record = Boolean.getBoolean("golden.record");
        for (String[] event : events) {
            String actual = handle(event[1], event[2]);
            if (record) {
                Files.createDirectories(RECORDED);
                Files.writeString(RECORDED.resolve(event[0] + ".txt"), actual, StandardCharsets.UTF_8);
            } else {
                assertThat(actual).as(event[0]).isEqualTo(recorded(event[0]));
            }
        }
    }

    private String[] event(String name, String type, String data) {
        return new String[] {name, type, data};
    }

    private String q(String text) throws IOException {
        return json.writeValueAsString(text);
    }

    private UUID deposit(String purpose, String secret) {
        return transactions.execute(status -> handover.deposit(purpose, secret, EXPIRES));
    }

    /** Handles the event and returns its mails as read, sorted by recipient. */
    private String handle(String type, String data) throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) json.readTree("{\"specversion\": \"1.0\", \"id\": \"" + id
                + "\", \"source\": \"urn:test\", \"subject\": \"GM0796\", \"time\": \"" + Instant.now() + "\", "
                + "\"type\": \"" + PREFIX + type + "\"}");
        event.set("data", json.readTree(data));
        Notifications.Outcome outcome = notifications.handle(event);
        assertThat(outcome.undeliverable()).as(type).isEmpty();
        // the mail server stores a mail a moment after accepting it: wait for this event's, and no more
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> mailsOf(id).size() >= outcome.sent());
        List<MimeMessage> mine = mailsOf(id);
        assertThat(mine).as(type + ": the event's mails and no others").hasSize(outcome.sent());
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : mine) {
            StringBuilder out = new StringBuilder();
            out.append("=== To: ").append(String.join(", ", recipients(message))).append('\n');
            out.append("=== Subject: ").append(message.getSubject()).append('\n');
            render(message, out);
            mails.add(out.toString());
        }
        Collections.sort(mails); // by recipient and subject: the order they arrive in is the mail server's
        return String.join("", mails);
    }

    /** The mails of one event: each carries the Message-ID made from the event's id and its recipient. */
    private List<MimeMessage> mailsOf(String eventId) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
            if (deliveries.messageId(eventId, recipients(message).get(0)).equals(message.getMessageID())) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
    }

    private static void render(Part part, StringBuilder out) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                render(multipart.getBodyPart(i), out);
            }
            return;
        }
        String content;
        try (InputStream in = part.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (part.getFileName() != null) {
            // the moment the calendar file was written is not part of what it says
            content = content.replaceAll("(?m)^DTSTAMP:.*\\r?\\n", "");
        }
        out.append("=== Part: ").append(part.getContentType().replaceAll("\\s+", " "))
                .append(part.getFileName() == null ? "" : " (" + part.getFileName() + ")").append('\n')
                .append(content).append('\n');
    }

    private static String recorded(String name) throws IOException {
        try (InputStream in = MailTextsIntegrationTest.class.getResourceAsStream("/golden-mails/" + name + ".txt")) {
            assertThat(in).as("recorded mail " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
