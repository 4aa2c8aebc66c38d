package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.meetings.InviteeSource;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import org.springframework.stereotype.Component;

/**
 * Whom a meeting invites: every selected municipality that can be reached (the others kept as unaddressed until
 * staff give an address), and the journeys whose alderman is invited to the next meeting that includes them, or
 * wait for one.
 */
@Component
public class JourneyInvitations {

    private final MeetingRepository meetings;
    private final MeetingInvitationRepository invitations;
    private final InvitationSender inviting;
    private final Municipalities municipalities;
    private final Journeys journeys;
    private final Clock clock;

    public JourneyInvitations(MeetingRepository meetings, MeetingInvitationRepository invitations,
                              InvitationSender inviting, Municipalities municipalities, Journeys journeys,
                              Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.inviting = inviting;
        this.municipalities = municipalities;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Invites every selected municipality not invited yet; a cancelled or held meeting invites nobody. */
    public MeetingViews.Invited sendInvitations(UUID meetingId) {
        Meeting meeting = meetings.lock(meetingId);
        if (!meeting.status().isScheduled()) {
            return new MeetingViews.Invited(0, List.of());
        }
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        int invited = 0;
        List<String> unaddressed = new ArrayList<>();
        for (Municipality municipality : municipalities.all()) {
            Onboarding onboarding = latest.get(municipality.code());
            if (!InvitationSender.includes(meeting, municipality, onboarding)
                    || invitations.idOf(meetingId, municipality.code()).isPresent()) {
                continue;
            }
            Optional<InvitationSender.Invitee> invitee = inviting.inviteeFor(municipality, onboarding);
            if (invitee.isEmpty()) {
                meetings.markUnaddressed(meetingId, municipality.code());
                unaddressed.add(municipality.code());
                continue;
            }
            inviting.invite(meeting, municipality, invitee.get());
            invited++;
        }
        return new MeetingViews.Invited(invited, unaddressed);
    }

    /** Remembers the addresses staff gave (checked by the caller) and invites those municipalities now. */
    public MeetingViews.Invited addContacts(UUID meetingId, List<Meetings.Contact> contacts, String staffMember) {
        Meeting meeting = meetings.lock(meetingId);
        meeting.requireChangeable();
        meetings.remember(contacts, staffMember, Instant.now(clock));
        int invited = 0;
        for (Meetings.Contact contact : contacts) {
            meetings.clearUnaddressed(meetingId, contact.municipalityCode());
            if (invitations.idOf(meetingId, contact.municipalityCode()).isEmpty()) {
                inviting.invite(meeting, municipalities.require(contact.municipalityCode()),
                        new InvitationSender.Invitee(contact.name(), contact.email(), InviteeSource.CONTACT, null));
                invited++;
            }
        }
        return new MeetingViews.Invited(invited, meetings.unaddressed(meetingId));
    }

    /**
     * The invitation to the next scheduled meeting that includes the journey's municipality (made now if there is
     * none yet), or empty when no meeting is scheduled: then the journey waits in {@code meeting_waiting_onboarding}.
     */
    public Optional<MeetingViews.JourneyInvitation> inviteForJourney(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        Municipality municipality = onboarding.municipality();
        Instant now = Instant.now(clock);
        for (Meeting candidate : meetings.upcoming(now)) {
            if (!InvitationSender.includes(candidate, municipality, onboarding)) {
                continue;
            }
            Meeting meeting = meetings.lock(candidate.id());
            UUID invitationId = invitations.idOf(meeting.id(), municipality.code()).orElseGet(() -> inviting.invite(
                    meeting, municipality, inviting.inviteeFor(municipality, onboarding).orElseThrow()));
            meetings.stopWaiting(onboardingId);
            return Optional.of(new MeetingViews.JourneyInvitation(meeting.id(), invitationId, meeting.title(),
                    meeting.startsAt(), meeting.where()));
        }
        meetings.startWaiting(onboardingId, municipality.code(), now);
        return Optional.empty();
    }

    /** The journeys waiting for a meeting that this scheduled meeting includes, longest waiting first. */
    public List<UUID> waitingFor(UUID meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return meeting.status().isScheduled() ? waitingFor(List.of(meeting)) : List.of();
    }

    /** The journeys waiting although a meeting that includes them has been scheduled and not begun. */
    public List<UUID> waitingForAnUpcomingMeeting() {
        return waitingFor(meetings.upcoming(Instant.now(clock)));
    }

    private List<UUID> waitingFor(List<Meeting> candidates) {
        List<MeetingRepository.WaitingJourney> waiting = meetings.waitingJourneys();
        if (waiting.isEmpty() || candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        List<UUID> found = new ArrayList<>();
        for (MeetingRepository.WaitingJourney journey : waiting) {
            Municipality municipality = municipalities.require(journey.municipalityCode());
            if (candidates.stream().anyMatch(meeting -> InvitationSender.includes(meeting, municipality,
                    latest.get(journey.municipalityCode())))) {
                found.add(journey.onboardingId());
            }
        }
        return found;
    }
}
