package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.AttendanceRecorded;
import nl.eentegeneenzaamheid.coalition.meetings.FollowUpKind;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingFollowUpCreated;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import org.springframework.stereotype.Component;

/** After a meeting: who came, and the follow-up of every municipality that came without an onboarding. */
@Component
public class Attendance {

    private final MeetingRepository meetings;
    private final MeetingInvitationRepository invitations;
    private final MeetingReads reads;
    private final Journeys journeys;
    private final Outbox outbox;
    private final Clock clock;

    public Attendance(MeetingRepository meetings, MeetingInvitationRepository invitations, MeetingReads reads,
                      Journeys journeys, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.reads = reads;
        this.journeys = journeys;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The registered invitations (with a seat), for the attendance form. */
    public List<MeetingViews.Invitation> registered(UUID meetingId) {
        return reads.invitations(meetingId).stream().filter(i -> i.status() == RegistrationStatus.REGISTERED)
                .toList();
    }

    /** Records, for every registered invitation, whether it attended; only once the meeting is held. */
    public void record(UUID meetingId, Collection<UUID> attended, String staffMember) {
        meetings.lock(meetingId).requireHeld();
        Set<UUID> came = Set.copyOf(attended);
        Instant now = Instant.now(clock);
        for (MeetingViews.Invitation invitation : registered(meetingId)) {
            boolean present = came.contains(invitation.id());
            invitations.recordAttended(invitation.id(), present);
            outbox.append(new AttendanceRecorded(meetingId, invitation.id(), invitation.municipalityCode(),
                    invitation.attendeeName(), present, staffMember, now));
        }
    }

    /**
     * For every attending municipality without an onboarding (none, or one that ended without joining), a follow-up
     * of the kind staff chose; returns the invitations followed up.
     */
    public List<UUID> createFollowUps(UUID meetingId, FollowUpKind kind) {
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        Instant now = Instant.now(clock);
        List<UUID> followUps = new ArrayList<>();
        for (MeetingViews.Invitation invitation : reads.invitations(meetingId)) {
            Onboarding onboarding = latest.get(invitation.municipalityCode());
            boolean hasOnboarding = onboarding != null && (onboarding.stage().isOpen()
                    || onboarding.stage() == Stage.JOINED);
            if (!Boolean.TRUE.equals(invitation.attended()) || hasOnboarding) {
                continue;
            }
            invitations.recordFollowUpKind(invitation.id(), kind);
            outbox.append(new MeetingFollowUpCreated(meetingId, invitation.id(), invitation.municipalityCode(),
                    invitation.municipalityName(), kind, invitation.attendeeName(), invitation.attendeeEmail(), now));
            followUps.add(invitation.id());
        }
        return followUps;
    }

    /** Staff's note on how a follow-up went. */
    public void recordFollowUp(UUID invitationId, String note) {
        invitations.recordFollowUpNote(invitationId, MeetingInput.blankToNull(note));
    }
}
