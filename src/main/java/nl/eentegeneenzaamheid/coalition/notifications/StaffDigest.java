package nl.eentegeneenzaamheid.coalition.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.notifications.internal.MailTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's daily digest of overdue tasks and of mails that did not reach their recipient, to the programme team's
 * mailbox: once a day whichever node gets there first (a row per day), and not at all on a day with nothing to tell.
 */
@Service
public class StaffDigest {

    private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final OverdueTasks overdue;
    private final Mailer mailer;
    private final Deliveries deliveries;
    private final JdbcTemplate jdbc;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final String publicUrl;
    private final MailTexts texts;

    StaffDigest(OverdueTasks overdue, Mailer mailer, Deliveries deliveries, JdbcTemplate jdbc,
                NotificationsProperties properties, Clock clock, @Value("${coalition.public-url}") String publicUrl,
                MailTexts texts) {
        this.overdue = overdue;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.texts = texts;
    }

    @Scheduled(cron = "${coalition.notifications.digest-cron}", zone = "Europe/Amsterdam")
    void onSchedule() {
        try {
            send();
        } catch (RuntimeException e) {
            log.error("The staff's digest could not be sent today: {}", e.toString());
        }
    }

    /**
     * Sends today's digest unless it was sent already: the overdue tasks, and the mails that did not reach their
     * recipient since the last digest. Returns the number of lines in it (0: none sent, nothing to tell).
     */
    @Transactional
    public int send() {
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(NETHERLANDS).toLocalDate();
        List<OverdueTasks.Task> tasks = overdue.dueBefore(now);
        Timestamp last = jdbc.queryForObject("select max(sent_at) from notification_digest", Timestamp.class);
        List<Deliveries.Undelivered> undelivered = deliveries.undeliveredSince(last == null
                ? now.minus(Duration.ofDays(1)) : last.toInstant());
        if (tasks.isEmpty() && undelivered.isEmpty()) {
            return 0;
        }
        int first = jdbc.update("insert into notification_digest (day, sent_at, tasks) values (?, ?, ?) "
                + "on conflict do nothing", today, Timestamp.from(now), tasks.size());
        if (first == 0) {
            return 0;
        }
        String subject = subject(texts, tasks.size(), undelivered.size());
        mailer.send(Notification.of(properties.staffAddress(), "staff-digest", subject, Map.of("tasks", tasks,
                "undelivered", undelivered, "publicUrl", publicUrl)));
        return tasks.size() + undelivered.size();
    }

    /** "3 taken over de termijn in Tasklist, 2 e-mails niet aangekomen", leaving out what there is none of. */
    static String subject(MailTexts texts, int tasks, int undelivered) {
        String mails = texts.get("digest.undelivered", Map.of("undelivered", undelivered));
        return tasks == 0 ? mails : texts.get("digest.tasks", Map.of("tasks", tasks)) + (undelivered == 0 ? ""
                : texts.get("digest.separator") + mails);
    }
}
