package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.meetings.internal.Attendance;
import nl.eentegeneenzaamheid.coalition.meetings.internal.ContactLines;
import nl.eentegeneenzaamheid.coalition.meetings.internal.JourneyInvitations;
import nl.eentegeneenzaamheid.coalition.meetings.internal.Meeting;
import nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingInput;
import nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingReads;
import nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingRepository;
import nl.eentegeneenzaamheid.coalition.meetings.internal.Registrations;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aldermen's meetings, the module's facade: scheduling, invitations, registrations with a capacity and a waiting
 * list, reminders, attendance and follow-up. Each change loads the {@link Meeting} (its row locked), lets it change
 * itself, saves it and appends its events to the outbox; a process is started or told only as the last step.
 *
 * <p>Links: each invitation has its own 256-bit token, of which only the SHA-256 is stored. A link acts only for its
 * own meeting and only until the meeting begins; a colleague sent in the invitee's place gets a new link, and the old
 * one stops acting.
 */
@Service
public class Meetings {

    /** The hand-over purpose of a meeting link's token. */
    public static final String LINK_PURPOSE = HandoverPurposes.MEETING_LINK;

    private final MeetingRepository repository;
    private final Registrations registrations;
    private final JourneyInvitations journeyInvitations;
    private final Attendance attendance;
    private final MeetingReads reads;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final MeetingWorkflow workflow;
    private final MeetingInput input;
    private final Clock clock;

    public Meetings(MeetingRepository repository, Registrations registrations, JourneyInvitations journeyInvitations,
                    Attendance attendance, MeetingReads reads, Outbox outbox, ApplicationEventPublisher events,
                    MeetingWorkflow workflow, Municipalities municipalities, Clock clock) {
        this.repository = repository;
        this.registrations = registrations;
        this.journeyInvitations = journeyInvitations;
        this.attendance = attendance;
        this.reads = reads;
        this.outbox = outbox;
        this.events = events;
        this.workflow = workflow;
        this.input = new MeetingInput(municipalities);
        this.clock = clock;
    }

    /** Who to reach for a municipality that has no onboarding. */
    public record Contact(String municipalityCode, String name, String email) {
    }

    /** A meeting to schedule. {@code contacts} reach municipalities that have no onboarding. */
    public record Schedule(String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                           Integer capacity, String programme, String hosts, Audience audience, List<String> provinces,
                           List<Contact> contacts) {
    }

