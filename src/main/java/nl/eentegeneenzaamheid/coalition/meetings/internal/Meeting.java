package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingCancelled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingEvent;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingHeld;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingReminded;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingRescheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingScheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingStatus;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.Reminder;
import nl.eentegeneenzaamheid.coalition.meetings.Seats;

import static nl.eentegeneenzaamheid.coalition.meetings.internal.MeetingTexts.TEXTS;

/**
 * One aldermen's meeting: the aggregate. Its state changes only through its methods, which {@link MeetingStatus}
 * guards (only a scheduled meeting is moved, cancelled, held or reminded of) and which register the events they cause;
 * the caller saves the meeting and appends {@link #pullEvents() its events} to the outbox in one transaction.
 */
public final class Meeting {

    private final UUID id;
    private final String title;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String onlineUrl;
    private int capacity;
    private final String programme;
    private final String hosts;
    private final Audience audience;
    private final List<String> provinces;
    private MeetingStatus status;
    private int sequence;
    private final String scheduledBy;
    private final Instant scheduledAt;
    private String cancelReason;
    private Instant heldAt;
    private final boolean isNew;
    /** Whether a stored meeting's row must be written: a reminder, say, changes nothing of it. */
    private boolean changed;
    private final List<MeetingEvent> events = new ArrayList<>();

    /** A meeting as it is stored. */
    public Meeting(UUID id, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                   int capacity, String programme, String hosts, Audience audience, List<String> provinces,
                   MeetingStatus status, int sequence, String scheduledBy, Instant scheduledAt, String cancelReason,
                   Instant heldAt) {
        this(id, title, startsAt, endsAt, place, onlineUrl, capacity, programme, hosts, audience, provinces, status,
                sequence, scheduledBy, scheduledAt, cancelReason, heldAt, false);
    }

    private Meeting(UUID id, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                    int capacity, String programme, String hosts, Audience audience, List<String> provinces,
                    MeetingStatus status, int sequence, String scheduledBy, Instant scheduledAt, String cancelReason,
                    Instant heldAt, boolean isNew) {
        this.id = id;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineUrl = onlineUrl;
        this.capacity = capacity;
        this.programme = programme;
        this.hosts = hosts;
        this.audience = audience;
        this.provinces = List.copyOf(provinces);
        this.status = status;
        this.sequence = sequence;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
        this.cancelReason = cancelReason;
        this.heldAt = heldAt;
        this.isNew = isNew;
    }

    /** A new meeting of what staff planned (checked by {@link MeetingInput#plan}); registers MeetingScheduled. */
    public static Meeting schedule(UUID id, MeetingInput.Plan plan, String staffMember, Instant now) {
        Meeting meeting = new Meeting(id, plan.title(), plan.times().startsAt(), plan.times().endsAt(),
                plan.where().place(), plan.where().onlineUrl(), plan.capacity(), plan.programme(), plan.hosts(),
                plan.audience(), plan.provinces(), MeetingStatus.SCHEDULED, 0, staffMember, now, null, null, true);
        meeting.events.add(new MeetingScheduled(id, meeting.title, meeting.startsAt, meeting.endsAt, meeting.place,
                meeting.onlineUrl, meeting.capacity, meeting.programme, meeting.hosts, meeting.audience,
                meeting.provinces, staffMember, now));
        return meeting;
    }

