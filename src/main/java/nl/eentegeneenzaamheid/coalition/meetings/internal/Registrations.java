package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.meetings.InviteeSource;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingLinkRefusedException.Reason;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingLinkRefusedException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingViews;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationCancelled;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationReceived;
import nl.eentegeneenzaamheid.coalition.meetings.RegistrationStatus;
import nl.eentegeneenzaamheid.coalition.meetings.Seats;
import nl.eentegeneenzaamheid.coalition.meetings.WaitlistPromoted;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import org.springframework.stereotype.Component;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * What an invitee does through their personal link: register (a seat while one is free, else the waiting list),
 * decline, send a colleague, cancel; and the waiting list moving up when seats come free.
 *
 * <p>Each answer locks the meeting's row, then the invitation's: always in that order, as the waiting list's
 * promotion does, so no two answers deadlock and two registrations for the last seat are counted one after the other.
 */
@Component
public class Registrations {

    private final MeetingRepository meetings;
    private final MeetingInvitationRepository invitations;
    private final InvitationSender inviting;
    private final Municipalities municipalities;
    private final Outbox outbox;
    private final Clock clock;

    public Registrations(MeetingRepository meetings, MeetingInvitationRepository invitations, InvitationSender inviting,
                         Municipalities municipalities, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.inviting = inviting;
        this.municipalities = municipalities;
        this.outbox = outbox;
        this.clock = clock;
    }

