package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/** Reads what the application mailed to a person, from the embedded mail server, as they would. */
public final class Mailbox {

    /** What a person acts on in a mail, and the subjects of the mails that carry it. */
    public static final Pattern SIGNING_LINK = Pattern.compile("/ondertekenen/([A-Za-z0-9_-]{43})");
    public static final Pattern INVITATION_LINK = Pattern.compile("/uitnodiging/([A-Za-z0-9_-]{43})");
    public static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    /** An aldermen's meeting's personal link: group 1 the meeting's id, group 2 the token. */
    public static final Pattern MEETING_LINK = Pattern.compile("/bijeenkomst/([0-9a-f-]{36})/([A-Za-z0-9_-]{43})");
    public static final String SUBJECT_SIGNING = "Onderteken de";
    public static final String SUBJECT_INVITATION = "Uitnodiging voor de lokale coalitie";
    public static final String SUBJECT_CODE = "Uw code";

    private final GreenMail server;
    private final String address;

    public Mailbox(GreenMail server, String address) {
        this.server = server;
        this.address = address;
    }

    /** A message as the person reads it. */
    public String address() {
        return address;
    }

    public record Mail(String subject, String text, List<String> attachments, MimeMessage message) {
    }

    public List<Mail> all() {
        return Arrays.stream(server.getReceivedMessages()).filter(this::isFor).map(Mailbox::read).toList();
    }

    /** Waits until {@code count} mails whose subject contains {@code subject} have arrived; returns the last. */
    public Mail await(String subject, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> withSubject(subject).size() >= count);
        List<Mail> mails = withSubject(subject);
        return mails.get(mails.size() - 1);
    }

    public List<Mail> withSubject(String subject) {
        return all().stream().filter(mail -> mail.subject().contains(subject)).toList();
    }

    /** The token of the {@code n}th signing link this person received (1 = the first). */
    public String signingToken(int n) {
        return find(SUBJECT_SIGNING, n, SIGNING_LINK);
    }

    /** The token of the partner invitation link in the {@code n}th invitation this person received. */
    public String invitationToken(int n) {
        return find(SUBJECT_INVITATION, n, INVITATION_LINK);
    }

    /** The token of the latest link to this meeting this person received (waits for one). */
    public String meetingToken(String meetingId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> meetingTokens(meetingId).size() > 0);
        List<String> tokens = meetingTokens(meetingId);
        return tokens.get(tokens.size() - 1);
    }

    private List<String> meetingTokens(String meetingId) {
        List<String> tokens = new ArrayList<>();
        for (Mail mail : all()) {
            Matcher matcher = MEETING_LINK.matcher(mail.text());
            if (matcher.find() && matcher.group(1).equals(meetingId)) {
                tokens.add(matcher.group(2));
            }
        }
        return tokens;
    }

    /** The text of the attachment {@code filename} of the mail, and its content type. */
    public static String[] attachment(Mail mail, String filename) {
        try {
            return attachment(mail.message(), filename);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] attachment(Part part, String filename) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String[] found = attachment(multipart.getBodyPart(i), filename);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (filename.equals(part.getFileName())) {
            return new String[] {new String(part.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), part.getContentType()};
        }
        return null;
    }

    /** The code in the {@code n}th code mail this person received. */
    public String code(int n) {
        return find(SUBJECT_CODE, n, CODE);
    }

    /** The first match of {@code pattern} in the {@code n}th mail whose subject contains {@code subject}. */
    private String find(String subject, int n, Pattern pattern) {
        await(subject, n);
        String text = withSubject(subject).get(n - 1).text();
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Nothing like " + pattern + " in mail " + n + " about '" + subject + "': " + text);
        }
        return matcher.group(1);
    }

    private boolean isFor(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            String text = text(message, attachments);
            return new Mail(message.getSubject(), text == null ? "" : text, attachments, message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's plain-text part, as a mail program shows it (null if it has none). */
    public static String text(Part message) throws MessagingException, IOException {
        return text(message, new ArrayList<>());
    }

    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String found = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = text(body, attachments);
                if (found == null && text != null) {
                    found = text;
                }
            }
            return found;
        }
        return null;
    }
}
