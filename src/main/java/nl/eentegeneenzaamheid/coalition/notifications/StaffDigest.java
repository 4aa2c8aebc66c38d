package nl.eentegeneenzaamheid.coalition.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's daily digest of overdue tasks, to the programme team's mailbox: once a day whichever node gets there
 * first (a row per day), and not at all on a day without overdue tasks.
 */
@Service
public class StaffDigest {

    private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final OverdueTasks overdue;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final String publicUrl;

    StaffDigest(OverdueTasks overdue, Mailer mailer, JdbcTemplate jdbc, NotificationsProperties properties, Clock clock,
                @Value("${coalition.public-url}") String publicUrl) {
        this.overdue = overdue;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Scheduled(cron = "${coalition.notifications.digest-cron}", zone = "Europe/Amsterdam")
    void onSchedule() {
        try {
            send();
        } catch (RuntimeException e) {
            log.error("The staff's digest could not be sent today: {}", e.toString());
        }
    }

    /** Sends today's digest unless it was sent already; returns the number of overdue tasks in it (0: none sent). */
    @Transactional
    public int send() {
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(NETHERLANDS).toLocalDate();
        List<OverdueTasks.Task> tasks = overdue.dueBefore(now);
        if (tasks.isEmpty()) {
            return 0;
        }
        int first = jdbc.update("insert into notification_digest (day, sent_at, tasks) values (?, ?, ?) "
                + "on conflict do nothing", today, Timestamp.from(now), tasks.size());
        if (first == 0) {
            return 0;
        }
        mailer.send(Notification.of(properties.staffAddress(), "staff-digest", tasks.size()
                + " taken over de termijn in Tasklist", Map.of("tasks", tasks, "publicUrl", publicUrl)));
        return tasks.size();
    }
}
