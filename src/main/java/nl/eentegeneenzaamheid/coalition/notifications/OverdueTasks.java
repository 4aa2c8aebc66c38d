package nl.eentegeneenzaamheid.coalition.notifications;

import java.time.Instant;
import java.util.List;

/** Staff's tasks whose due date has passed; implemented by the engine adapter. */
public interface OverdueTasks {

    List<Task> dueBefore(Instant moment);

    /** A task as the digest names it. */
    record Task(String name, java.time.LocalDate due, String assignee) {
    }
}
