package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import org.springframework.stereotype.Component;

/** The meetings and invitations as staff see them ({@link MeetingViews}). */
@Component
public class MeetingReads {

    private final MeetingRepository meetings;
    private final MeetingInvitationRepository invitations;
    private final Municipalities municipalities;
    private final Clock clock;

    public MeetingReads(MeetingRepository meetings, MeetingInvitationRepository invitations,
                        Municipalities municipalities, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    public MeetingViews.Meeting meeting(UUID meetingId) {
        return view(meetings.get(meetingId));
    }

    /** The meetings that have not begun, soonest first (with {@code all}: every meeting, newest first). */
    public List<MeetingViews.Meeting> list(boolean all) {
        List<Meeting> found = all ? meetings.all() : meetings.upcoming(Instant.now(clock));
        return found.stream().map(this::view).toList();
    }

    /** A meeting's invitations, by municipality. */
    public List<MeetingViews.Invitation> invitations(UUID meetingId) {
        meetings.get(meetingId);
        return invitations.ofMeeting(meetingId).stream().map(this::view).toList();
    }

    public MeetingViews.Invitation invitation(UUID invitationId) {
        return invitations.find(invitationId).map(this::view)
                .orElseThrow(() -> new IllegalStateException("No invitation " + invitationId));
    }

    private MeetingViews.Meeting view(Meeting meeting) {
        Map<String, Integer> counts = invitations.countsByStatus(meeting.id());
        int invited = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new MeetingViews.Meeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
                meeting.place(), meeting.onlineUrl(), meeting.capacity(), meeting.programme(), meeting.hosts(),
                meeting.audience(), meeting.provinces(), meeting.status().name(), meeting.sequence(), invited,
                counts.getOrDefault("REGISTERED", 0), counts.getOrDefault("WAITLISTED", 0),
                counts.getOrDefault("DECLINED", 0), meetings.unaddressed(meeting.id()), meeting.scheduledBy(),
                meeting.scheduledAt());
    }

    private MeetingViews.Invitation view(MeetingInvitationRepository.Invitation row) {
        return new MeetingViews.Invitation(row.id(), row.municipalityCode(),
                municipalities.require(row.municipalityCode()).name(), row.attendeeName(), row.attendeeEmail(),
                row.status(), invitations.waitlistPosition(row), row.attended());
    }
}