    public MeetingViews.Link view(UUID meetingId, String token) {
        MeetingInvitationRepository.Invitation invitation = byToken(meetingId, token);
        Meeting meeting = meetings.get(meetingId);
        return new MeetingViews.Link(meetingId, invitation.id(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.place(), meeting.onlineUrl(), meeting.programme(), meeting.hosts(),
                municipalities.require(invitation.municipalityCode()).name(), invitation.attendeeName(),
                invitation.status(), invitations.waitlistPosition(invitation),
                meeting.takesRegistrations(Instant.now(clock)), meeting.status().name());
    }

    public RegistrationStatus register(UUID meetingId, String token) {
        Opened opened = open(meetingId, token);
        MeetingInvitationRepository.Invitation invitation = opened.invitation();
        if (invitation.holdsAPlace()) {
            return invitation.status();
        }
        return seat(opened.meeting(), invitation, invitation.attendeeName(), invitation.attendeeEmail());
    }

    public void decline(UUID meetingId, String token, String reason) {
        Opened opened = open(meetingId, token);
        MeetingInvitationRepository.Invitation invitation = opened.invitation();
        if (invitation.status() == RegistrationStatus.DECLINED) {
            return;
        }
        if (invitation.holdsAPlace()) {
            throw new MeetingLinkRefusedException(Reason.CONFLICT, TEXTS.text("link.registered-decline"));
        }
        Instant now = Instant.now(clock);
        String why = MeetingInput.optional(reason, "reason", 4000);
        invitations.decline(invitation.id(), why, now);
        outbox.append(new RegistrationReceived(meetingId, invitation.id(), invitation.municipalityCode(),
                invitation.attendeeName(), invitation.attendeeEmail(), RegistrationStatus.DECLINED, null,
                invitations.count(meetingId, RegistrationStatus.REGISTERED),
                invitations.count(meetingId, RegistrationStatus.WAITLISTED), opened.meeting().capacity(), now));
    }

    public RegistrationStatus delegate(UUID meetingId, String token, String name, String email) {
        String colleague = MeetingInput.text(name, "name", 200, TEXTS.text("input.colleague-name-missing"));
        String address = MeetingInput.email(email, "email");
        Opened opened = open(meetingId, token);
        MeetingInvitationRepository.Invitation invitation = opened.invitation();
        Meeting meeting = opened.meeting();
        Municipality municipality = municipalities.require(invitation.municipalityCode());
        String newToken = Secrets.token();
        invitations.sendInstead(invitation.id(), colleague, address, Digests.sha256(newToken));
        outbox.append(inviting.sent(meeting, invitation.id(), municipality, new InvitationSender.Invitee(colleague,
                address, InviteeSource.DELEGATED, invitation.onboardingId()), invitation.attendeeName(), newToken));
        if (invitation.holdsAPlace()) {
            outbox.append(new RegistrationReceived(meetingId, invitation.id(), invitation.municipalityCode(),
                    colleague, address, invitation.status(), invitations.waitlistPosition(invitation),
                    invitations.count(meetingId, RegistrationStatus.REGISTERED),
                    invitations.count(meetingId, RegistrationStatus.WAITLISTED), meeting.capacity(),
                    Instant.now(clock)));
            return invitation.status();
        }
        return seat(meeting, invitation, colleague, address);
    }

    public void cancel(UUID meetingId, String token) {
        Opened opened = open(meetingId, token);
        MeetingInvitationRepository.Invitation invitation = opened.invitation();
        if (!invitation.holdsAPlace()) {
            throw new MeetingLinkRefusedException(Reason.CONFLICT, TEXTS.text("link.not-registered"));
        }
        Meeting meeting = opened.meeting();
        Instant now = Instant.now(clock);
        invitations.cancel(invitation.id(), now);
        outbox.append(new RegistrationCancelled(meetingId, invitation.id(), invitation.municipalityCode(),
                invitation.attendeeName(), invitation.attendeeEmail(), invitation.status(),
                invitations.count(meetingId, RegistrationStatus.REGISTERED),
                invitations.count(meetingId, RegistrationStatus.WAITLISTED), meeting.capacity(), now));
        promoteWhileSeatsFree(meeting);
    }

    /** The meeting's seats as they are now (its row locked by the caller where it changes them). */
    public Seats seats(UUID meetingId, int capacity) {
        return new Seats(capacity, invitations.count(meetingId, RegistrationStatus.REGISTERED),
                invitations.count(meetingId, RegistrationStatus.WAITLISTED));
    }

    /** Gives free seats to the waiting list, first come first served; the meeting's row is locked. */
    public void promoteWhileSeatsFree(Meeting meeting) {
        UUID meetingId = meeting.id();
        while (seats(meetingId, meeting.capacity()).toPromote() > 0) {
            MeetingInvitationRepository.Invitation promoted = invitations.firstWaitlisted(meetingId).orElse(null);
            if (promoted == null) {
                return;
            }
            invitations.promote(promoted.id());
            outbox.append(new WaitlistPromoted(meetingId, promoted.id(), promoted.municipalityCode(),
                    promoted.attendeeName(), promoted.attendeeEmail(),
                    invitations.count(meetingId, RegistrationStatus.REGISTERED),
                    invitations.count(meetingId, RegistrationStatus.WAITLISTED), meeting.capacity(),
                    Instant.now(clock)));
        }
    }

    /** A seat if one is free, otherwise the waiting list; the meeting's row is locked. */
    private RegistrationStatus seat(Meeting meeting, MeetingInvitationRepository.Invitation invitation, String name,
                                    String email) {
        Instant now = Instant.now(clock);
        RegistrationStatus status = seats(meeting.id(), meeting.capacity()).placeForNewcomer();
        invitations.registerAs(invitation.id(), status, now);
        Integer position = status == RegistrationStatus.WAITLISTED ? invitations.count(meeting.id(), status) : null;
        outbox.append(new RegistrationReceived(meeting.id(), invitation.id(), invitation.municipalityCode(), name,
                email, status, position, invitations.count(meeting.id(), RegistrationStatus.REGISTERED),
                invitations.count(meeting.id(), RegistrationStatus.WAITLISTED), meeting.capacity(), now));
        return status;
    }

    private MeetingInvitationRepository.Invitation byToken(UUID meetingId, String token) {
        MeetingInvitationRepository.Invitation invitation = token == null || token.length() > 100 ? null
                : invitations.byTokenHash(Digests.sha256(token)).orElse(null);
        if (invitation == null) {
            throw new MeetingLinkRefusedException(Reason.UNKNOWN, TEXTS.text("link.unknown"));
        }
        if (!invitation.meetingId().equals(meetingId)) {
            throw new MeetingLinkRefusedException(Reason.OTHER_MEETING, TEXTS.text("link.other-meeting"));
        }
        return invitation;
    }

    private record Opened(Meeting meeting, MeetingInvitationRepository.Invitation invitation) {
    }

    /** The invitation behind a link of a meeting that still takes registrations, meeting and invitation locked. */
    private Opened open(UUID meetingId, String token) {
        MeetingInvitationRepository.Invitation invitation = byToken(meetingId, token);
        Meeting meeting = meetings.lock(meetingId);
        if (!meeting.takesRegistrations(Instant.now(clock))) {
            throw new MeetingLinkRefusedException(Reason.CLOSED, switch (meeting.status()) {
                case CANCELLED -> TEXTS.text("link.cancelled");
                case SCHEDULED -> TEXTS.text("link.begun");
                case HELD -> TEXTS.text("link.over");
            });
        }
        return new Opened(meeting, invitations.lock(invitation.id()));
    }
}
