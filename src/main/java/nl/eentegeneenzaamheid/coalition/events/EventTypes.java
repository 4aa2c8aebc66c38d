package nl.eentegeneenzaamheid.coalition.events;

/**
 * The CloudEvent types of domain events.
 */
public final class EventTypes {

    public static final String PREFIX = "nl.eentegeneenzaamheid.coalition.";

    private EventTypes() {
    }

    /** The CloudEvent type of an event class, for example {@code nl.eentegeneenzaamheid.coalition.intent-registered.v1}. */
    public static String typeOf(Class<? extends DomainEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return PREFIX + annotation.name() + ".v" + annotation.version();
    }
}
