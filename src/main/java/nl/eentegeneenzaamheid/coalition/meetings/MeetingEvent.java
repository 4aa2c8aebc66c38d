package nl.eentegeneenzaamheid.coalition.meetings;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.DomainEvent;

/**
 * An event of one aldermen's meeting. All of a meeting's events share one key, {@code meeting-<id>}, so consumers see
 * them in order: the meeting before its invitations, a registration before its cancellation. Events about one
 * municipality's invitation also carry its {@code municipalityCode}; the meeting-wide ones have none.
 */
public interface MeetingEvent extends DomainEvent {

    UUID meetingId();

    @Override
    default String municipalityCode() {
        return null;
    }

    @Override
    default String subject() {
        return "meeting-" + meetingId();
    }
}
