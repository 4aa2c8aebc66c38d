package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;

/**
 * Turns the events of one family into their mails. {@link MailComposers} finds a composer by the CloudEvent type of
 * the event classes it names.
 */
public interface MailComposer {

    /** The events this composer handles (their classes, from the modules that publish them). */
    List<Class<? extends DomainEvent>> events();

    /**
     * Keeps what later mails need from the event, before its mails are built; kept also when its own mail fails.
     * Called once per handling, not when an event is given up.
     */
    default void remember(MailEvent event) {
    }

    /**
     * Adds the event's mails to {@code mails}; none when there is nothing to mail (or nobody known to mail). A failure
     * here fails the same way every time.
     */
    void compose(MailEvent event, List<Notification> mails);
}
