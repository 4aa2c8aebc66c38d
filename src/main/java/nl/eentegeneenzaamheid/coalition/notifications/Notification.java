package nl.eentegeneenzaamheid.coalition.notifications;

import java.util.Map;

/**
 * One mail to one recipient about one event.
 *
 * @param template   the name of the templates in {@code templates/notifications/} ({@code .html} and {@code .txt})
 * @param attachment a file to attach (the sealed PDF, a meeting's calendar file), or null
 */
public record Notification(String recipient, String template, String subject, Map<String, Object> model,
                           Attachment attachment) {

    /** A file sent with a mail. */
    public record Attachment(String filename, byte[] content, String contentType) {

        /** A PDF. */
        public Attachment(String filename, byte[] content) {
            this(filename, content, "application/pdf");
        }
    }

    public static Notification of(String recipient, String template, String subject, Map<String, Object> model) {
        return new Notification(recipient, template, subject, model, null);
    }
}
