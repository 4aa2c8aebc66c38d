package nl.eentegeneenzaamheid.coalition.events;

/**
 * Something that happened in a municipality's journey, told in the past tense. Implementations are records annotated
 * with {@link EventType}; their components become the CloudEvent's {@code data}. They carry ids and facts, never a
 * token or a one-time code.
 */
public interface DomainEvent {

    /**
     * The CBS code of the municipality the event is about: by default the CloudEvent's {@code subject} and the Kafka
     * key, so that one municipality's events keep their order on one partition. Null for an event about no single
     * municipality (an aldermen's meeting as a whole), whose {@link #subject()} says its key instead.
     */
    String municipalityCode();

    /**
     * The CloudEvent's {@code subject} and the Kafka key: the municipality code, unless the event belongs to something
     * wider whose events must keep their order together (an aldermen's meeting: {@code meeting-<id>}).
     */
    default String subject() {
        return municipalityCode();
    }
}
