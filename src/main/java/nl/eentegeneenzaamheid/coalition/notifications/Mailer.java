package nl.eentegeneenzaamheid.coalition.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a notification from its Dutch templates (an HTML and a plain-text part) and hands it to the SMTP server. */
@Component
class Mailer {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /**
     * Jakarta Mail 2.1 looks up its stream provider with a ServiceLoader, scanning the whole class path, for every
     * MIME part it builds or parses (jakartaee/mail-api#699, #861): in the national-rollout benchmark that was 44 %
     * of the mail sender's time. Naming the implementation makes it a plain class lookup. Set unless already set.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender sender;
    private final NotificationsProperties properties;
    private final SpringTemplateEngine html = engine(".html", TemplateMode.HTML);
    private final SpringTemplateEngine text = engine(".txt", TemplateMode.TEXT);

    Mailer(JavaMailSender sender, NotificationsProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * Builds the mail from its templates, with the given Message-ID: a mail sent again (after a crash) carries the
     * same one, so mail programs show it once.
     *
     * @throws MailPreparationException when the mail cannot be built (a template or attachment fails): retrying
     *                                  would fail the same way
     */
    MimeMessage prepare(Notification notification, String messageId) {
        Context context = new Context(DUTCH, notification.model());
        context.setVariable("subject", notification.subject());
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(notification.recipient());
            // one line: a name or organisation with a line break must not break the header
            helper.setSubject(notification.subject().replaceAll("[\\r\\n]+", " ").strip());
            helper.setText(text.process(notification.template(), context), html.process(notification.template(),
                    context));
            if (notification.attachment() != null) {
                helper.addAttachment(notification.attachment().filename(),
                        new ByteArrayResource(notification.attachment().content()), notification.attachment().contentType());
            }
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
        } catch (MessagingException | RuntimeException e) {
            throw new MailPreparationException("Cannot build the mail from template " + notification.template() + ": "
                    + e.getMessage(), e);
        }
        return message;
    }

    /** Hands a prepared mail to the SMTP server; its failure is thrown as a {@link org.springframework.mail.MailException}. */
    void send(MimeMessage message) {
        sender.send(message);
    }

    /** Builds and sends a mail that needs no delivery record (the staff's digest). */
    void send(Notification notification) {
        send(prepare(notification, null));
    }

    private static SpringTemplateEngine engine(String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/notifications/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
