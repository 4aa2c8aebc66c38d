package nl.eentegeneenzaamheid.coalition.platform.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued mail to the SMTP server. Several nodes may run it: each round claims due mail with
 * {@code FOR UPDATE SKIP LOCKED}. A failure is retried with a doubling backoff (up to an hour); after the last attempt
 * the mail is marked {@code FAILED} and logged by id (never by content). Once the server has accepted a mail its bodies
 * and attachment are wiped: the links and codes they carried exist nowhere else.
 */
@Component
class MailRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 20;
    private static final Duration LONGEST_BACKOFF = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failures;

    private volatile boolean running;
    private Thread worker;

    MailRelay(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSender sender, MailProperties properties,
              Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.sent = Counter.builder("coalition.mail.sent").description("Mails accepted by the SMTP server")
                .register(meters);
        this.failures = Counter.builder("coalition.mail.failures")
                .description("Failed attempts to hand a mail to the SMTP server").register(meters);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "mail-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = worker;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                int handled = sendDue();
                if (handled < BATCH) {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("The mail relay could not look for mail: {}", e.toString());
                    try {
                        Thread.sleep(Math.max(1_000, properties.pollInterval().toMillis()));
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    /** One round: sends what is due, returns how many mails it handled. */
    int sendDue() {
        Integer handled = transactions.execute(status -> {
            List<Queued> due = jdbc.query("""
                    select id, recipient, subject, text_body, html_body, attachment_name, attachment, attempts
                    from outgoing_mail where status = 'PENDING' and next_attempt_at <= ?
                    order by next_attempt_at limit ? for update skip locked""",
                    (row, n) -> new Queued(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getBytes(7), row.getInt(8)),
                    Timestamp.from(Instant.now(clock)), BATCH);
            due.forEach(this::send);
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private void send(Queued mail) {
        try {
            sender.send(mime(mail));
            jdbc.update("""
                    update outgoing_mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, text_body = null,
                        html_body = null, attachment = null, last_error = null where id = ?""",
                    Timestamp.from(Instant.now(clock)), mail.id());
            sent.increment();
        } catch (MailException | MessagingException e) {
            failures.increment();
            int attempts = mail.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
            if (attempts >= properties.maxAttempts()) {
                jdbc.update("update outgoing_mail set status = 'FAILED', attempts = ?, last_error = ? where id = ?",
                        attempts, truncate(error), mail.id());
                log.error("Mail {} could not be sent after {} attempts and is marked FAILED: {}", mail.id(), attempts,
                        error);
            } else {
                Duration backoff = backoff(attempts);
                jdbc.update("update outgoing_mail set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                        attempts, Timestamp.from(Instant.now(clock).plus(backoff)), truncate(error), mail.id());
                log.warn("Mail {} not sent (attempt {}), retrying in {}: {}", mail.id(), attempts, backoff, error);
            }
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.firstBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }

    private MimeMessage mime(Queued mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        if (mail.attachmentName() != null) {
            helper.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()), "application/pdf");
        }
        return message;
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private record Queued(UUID id, String recipient, String subject, String text, String html, String attachmentName,
                          byte[] attachment, int attempts) {
    }
}
