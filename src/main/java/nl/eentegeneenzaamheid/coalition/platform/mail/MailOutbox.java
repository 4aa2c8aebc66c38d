package nl.eentegeneenzaamheid.coalition.platform.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Queues a mail in the caller's transaction: it is sent only if that transaction commits, and it is not lost when
 * the mail server is away. Templates live in {@code templates/mail/<name>.html} and {@code .txt}; the first line of
 * the text template is not special: the subject is passed in.
 */
@Service
public class MailOutbox {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final JdbcTemplate jdbc;
    private final ITemplateEngine htmlTemplates;
    private final ITemplateEngine textTemplates;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, MailTemplates templates, Clock clock) {
        this.jdbc = jdbc;
        this.htmlTemplates = templates.html();
        this.textTemplates = templates.text();
        this.clock = clock;
    }

    /** Renders {@code template} with {@code model} and queues it for {@code recipient}. Returns the mail's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queue(String category, String recipient, String subject, String template, Map<String, Object> model) {
        return queue(category, recipient, subject, template, model, null);
    }

    /** As {@link #queue(String, String, String, String, Map)}, with a file. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID queue(String category, String recipient, String subject, String template, Map<String, Object> model,
                      Attachment attachment) {
        Context context = new Context(DUTCH, model);
        context.setVariable("subject", subject);
        String html = htmlTemplates.process(template, context);
        String text = textTemplates.process(template, context);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                insert into outgoing_mail (id, category, recipient, subject, text_body, html_body, attachment_name,
                    attachment, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""", id, category, recipient, subject, text, html,
                attachment == null ? null : attachment.filename(), attachment == null ? null : attachment.content(),
                now, now);
        return id;
    }
}