    /**
     * Moves the meeting or changes its capacity; a null field of the change keeps what the meeting has, a new start
     * without an end keeps the duration. Never below the registrations already made ({@link Seats#allowsCapacity}).
     *
     * @throws nl.eentegeneenzaamheid.coalition.meetings.MeetingChangeRefusedException unless scheduled
     * @throws InvalidMeetingException when the change is not a valid meeting
     */
    public void reschedule(Meetings.Change change, Seats seats, String staffMember, Instant now) {
        status.requireChangeable();
        Instant newStart = change.startsAt() == null ? startsAt : change.startsAt();
        Instant newEnd = change.endsAt() != null ? change.endsAt() : change.startsAt() == null ? endsAt
                : newStart.plus(Duration.between(startsAt, endsAt));
        MeetingInput.Times times = MeetingInput.times(newStart, newEnd, now);
        MeetingInput.Where where = MeetingInput.where(change.place() == null ? place : change.place(),
                change.onlineUrl() == null ? onlineUrl : change.onlineUrl());
        int newCapacity = change.capacity() == null ? capacity : MeetingInput.capacity(change.capacity());
        if (!seats.allowsCapacity(newCapacity)) {
            throw new InvalidMeetingException("capacity", TEXTS.text(
                    "input.capacity-below-registrations", Map.of("registered", seats.registered())));
        }
        String reason = MeetingInput.optional(change.reason(), "reason", 2000);
        startsAt = times.startsAt();
        endsAt = times.endsAt();
        place = where.place();
        onlineUrl = where.onlineUrl();
        capacity = newCapacity;
        sequence++;
        changed = true;
        events.add(new MeetingRescheduled(id, title, startsAt, endsAt, place, onlineUrl, capacity, sequence, reason,
                staffMember, now));
    }

    /**
     * Calls the meeting off, with a reason the invitees read.
     *
     * @throws nl.eentegeneenzaamheid.coalition.meetings.MeetingChangeRefusedException unless scheduled
     * @throws InvalidMeetingException without a reason
     */
    public void cancel(String reason, String staffMember, Instant now) {
        status.requireChangeable();
        String why = MeetingInput.text(reason, "reason", 2000, TEXTS.text("input.cancel-reason-missing"));
        status = MeetingStatus.CANCELLED;
        cancelReason = why;
        sequence++;
        changed = true;
        events.add(new MeetingCancelled(id, title, startsAt, why, sequence, staffMember, now));
    }

    /** The meeting's time is over: registrations close. Does nothing (and returns false) unless scheduled. */
    public boolean hold(int registered, Instant now) {
        if (!status.isScheduled()) {
            return false;
        }
        status = MeetingStatus.HELD;
        heldAt = now;
        changed = true;
        events.add(new MeetingHeld(id, title, startsAt, endsAt, registered, now));
        return true;
    }

    /**
     * The reminder a week or a day before. Skipped (returns false) when it would add nothing: the meeting is no
     * longer scheduled, was scheduled after the reminder was due, or the next reminder's moment (or the start) came.
     */
    public boolean remind(Reminder reminder, int registered, Instant now) {
        Instant due = startsAt.minus(reminder == Reminder.WEEK ? Duration.ofDays(7) : Duration.ofDays(1));
        Instant next = reminder == Reminder.WEEK ? startsAt.minus(Duration.ofDays(1)) : startsAt;
        if (!status.isScheduled() || scheduledAt.isAfter(due) || !now.isBefore(next)) {
            return false;
        }
        events.add(new MeetingReminded(id, reminder, title, startsAt, registered, now));
        return true;
    }

    /** @throws nl.eentegeneenzaamheid.coalition.meetings.MeetingChangeRefusedException unless held */
    public void requireHeld() {
        status.requireHeld();
    }

    /** Staff may add invitees to a scheduled meeting only. */
    public void requireChangeable() {
        status.requireChangeable();
    }

    /** Whether invitees may still register, decline or cancel: scheduled and not begun. */
    public boolean takesRegistrations(Instant now) {
        return status.takesRegistrations(startsAt, now);
    }

    /** Whether the meeting invites a municipality in this province that has (or has not) joined. */
    public boolean includes(String province, boolean joined) {
        return switch (audience) {
            case ALL -> true;
            case PROVINCES -> provinces.contains(province);
            case NOT_JOINED -> !joined;
        };
    }

    /** The place, or "online" for a meeting without one. */
    public String where() {
        return place != null ? place : "online";
    }

    /** The events caused since the meeting was loaded, in order; returned once. */
    public List<MeetingEvent> pullEvents() {
        List<MeetingEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    boolean changed() {
        return changed;
    }

    boolean isNew() {
        return isNew;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public int capacity() {
        return capacity;
    }

    public String programme() {
        return programme;
    }

    public String hosts() {
        return hosts;
    }

    public Audience audience() {
        return audience;
    }

    public List<String> provinces() {
        return provinces;
    }

    public MeetingStatus status() {
        return status;
    }

    public int sequence() {
        return sequence;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant heldAt() {
        return heldAt;
    }
}