    /** A change of time, place, link or capacity; a null field keeps what the meeting has. */
    public record Change(Instant startsAt, Instant endsAt, String place, String onlineUrl, Integer capacity,
                         String reason) {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Scheduling and staff's changes

    /** Schedules the meeting and starts its process, which sends the invitations (through the API). */
    @Transactional
    public UUID schedule(Schedule request, String staffMember) {
        UUID id = record(request, staffMember);
        workflow.start(id);
        return id;
    }

    /**
     * Records a meeting and its contacts, without starting a process: the process started from Tasklist's start form
     * calls this itself. Once the meeting is committed, the journeys waiting for a meeting it includes go on.
     */
    @Transactional
    public UUID record(Schedule request, String staffMember) {
        Instant now = Instant.now(clock);
        MeetingInput.Plan plan = input.plan(request, now);
        Meeting meeting = Meeting.schedule(UUID.randomUUID(), plan, staffMember, now);
        repository.remember(plan.contacts(), staffMember, now);
        save(meeting);
        return meeting.id();
    }

    /** Moves the meeting (or changes its capacity): calendars update, a larger capacity lets the waiting list in. */
    @Transactional
    public void reschedule(UUID meetingId, Change change, String staffMember) {
        Meeting meeting = repository.lock(meetingId);
        meeting.reschedule(change, registrations.seats(meetingId, meeting.capacity()), staffMember,
                Instant.now(clock));
        save(meeting);
        registrations.promoteWhileSeatsFree(meeting);
        workflow.rescheduled(meetingId);
    }

    /** Cancels the meeting: every invitee hears it, calendars remove it, the process ends. */
    @Transactional
    public void cancel(UUID meetingId, String reason, String staffMember) {
        Meeting meeting = repository.lock(meetingId);
        meeting.cancel(reason, staffMember, Instant.now(clock));
        save(meeting);
        workflow.cancelled(meetingId);
    }

    /**
     * Invites every selected municipality that can be reached; the others are kept as unaddressed. (Journeys that
     * wait for a meeting go on once the meeting is committed: see {@code internal.WaitingJourneys}.)
     */
    @Transactional
    public MeetingViews.Invited sendInvitations(UUID meetingId) {
        return journeyInvitations.sendInvitations(meetingId);
    }

    /**
     * Staff give addresses for municipalities that had none (or add a municipality to the meeting): they are
     * remembered for later meetings and invited now.
     */
    @Transactional
    public MeetingViews.Invited addContacts(UUID meetingId, List<Contact> given, String staffMember) {
        return journeyInvitations.addContacts(meetingId, input.contacts(given), staffMember);
    }

    /**
     * The journey's step "invite the alderman to the next aldermen's meeting": the invitation to the next scheduled
     * meeting that includes the municipality (made now if there is none yet), or empty when no meeting is scheduled:
     * then the journey waits until one is.
     */
    @Transactional
    public Optional<MeetingViews.JourneyInvitation> inviteForJourney(UUID onboardingId) {
        return journeyInvitations.inviteForJourney(onboardingId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The personal link

    @Transactional(readOnly = true)
    public MeetingViews.Link view(UUID meetingId, String token) {
        return registrations.view(meetingId, token);
    }

    /** Registers: a seat while there is one, otherwise the waiting list. Registering again changes nothing. */
    @Transactional
    public RegistrationStatus register(UUID meetingId, String token) {
        return registrations.register(meetingId, token);
    }

    /** Declines the invitation; a registered invitee cancels instead. */
    @Transactional
    public void decline(UUID meetingId, String token, String reason) {
        registrations.decline(meetingId, token, reason);
    }

    /**
     * Sends a colleague in the invitee's place: the colleague is registered (keeping a seat the invitee had) and gets
     * a link of their own; the invitee's link stops acting.
     */
    @Transactional
    public RegistrationStatus delegate(UUID meetingId, String token, String name, String email) {
        return registrations.delegate(meetingId, token, name, email);
    }

    /** Cancels a registration (or a place on the waiting list); a freed seat goes to the first on the waiting list. */
    @Transactional
    public void cancelRegistration(UUID meetingId, String token) {
        registrations.cancel(meetingId, token);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The process's steps

    /** The reminder a week or a day before; skipped when it would add nothing (scheduled at short notice, begun). */
    @Transactional
    public void remind(UUID meetingId, Reminder reminder) {
        Meeting meeting = repository.get(meetingId);
        if (meeting.remind(reminder, registered(meeting), Instant.now(clock))) {
            save(meeting);
        }
    }

    /** The meeting's time is over: registrations close, and staff record who came. */
    @Transactional
    public void hold(UUID meetingId) {
        Meeting meeting = repository.lock(meetingId);
        if (meeting.hold(registered(meeting), Instant.now(clock))) {
            save(meeting);
        }
    }

    /** The registered invitations (with a seat), for the attendance form. */
    @Transactional(readOnly = true)
    public List<MeetingViews.Invitation> registered(UUID meetingId) {
        return attendance.registered(meetingId);
    }

    /** Records, for every registered invitation, whether it attended. */
    @Transactional
    public void recordAttendance(UUID meetingId, Collection<UUID> attended, String staffMember) {
        attendance.record(meetingId, attended, staffMember);
    }

    /**
     * For every attending municipality without an onboarding (none, or one that ended without joining), a follow-up
     * of the kind staff chose; returns the invitations followed up.
     */
    @Transactional
    public List<UUID> createFollowUps(UUID meetingId, FollowUpKind kind) {
        return attendance.createFollowUps(meetingId, kind);
    }

    /** Staff's note on how a follow-up went. */
    @Transactional
    public void recordFollowUp(UUID invitationId, String note) {
        attendance.recordFollowUp(invitationId, note);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /** One invitation, for a follow-up task's form. */
    @Transactional(readOnly = true)
    public MeetingViews.Invitation invitation(UUID invitationId) {
        return reads.invitation(invitationId);
    }

    /** The meeting as staff see it. */
    @Transactional(readOnly = true)
    public MeetingViews.Meeting meeting(UUID meetingId) {
        return reads.meeting(meetingId);
    }

    /** The meetings that have not begun, soonest first (with {@code all}: every meeting, newest first). */
    @Transactional(readOnly = true)
    public List<MeetingViews.Meeting> list(boolean all) {
        return reads.list(all);
    }

    /** A meeting's invitations, by municipality. */
    @Transactional(readOnly = true)
    public List<MeetingViews.Invitation> invitations(UUID meetingId) {
        return reads.invitations(meetingId);
    }

    /** When the process's timers fire. */
    @Transactional(readOnly = true)
    public Instant startsAt(UUID meetingId) {
        return repository.get(meetingId).startsAt();
    }

    @Transactional(readOnly = true)
    public Instant endsAt(UUID meetingId) {
        return repository.get(meetingId).endsAt();
    }

    /** Parses Tasklist's address lines, one per municipality: {@code GM0106; Jan Broekema; j.broekema@assen.nl}. */
    public static List<Contact> parseContacts(String lines) {
        return ContactLines.parse(lines);
    }

    /** Writes the meeting and appends the events it caused, to the outbox and to this node's listeners. */
    private void save(Meeting meeting) {
        repository.save(meeting);
        for (MeetingEvent event : meeting.pullEvents()) {
            outbox.append(event);
            events.publishEvent(event);
        }
    }

    private int registered(Meeting meeting) {
        return registrations.seats(meeting.id(), meeting.capacity()).registered();
    }
}
