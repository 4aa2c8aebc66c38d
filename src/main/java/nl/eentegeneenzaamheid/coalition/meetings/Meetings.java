package nl.eentegeneenzaamheid.coalition.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingLinkRefusedException.Reason;
import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.Secrets;
import nl.eentegeneenzaamheid.coalition.platform.handover.SecretHandover;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aldermen's meetings: scheduling, invitations, registrations with a capacity and a waiting list, reminders,
 * attendance and follow-up.
 *
 * <p>Seats: every registration, cancellation and capacity change locks the meeting's row first, so two registrations
 * for the last seat are counted one after the other: one gets the seat, the other the waiting list. A seat that comes
 * free goes to the first on the waiting list (by the time they registered) in the same transaction.
 *
 * <p>Links: each invitation has its own 256-bit token, of which only the SHA-256 is stored. A link acts only for its
 * own meeting and only until the meeting begins; a colleague sent in the invitee's place gets a new link, and the old
 * one stops acting.
 */
@Service
public class Meetings {

    /** The hand-over purpose of a meeting link's token. */
    public static final String LINK_PURPOSE = nl.eentegeneenzaamheid.coalition.platform.handover.HandoverPurposes.MEETING_LINK;

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final MeetingWorkflow workflow;
    private final Municipalities municipalities;
    private final Journeys journeys;
    private final IntakeService intake;
    private final SecretHandover handover;
    private final Clock clock;
    private final MeetingInput input;

