package nl.eentegeneenzaamheid.coalition.notifications.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;
import nl.eentegeneenzaamheid.coalition.events.EventTypes;
import org.springframework.stereotype.Component;

/** The dispatch table: each event type the notifications mail, and the one composer that mails it. */
@Component
public class MailComposers {

    private final Map<String, MailComposer> byName;

    public MailComposers(List<MailComposer> composers) {
        Map<String, MailComposer> table = new LinkedHashMap<>();
        for (MailComposer composer : composers) {
            for (Class<? extends DomainEvent> event : composer.events()) {
                MailComposer before = table.put(nameOf(event), composer);
                if (before != null) {
                    throw new IllegalStateException(nameOf(event) + " has two composers: "
                            + before.getClass().getSimpleName() + " and " + composer.getClass().getSimpleName());
                }
            }
        }
        this.byName = Collections.unmodifiableMap(table);
    }

    /** The composer of an event type (its name without the prefix, for example {@code intent-registered.v1}). */
    public Optional<MailComposer> forName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every event type with a composer, by name, with its composer. */
    public Map<String, MailComposer> table() {
        return byName;
    }

    /** The name of an event class's CloudEvent type, without the prefix: {@code intent-registered.v1}. */
    static String nameOf(Class<? extends DomainEvent> event) {
        return EventTypes.typeOf(event).substring(EventTypes.PREFIX.length());
    }
}
