package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.InviteeSource;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingInvitationSent;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.springframework.stereotype.Component;

/**
 * Sends one municipality its invitation to a meeting: a row with the SHA-256 of a fresh 256-bit token, and the
 * MeetingInvitationSent event that hands the token over to the mail. The caller holds the meeting's row lock.
 */
@Component
public class InvitationSender {

    /** Who gets an invitation, and where the address came from. */
    public record Invitee(String name, String email, InviteeSource source, UUID onboardingId) {
    }

    private final MeetingInvitationRepository invitations;
    private final MeetingRepository meetings;
    private final IntakeService intake;
    private final SecretHandover handover;
    private final Outbox outbox;
    private final Clock clock;

    public InvitationSender(MeetingInvitationRepository invitations, MeetingRepository meetings, IntakeService intake,
                       SecretHandover handover, Outbox outbox, Clock clock) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.intake = intake;
        this.handover = handover;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether the meeting invites the municipality, given its latest onboarding (or none). */
    public static boolean includes(Meeting meeting, Municipality municipality, Onboarding latest) {
        return meeting.includes(municipality.province(), latest != null && latest.stage() == Stage.JOINED);
    }

    /** The alderman of the municipality's latest intent; otherwise the contact staff gave. */
    public Optional<Invitee> inviteeFor(Municipality municipality, Onboarding latest) {
        if (latest != null) {
            RegisterIntent.Person alderman = intake.aldermanOf(latest.id());
            return Optional.of(new Invitee(alderman.name(), alderman.email(), InviteeSource.ONBOARDING, latest.id()));
        }
        return meetings.contact(municipality.code())
                .map(contact -> new Invitee(contact.name(), contact.email(), InviteeSource.CONTACT, null));
    }

    /** Invites the municipality; it is no longer unaddressed. Returns the invitation's id. */
    public UUID invite(Meeting meeting, Municipality municipality, Invitee invitee) {
        UUID id = UUID.randomUUID();
        String token = Secrets.token();
        invitations.insert(id, meeting.id(), municipality.code(), invitee.onboardingId(), invitee.name(),
                invitee.email(), Digests.sha256(token), Instant.now(clock));
        meetings.clearUnaddressed(meeting.id(), municipality.code());
        outbox.append(sent(meeting, id, municipality, invitee, null, token));
        return id;
    }

    /** The event of an invitation (or of a colleague's new link, {@code delegatedBy} naming who sent them). */
    public MeetingInvitationSent sent(Meeting meeting, UUID invitationId, Municipality municipality, Invitee invitee,
                                      String delegatedBy, String token) {
        UUID handoverId = handover.deposit(Meetings.LINK_PURPOSE, token, meeting.endsAt());
        return new MeetingInvitationSent(meeting.id(), invitationId, municipality.code(), municipality.name(),
                invitee.source(), invitee.name(), invitee.email(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.place(), meeting.onlineUrl(), meeting.programme(), meeting.hosts(),
                meeting.sequence(), delegatedBy, handoverId);
    }
}