    public Meetings(JdbcTemplate jdbc, Outbox outbox, MeetingWorkflow workflow, Municipalities municipalities,
                    Journeys journeys, IntakeService intake, SecretHandover handover, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.workflow = workflow;
        this.municipalities = municipalities;
        this.journeys = journeys;
        this.intake = intake;
        this.handover = handover;
        this.clock = clock;
        this.input = new MeetingInput(municipalities);
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
    // Scheduling

    /** Schedules the meeting and starts its process, which sends the invitations (through the API). */
    @Transactional
    public UUID schedule(Schedule request, String staffMember) {
        UUID id = record(request, staffMember);
        workflow.start(id);
        return id;
    }

    /**
     * Records a meeting and its contacts, without starting a process: the process started from Tasklist's start form
     * calls this itself.
     */
    @Transactional
    public UUID record(Schedule request, String staffMember) {
        Instant now = Instant.now(clock);
        String title = MeetingInput.text(request.title(), "title", 200, "Geef de bijeenkomst een titel.");
        MeetingInput.Times times = MeetingInput.times(request.startsAt(), request.endsAt(), now);
        MeetingInput.Where where = MeetingInput.where(request.place(), request.onlineUrl());
        int capacity = MeetingInput.capacity(request.capacity());
        Audience audience = request.audience();
        if (audience == null) {
            throw new InvalidMeetingException("audience", "Kies wie u uitnodigt: ALL (alle gemeenten), PROVINCES "
                    + "(gemeenten in de gekozen provincies) of NOT_JOINED (gemeenten die nog niet meedoen).");
        }
        List<String> provinces = input.provinces(audience, request.provinces());
        List<Contact> contacts = input.contacts(request.contacts());
        String programme = MeetingInput.optional(request.programme(), "programme", 20_000);
        String hosts = MeetingInput.optional(request.hosts(), "hosts", 500);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into meeting (id, title, starts_at, ends_at, place, online_url, capacity, programme, hosts,
                    audience, provinces, status, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    'SCHEDULED', ?, ?)""", id, title, Timestamp.from(times.startsAt()), Timestamp.from(times.endsAt()),
                where.place(), where.onlineUrl(), capacity, programme, hosts, audience.name(),
                provinces.isEmpty() ? null : String.join(";", provinces), staffMember, Timestamp.from(now));
        remember(contacts, staffMember, now);
        outbox.append(new MeetingScheduled(id, title, times.startsAt(), times.endsAt(), where.place(),
                where.onlineUrl(), capacity, programme, hosts, audience, provinces, staffMember, now));
        return id;
    }

    /**
     * Invites every selected municipality that can be reached; the others are kept as unaddressed. Journeys that wait
     * for a meeting and are among the selected go on.
     */
    @Transactional
    public MeetingViews.Invited sendInvitations(UUID meetingId) {
        Row meeting = lock(meetingId);
        if (!meeting.status().isScheduled()) {
            return new MeetingViews.Invited(0, List.of());
        }
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        int invited = 0;
        List<String> unaddressed = new ArrayList<>();
        for (Municipality municipality : selected(meeting, latest)) {
            if (invitationOf(meetingId, municipality.code()).isPresent()) {
                continue;
            }
            Optional<Invitee> invitee = inviteeFor(municipality, latest.get(municipality.code()));
            if (invitee.isEmpty()) {
                jdbc.update("insert into meeting_unaddressed (meeting_id, municipality_code) values (?, ?) "
                        + "on conflict do nothing", meetingId, municipality.code());
                unaddressed.add(municipality.code());
                continue;
            }
            invite(meeting, municipality, invitee.get(), null);
            invited++;
        }
        for (Map<String, Object> waiting : jdbc.queryForList(
                "select onboarding_id, municipality_code from meeting_waiting_onboarding order by waiting_since")) {
            String code = (String) waiting.get("municipality_code");
            if (includes(meeting, municipalities.require(code), latest.get(code))) {
                UUID onboardingId = (UUID) waiting.get("onboarding_id");
                jdbc.update("delete from meeting_waiting_onboarding where onboarding_id = ?", onboardingId);
                workflow.meetingAvailable(onboardingId);
            }
        }
        return new MeetingViews.Invited(invited, unaddressed);
    }

    /**
     * Staff give addresses for municipalities that had none (or add a municipality to the meeting): they are
     * remembered for later meetings and invited now.
     */
    @Transactional
    public MeetingViews.Invited addContacts(UUID meetingId, List<Contact> given, String staffMember) {
        List<Contact> contacts = input.contacts(given);
        Row meeting = lock(meetingId);
        requireOpen(meeting);
        remember(contacts, staffMember, Instant.now(clock));
        int invited = 0;
        for (Contact contact : contacts) {
            jdbc.update("delete from meeting_unaddressed where meeting_id = ? and municipality_code = ?", meetingId,
                    contact.municipalityCode());
            if (invitationOf(meetingId, contact.municipalityCode()).isEmpty()) {
                invite(meeting, municipalities.require(contact.municipalityCode()),
                        new Invitee(contact.name(), contact.email(), InviteeSource.CONTACT, null), null);
                invited++;
            }
        }
        return new MeetingViews.Invited(invited, unaddressed(meetingId));
    }

    /**
     * The journey's step "invite the alderman to the next aldermen's meeting": the invitation to the next scheduled
     * meeting that includes the municipality (made now if there is none yet), or empty when no meeting is scheduled:
     * then the journey waits, and {@link #sendInvitations} lets it go on once one is.
     */
    @Transactional
    public Optional<MeetingViews.JourneyInvitation> inviteForJourney(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        Municipality municipality = onboarding.municipality();
        Map<String, Onboarding> latest = Map.of(municipality.code(), onboarding);
        List<Row> upcoming = jdbc.query(SELECT_MEETING + " where status = 'SCHEDULED' and starts_at > ? "
                + "order by starts_at, id", this::mapMeeting, Timestamp.from(Instant.now(clock)));
        for (Row candidate : upcoming) {
            if (!includes(candidate, municipality, onboarding)) {
                continue;
            }
            Row meeting = lock(candidate.id());
            UUID invitationId = invitationOf(meeting.id(), municipality.code()).orElseGet(() -> invite(meeting,
                    municipality, inviteeFor(municipality, latest.get(municipality.code())).orElseThrow(), null));
            jdbc.update("delete from meeting_waiting_onboarding where onboarding_id = ?", onboardingId);
            return Optional.of(new MeetingViews.JourneyInvitation(meeting.id(), invitationId, meeting.title(),
                    meeting.startsAt(), meeting.where()));
        }
        jdbc.update("insert into meeting_waiting_onboarding (onboarding_id, municipality_code, waiting_since) "
                + "values (?, ?, ?) on conflict do nothing", onboardingId, municipality.code(),
                Timestamp.from(Instant.now(clock)));
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Staff's changes

    /** Moves the meeting (or changes its capacity): calendars update, a larger capacity lets the waiting list in. */
    @Transactional
    public void reschedule(UUID meetingId, Change change, String staffMember) {
        Row meeting = lock(meetingId);
        requireOpen(meeting);
        Instant now = Instant.now(clock);
        Instant startsAt = change.startsAt() == null ? meeting.startsAt() : change.startsAt();
        Instant endsAt = change.endsAt() != null ? change.endsAt() : change.startsAt() == null ? meeting.endsAt()
                : startsAt.plus(Duration.between(meeting.startsAt(), meeting.endsAt()));
        MeetingInput.Times times = MeetingInput.times(startsAt, endsAt, now);
        MeetingInput.Where where = MeetingInput.where(change.place() == null ? meeting.place() : change.place(),
                change.onlineUrl() == null ? meeting.onlineUrl() : change.onlineUrl());
        int capacity = change.capacity() == null ? meeting.capacity() : MeetingInput.capacity(change.capacity());
        int registered = count(meetingId, RegistrationStatus.REGISTERED);
        if (!seats(meeting).allowsCapacity(capacity)) {
            throw new InvalidMeetingException("capacity", "Er zijn al " + registered + " aanmeldingen; de capaciteit "
                    + "kan niet lager zijn dan dat.");
        }
        String reason = MeetingInput.optional(change.reason(), "reason", 2000);
        int sequence = meeting.sequence() + 1;
        jdbc.update("""
                update meeting set starts_at = ?, ends_at = ?, place = ?, online_url = ?, capacity = ?, sequence = ?
                where id = ?""", Timestamp.from(times.startsAt()), Timestamp.from(times.endsAt()), where.place(),
                where.onlineUrl(), capacity, sequence, meetingId);
        outbox.append(new MeetingRescheduled(meetingId, meeting.title(), times.startsAt(), times.endsAt(),
                where.place(), where.onlineUrl(), capacity, sequence, reason, staffMember, now));
        promoteWhileSeatsFree(meetingId, capacity);
        workflow.rescheduled(meetingId);
    }

    /** Cancels the meeting: every invitee hears it, calendars remove it, the process ends. */
    @Transactional
    public void cancel(UUID meetingId, String reason, String staffMember) {
        Row meeting = lock(meetingId);
        requireOpen(meeting);
        String why = MeetingInput.text(reason, "reason", 2000, "Geef een reden: de genodigden lezen hem.");
        Instant now = Instant.now(clock);
        int sequence = meeting.sequence() + 1;
        jdbc.update("update meeting set status = 'CANCELLED', cancel_reason = ?, sequence = ? where id = ?", why,
                sequence, meetingId);
        outbox.append(new MeetingCancelled(meetingId, meeting.title(), meeting.startsAt(), why, sequence, staffMember,
                now));
        workflow.cancelled(meetingId);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The personal link

    @Transactional(readOnly = true)
    public MeetingViews.Link view(UUID meetingId, String token) {
        InvitationRow invitation = byToken(meetingId, token);
        Row meeting = get(meetingId);
        return new MeetingViews.Link(meetingId, invitation.id(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.place(), meeting.onlineUrl(), meeting.programme(), meeting.hosts(),
                municipalities.require(invitation.municipalityCode()).name(), invitation.attendeeName(),
                invitation.status(), waitlistPosition(invitation), isOpen(meeting), meeting.status().name());
    }

    /** Registers: a seat while there is one, otherwise the waiting list. Registering again changes nothing. */
    @Transactional
    public RegistrationStatus register(UUID meetingId, String token) {
        Opened opened = open(meetingId, token);
        InvitationRow invitation = opened.invitation();
        if (invitation.status() == RegistrationStatus.REGISTERED
                || invitation.status() == RegistrationStatus.WAITLISTED) {
            return invitation.status();
        }
        return seat(opened.meeting(), invitation, invitation.attendeeName(), invitation.attendeeEmail());
    }

    /** Declines the invitation; a registered invitee cancels instead. */
    @Transactional
    public void decline(UUID meetingId, String token, String reason) {
        Opened opened = open(meetingId, token);
        InvitationRow invitation = opened.invitation();
        if (invitation.status() == RegistrationStatus.DECLINED) {
            return;
        }
        if (invitation.status() == RegistrationStatus.REGISTERED
                || invitation.status() == RegistrationStatus.WAITLISTED) {
            throw new MeetingLinkRefusedException(Reason.CONFLICT, "U bent aangemeld. Wilt u niet komen? Meld u dan "
                    + "af, dan gaat uw plaats naar wie op de wachtlijst staat.");
        }
        Row meeting = opened.meeting();
        Instant now = Instant.now(clock);
        String why = MeetingInput.optional(reason, "reason", 4000);
        jdbc.update("update meeting_invitation set status = 'DECLINED', answered_at = ?, decline_reason = ? "
                + "where id = ?", Timestamp.from(now), why, invitation.id());
        outbox.append(new RegistrationReceived(meetingId, invitation.id(), invitation.municipalityCode(),
                invitation.attendeeName(), invitation.attendeeEmail(), RegistrationStatus.DECLINED, null,
                count(meetingId, RegistrationStatus.REGISTERED), count(meetingId, RegistrationStatus.WAITLISTED),
                meeting.capacity(), now));
    }

    /**
     * Sends a colleague in the invitee's place: the colleague is registered (keeping a seat the invitee had) and gets
     * a link of their own; the invitee's link stops acting.
     */
    @Transactional
    public RegistrationStatus delegate(UUID meetingId, String token, String name, String email) {
        String colleague = MeetingInput.text(name, "name", 200, "Vul de naam in van uw collega.");
        String address = MeetingInput.email(email, "email");
        Opened opened = open(meetingId, token);
        InvitationRow invitation = opened.invitation();
        Row meeting = opened.meeting();
        Municipality municipality = municipalities.require(invitation.municipalityCode());
        String newToken = Secrets.token();
        jdbc.update("update meeting_invitation set attendee_name = ?, attendee_email = ?, token_hash = ? where id = ?",
                colleague, address, Digests.sha256(newToken), invitation.id());
        outbox.append(invitationSent(meeting, invitation.id(), municipality, new Invitee(colleague, address,
                InviteeSource.DELEGATED, invitation.onboardingId()), invitation.attendeeName(), newToken));
        if (invitation.status() == RegistrationStatus.REGISTERED
                || invitation.status() == RegistrationStatus.WAITLISTED) {
            Instant now = Instant.now(clock);
            outbox.append(new RegistrationReceived(meetingId, invitation.id(), invitation.municipalityCode(),
                    colleague, address, invitation.status(), waitlistPosition(invitation),
                    count(meetingId, RegistrationStatus.REGISTERED), count(meetingId, RegistrationStatus.WAITLISTED),
                    meeting.capacity(), now));
            return invitation.status();
        }
        return seat(meeting, invitation, colleague, address);
    }

    /** Cancels a registration (or a place on the waiting list); a freed seat goes to the first on the waiting list. */
    @Transactional
    public void cancelRegistration(UUID meetingId, String token) {
        Opened opened = open(meetingId, token);
        InvitationRow invitation = opened.invitation();
        if (invitation.status() != RegistrationStatus.REGISTERED
                && invitation.status() != RegistrationStatus.WAITLISTED) {
            throw new MeetingLinkRefusedException(Reason.CONFLICT, "U bent niet aangemeld voor deze bijeenkomst, dus "
                    + "afmelden is niet nodig.");
        }
        Row meeting = opened.meeting();
        Instant now = Instant.now(clock);
        jdbc.update("update meeting_invitation set status = 'CANCELLED', answered_at = ? where id = ?",
                Timestamp.from(now), invitation.id());
        outbox.append(new RegistrationCancelled(meetingId, invitation.id(), invitation.municipalityCode(),
                invitation.attendeeName(), invitation.attendeeEmail(), invitation.status(),
                count(meetingId, RegistrationStatus.REGISTERED), count(meetingId, RegistrationStatus.WAITLISTED),
                meeting.capacity(), now));
        promoteWhileSeatsFree(meetingId, meeting.capacity());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The process's steps

    /** The reminder a week or a day before; skipped when it would add nothing (scheduled at short notice, begun). */
    @Transactional
    public void remind(UUID meetingId, Reminder reminder) {
        Row meeting = get(meetingId);
        Instant now = Instant.now(clock);
        Instant due = meeting.startsAt().minus(reminder == Reminder.WEEK ? Duration.ofDays(7) : Duration.ofDays(1));
        Instant next = reminder == Reminder.WEEK ? meeting.startsAt().minus(Duration.ofDays(1)) : meeting.startsAt();
        if (!meeting.status().isScheduled() || meeting.scheduledAt().isAfter(due) || !now.isBefore(next)) {
            return;
        }
        outbox.append(new MeetingReminded(meetingId, reminder, meeting.title(), meeting.startsAt(),
                count(meetingId, RegistrationStatus.REGISTERED), now));
    }

    /** The meeting's time is over: registrations close, and staff record who came. */
    @Transactional
    public void hold(UUID meetingId) {
        Row meeting = lock(meetingId);
        if (!meeting.status().isScheduled()) {
            return;
        }
        Instant now = Instant.now(clock);
        jdbc.update("update meeting set status = 'HELD', held_at = ? where id = ?", Timestamp.from(now), meetingId);
        outbox.append(new MeetingHeld(meetingId, meeting.title(), meeting.startsAt(), meeting.endsAt(),
                count(meetingId, RegistrationStatus.REGISTERED), now));
    }

    /** The registered invitations (with a seat), for the attendance form. */
    @Transactional(readOnly = true)
    public List<MeetingViews.Invitation> registered(UUID meetingId) {
        return invitations(meetingId).stream().filter(i -> i.status() == RegistrationStatus.REGISTERED).toList();
    }

    /** Records, for every registered invitation, whether it attended. */
    @Transactional
    public void recordAttendance(UUID meetingId, Collection<UUID> attended, String staffMember) {
        Row meeting = lock(meetingId);
        meeting.status().requireHeld();
        Set<UUID> came = Set.copyOf(attended);
        Instant now = Instant.now(clock);
        for (MeetingViews.Invitation invitation : registered(meetingId)) {
            boolean present = came.contains(invitation.id());
            jdbc.update("update meeting_invitation set attended = ? where id = ?", present, invitation.id());
            outbox.append(new AttendanceRecorded(meetingId, invitation.id(), invitation.municipalityCode(),
                    invitation.attendeeName(), present, staffMember, now));
        }
    }

    /**
     * For every attending municipality without an onboarding (none, or one that ended without joining), a follow-up
     * of the kind staff chose; returns the invitations followed up.
     */
    @Transactional
    public List<UUID> createFollowUps(UUID meetingId, FollowUpKind kind) {
        Map<String, Onboarding> latest = journeys.latestPerMunicipality();
        Instant now = Instant.now(clock);
        List<UUID> followUps = new ArrayList<>();
        for (MeetingViews.Invitation invitation : invitations(meetingId)) {
            Onboarding onboarding = latest.get(invitation.municipalityCode());
            boolean hasOnboarding = onboarding != null && (onboarding.stage().isOpen()
                    || onboarding.stage() == Stage.JOINED);
            if (!Boolean.TRUE.equals(invitation.attended()) || hasOnboarding) {
                continue;
            }
            jdbc.update("update meeting_invitation set follow_up_kind = ? where id = ?", kind.name(),
                    invitation.id());
            outbox.append(new MeetingFollowUpCreated(meetingId, invitation.id(), invitation.municipalityCode(),
                    invitation.municipalityName(), kind, invitation.attendeeName(), invitation.attendeeEmail(), now));
            followUps.add(invitation.id());
        }
        return followUps;
    }

    /** Staff's note on how a follow-up went. */
    @Transactional
    public void recordFollowUp(UUID invitationId, String note) {
        jdbc.update("update meeting_invitation set follow_up_note = ? where id = ?", MeetingInput.blankToNull(note),
                invitationId);
    }

    /** One invitation, for a follow-up task's form. */
    @Transactional(readOnly = true)
    public MeetingViews.Invitation invitation(UUID invitationId) {
        return jdbc.query(SELECT_INVITATION + " where id = ?", this::invitationRow, invitationId).stream()
                .findFirst().map(this::view).orElseThrow(() -> new IllegalStateException("No invitation "
                        + invitationId));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reading

    /** The meeting as staff see it. */
    @Transactional(readOnly = true)
    public MeetingViews.Meeting meeting(UUID meetingId) {
        return view(get(meetingId));
    }

    /** The meetings that have not begun, soonest first (with {@code all}: every meeting, newest first). */
    @Transactional(readOnly = true)
    public List<MeetingViews.Meeting> list(boolean all) {
        List<Row> rows = all ? jdbc.query(SELECT_MEETING + " order by starts_at desc", this::mapMeeting)
                : jdbc.query(SELECT_MEETING + " where status = 'SCHEDULED' and starts_at > ? order by starts_at",
                this::mapMeeting, Timestamp.from(Instant.now(clock)));
        return rows.stream().map(this::view).toList();
    }

    /** A meeting's invitations, by municipality. */
    @Transactional(readOnly = true)
    public List<MeetingViews.Invitation> invitations(UUID meetingId) {
        get(meetingId);
        return jdbc.query(SELECT_INVITATION + " where meeting_id = ? order by municipality_code", this::invitationRow,
                meetingId).stream().map(this::view).toList();
    }

    /** When the process's timers fire. */
    @Transactional(readOnly = true)
    public Instant startsAt(UUID meetingId) {
        return get(meetingId).startsAt();
    }

    @Transactional(readOnly = true)
    public Instant endsAt(UUID meetingId) {
        return get(meetingId).endsAt();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Internals

    private record Row(UUID id, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                       int capacity, String programme, String hosts, Audience audience, List<String> provinces,
                       MeetingStatus status, int sequence, String scheduledBy, Instant scheduledAt) {

        String where() {
            return place != null ? place : "online";
        }
    }

    private record InvitationRow(UUID id, UUID meetingId, String municipalityCode, UUID onboardingId,
                                 String attendeeName, String attendeeEmail, RegistrationStatus status,
                                 Instant registeredAt, Boolean attended) {
    }

    private record Invitee(String name, String email, InviteeSource source, UUID onboardingId) {
    }

    private static final String SELECT_MEETING = """
            select id, title, starts_at, ends_at, place, online_url, capacity, programme, hosts, audience, provinces,
                status, sequence, scheduled_by, scheduled_at from meeting""";
    private static final String SELECT_INVITATION = """
            select id, meeting_id, municipality_code, onboarding_id, attendee_name, attendee_email, status,
                registered_at, attended from meeting_invitation""";

    private Row mapMeeting(ResultSet row, int n) throws SQLException {
        String provinces = row.getString("provinces");
        return new Row(row.getObject("id", UUID.class), row.getString("title"),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                row.getString("place"), row.getString("online_url"), row.getInt("capacity"),
                row.getString("programme"), row.getString("hosts"), Audience.valueOf(row.getString("audience")),
                provinces == null ? List.of() : List.of(provinces.split(";")),
                MeetingStatus.valueOf(row.getString("status")),
                row.getInt("sequence"), row.getString("scheduled_by"), row.getTimestamp("scheduled_at").toInstant());
    }

    private InvitationRow invitationRow(ResultSet row, int n) throws SQLException {
        Timestamp registeredAt = row.getTimestamp("registered_at");
        return new InvitationRow(row.getObject("id", UUID.class), row.getObject("meeting_id", UUID.class),
                row.getString("municipality_code"), row.getObject("onboarding_id", UUID.class),
                row.getString("attendee_name"), row.getString("attendee_email"),
                RegistrationStatus.valueOf(row.getString("status")),
                registeredAt == null ? null : registeredAt.toInstant(), (Boolean) row.getObject("attended"));
    }

    private Row get(UUID meetingId) {
        return jdbc.query(SELECT_MEETING + " where id = ?", this::mapMeeting, meetingId).stream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    private Row lock(UUID meetingId) {
        return jdbc.query(SELECT_MEETING + " where id = ? for update", this::mapMeeting, meetingId).stream().findFirst()
                .orElseThrow(() -> new MeetingNotFoundException(meetingId));
    }

    private MeetingViews.Meeting view(Row meeting) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select status, count(*) from meeting_invitation where meeting_id = ? group by status",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                }, meeting.id());
        int invited = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new MeetingViews.Meeting(meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
                meeting.place(), meeting.onlineUrl(), meeting.capacity(), meeting.programme(), meeting.hosts(),
                meeting.audience(), meeting.provinces(), meeting.status().name(), meeting.sequence(), invited,
                counts.getOrDefault("REGISTERED", 0), counts.getOrDefault("WAITLISTED", 0),
                counts.getOrDefault("DECLINED", 0), unaddressed(meeting.id()), meeting.scheduledBy(),
                meeting.scheduledAt());
    }

    private MeetingViews.Invitation view(InvitationRow row) {
        return new MeetingViews.Invitation(row.id(), row.municipalityCode(),
                municipalities.require(row.municipalityCode()).name(), row.attendeeName(), row.attendeeEmail(),
                row.status(), waitlistPosition(row), row.attended());
    }

    private List<String> unaddressed(UUID meetingId) {
        return jdbc.queryForList("select municipality_code from meeting_unaddressed where meeting_id = ? "
                + "order by municipality_code", String.class, meetingId);
    }

    private Optional<UUID> invitationOf(UUID meetingId, String municipalityCode) {
        return jdbc.queryForList("select id from meeting_invitation where meeting_id = ? and municipality_code = ?",
                UUID.class, meetingId, municipalityCode).stream().findFirst();
    }

    private List<Municipality> selected(Row meeting, Map<String, Onboarding> latest) {
        return municipalities.all().stream().filter(m -> includes(meeting, m, latest.get(m.code()))).toList();
    }

    private static boolean includes(Row meeting, Municipality municipality, Onboarding latest) {
        return switch (meeting.audience()) {
            case ALL -> true;
            case PROVINCES -> meeting.provinces().contains(municipality.province());
            case NOT_JOINED -> latest == null || latest.stage() != Stage.JOINED;
        };
    }

    /** The alderman of the municipality's latest intent; otherwise the contact staff gave. */
    private Optional<Invitee> inviteeFor(Municipality municipality, Onboarding latest) {
        if (latest != null) {
            RegisterIntent.Person alderman = intake.aldermanOf(latest.id());
            return Optional.of(new Invitee(alderman.name(), alderman.email(), InviteeSource.ONBOARDING, latest.id()));
        }
        return jdbc.query("select name, email from meeting_contact where municipality_code = ?",
                (row, n) -> new Invitee(row.getString(1), row.getString(2), InviteeSource.CONTACT, null),
                municipality.code()).stream().findFirst();
    }

    private UUID invite(Row meeting, Municipality municipality, Invitee invitee, String delegatedBy) {
        UUID id = UUID.randomUUID();
        String token = Secrets.token();
        jdbc.update("""
                insert into meeting_invitation (id, meeting_id, municipality_code, onboarding_id, invitee_name,
                    invitee_email, attendee_name, attendee_email, token_hash, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'INVITED', ?)""", id, meeting.id(), municipality.code(),
                invitee.onboardingId(), invitee.name(), invitee.email(), invitee.name(), invitee.email(),
                Digests.sha256(token), Timestamp.from(Instant.now(clock)));
        jdbc.update("delete from meeting_unaddressed where meeting_id = ? and municipality_code = ?", meeting.id(),
                municipality.code());
        outbox.append(invitationSent(meeting, id, municipality, invitee, delegatedBy, token));
        return id;
    }

    private MeetingInvitationSent invitationSent(Row meeting, UUID invitationId, Municipality municipality,
                                                 Invitee invitee, String delegatedBy, String token) {
        UUID handoverId = handover.deposit(LINK_PURPOSE, token, meeting.endsAt());
        return new MeetingInvitationSent(meeting.id(), invitationId, municipality.code(), municipality.name(),
                invitee.source(), invitee.name(), invitee.email(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.place(), meeting.onlineUrl(), meeting.programme(), meeting.hosts(),
                meeting.sequence(), delegatedBy, handoverId);
    }

    /** A seat if one is free, otherwise the waiting list; the meeting's row is locked. */
    private RegistrationStatus seat(Row meeting, InvitationRow invitation, String name, String email) {
        Instant now = Instant.now(clock);
        RegistrationStatus status = seats(meeting).placeForNewcomer();
        jdbc.update("update meeting_invitation set status = ?, registered_at = ?, answered_at = ? where id = ?",
                status.name(), Timestamp.from(now), Timestamp.from(now), invitation.id());
        Integer position = status == RegistrationStatus.WAITLISTED ? count(meeting.id(), status) : null;
        outbox.append(new RegistrationReceived(meeting.id(), invitation.id(), invitation.municipalityCode(), name,
                email, status, position, count(meeting.id(), RegistrationStatus.REGISTERED),
                count(meeting.id(), RegistrationStatus.WAITLISTED), meeting.capacity(), now));
        return status;
    }

    /** Gives free seats to the waiting list, first come first served; the meeting's row is locked. */
    private void promoteWhileSeatsFree(UUID meetingId, int capacity) {
        while (new Seats(capacity, count(meetingId, RegistrationStatus.REGISTERED),
                count(meetingId, RegistrationStatus.WAITLISTED)).toPromote() > 0) {
            Optional<InvitationRow> first = jdbc.query(SELECT_INVITATION + " where meeting_id = ? and status = "
                    + "'WAITLISTED' order by registered_at, id limit 1", this::invitationRow, meetingId).stream()
                    .findFirst();
            if (first.isEmpty()) {
                return;
            }
            InvitationRow promoted = first.get();
            jdbc.update("update meeting_invitation set status = 'REGISTERED' where id = ?", promoted.id());
            outbox.append(new WaitlistPromoted(meetingId, promoted.id(), promoted.municipalityCode(),
                    promoted.attendeeName(), promoted.attendeeEmail(), count(meetingId, RegistrationStatus.REGISTERED),
                    count(meetingId, RegistrationStatus.WAITLISTED), capacity, Instant.now(clock)));
        }
    }

    private int count(UUID meetingId, RegistrationStatus status) {
        return jdbc.queryForObject("select count(*) from meeting_invitation where meeting_id = ? and status = ?",
                Integer.class, meetingId, status.name());
    }

    private Integer waitlistPosition(InvitationRow invitation) {
        if (invitation.status() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return jdbc.queryForObject("""
                select count(*) from meeting_invitation where meeting_id = ? and status = 'WAITLISTED'
                and (registered_at, id) <= (?, ?)""", Integer.class, invitation.meetingId(),
                Timestamp.from(invitation.registeredAt()), invitation.id());
    }

    private InvitationRow byToken(UUID meetingId, String token) {
        InvitationRow invitation = token == null || token.length() > 100 ? null : jdbc.query(SELECT_INVITATION
                + " where token_hash = ?", this::invitationRow, Digests.sha256(token)).stream().findFirst()
                .orElse(null);
        if (invitation == null) {
            throw new MeetingLinkRefusedException(Reason.UNKNOWN, "Deze link is ongeldig of vervangen. Gebruik de "
                    + "link uit de laatste e-mail van het programma Eén tegen eenzaamheid over deze bijeenkomst.");
        }
        if (!invitation.meetingId().equals(meetingId)) {
            throw new MeetingLinkRefusedException(Reason.OTHER_MEETING, "Deze link hoort bij een andere "
                    + "bijeenkomst. Gebruik de link uit de uitnodiging voor deze bijeenkomst.");
        }
        return invitation;
    }

    private record Opened(Row meeting, InvitationRow invitation) {
    }

    /**
     * The invitation behind a link of a meeting that still takes registrations. Locks the meeting's row, then the
     * invitation's: always in that order, as the waiting list's promotion does, so no two answers deadlock.
     */
    private Opened open(UUID meetingId, String token) {
        InvitationRow invitation = byToken(meetingId, token);
        Row meeting = lock(meetingId);
        if (!isOpen(meeting)) {
            throw new MeetingLinkRefusedException(Reason.CLOSED, switch (meeting.status()) {
                case CANCELLED -> "Deze bijeenkomst is geannuleerd.";
                case SCHEDULED -> "Deze bijeenkomst is al begonnen: aanmelden en afmelden kan niet meer.";
                case HELD -> "Deze bijeenkomst is voorbij: aanmelden en afmelden kan niet meer.";
            });
        }
        return new Opened(meeting, jdbc.query(SELECT_INVITATION + " where id = ? for update", this::invitationRow,
                invitation.id()).get(0));
    }

    private boolean isOpen(Row meeting) {
        return meeting.status().takesRegistrations(meeting.startsAt(), Instant.now(clock));
    }

    private void requireOpen(Row meeting) {
        meeting.status().requireChangeable();
    }

    /** The meeting's seats as they are now (its row locked by the caller where it changes them). */
    private Seats seats(Row meeting) {
        return new Seats(meeting.capacity(), count(meeting.id(), RegistrationStatus.REGISTERED),
                count(meeting.id(), RegistrationStatus.WAITLISTED));
    }

    private void remember(List<Contact> contacts, String staffMember, Instant now) {
        for (Contact contact : contacts) {
            jdbc.update("""
                    insert into meeting_contact (municipality_code, name, email, updated_by, updated_at)
                    values (?, ?, ?, ?, ?) on conflict (municipality_code) do update set name = excluded.name,
                    email = excluded.email, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                    contact.municipalityCode(), contact.name(), contact.email(), staffMember, Timestamp.from(now));
        }
    }

    /** Parses Tasklist's address lines, one per municipality: {@code GM0106; Jan Broekema; j.broekema@assen.nl}. */
    public static List<Contact> parseContacts(String lines) {
        return MeetingInput.parseContacts(lines);
    }
}
