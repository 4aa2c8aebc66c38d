package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.notifications.Notification;

/** A composer for a family of events, with one handler per event class, registered with {@link #on}. */
abstract class EventHandlers implements MailComposer {

    /** Adds one event's mails. */
    interface Handler {
        void compose(MailEvent event, List<Notification> mails);
    }

    private final List<Class<? extends DomainEvent>> events = new ArrayList<>();
    private final Map<String, Handler> handlers = new HashMap<>();

    /** Registers the handler of an event class. */
    protected final void on(Class<? extends DomainEvent> event, Handler handler) {
        if (handlers.put(MailComposers.nameOf(event), handler) != null) {
            throw new IllegalStateException(event.getSimpleName() + " has two handlers in "
                    + getClass().getSimpleName());
        }
        events.add(event);
    }

    @Override
    public final List<Class<? extends DomainEvent>> events() {
        return List.copyOf(events);
    }

    @Override
    public final void compose(MailEvent event, List<Notification> mails) {
        handlers.get(event.name()).compose(event, mails);
    }
}
