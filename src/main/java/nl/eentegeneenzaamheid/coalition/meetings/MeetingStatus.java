package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;

/**
 * A meeting's life: scheduled, then held or cancelled. What each state allows is decided here and nowhere else.
 */
public enum MeetingStatus {
    /** Planned: invitations go out, people register, staff may move or cancel it. */
    SCHEDULED,
    /** Its time is over: registrations are closed, staff record who came. */
    HELD,
    /** Called off: nothing changes any more. */
    CANCELLED;

    /** Whether invitations, reminders and the end of the meeting's time still apply. */
    public boolean isScheduled() {
        return this == SCHEDULED;
    }

    /** Whether an invitee may still register or cancel: scheduled and not begun. */
    public boolean takesRegistrations(Instant startsAt, Instant now) {
        return this == SCHEDULED && now.isBefore(startsAt);
    }

    /**
     * Staff may move, resize or cancel only a scheduled meeting.
     *
     * @throws MeetingChangeRefusedException otherwise
     */
    public void requireChangeable() {
        if (this != SCHEDULED) {
            throw new MeetingChangeRefusedException(name(), "The meeting is " + name().toLowerCase()
                    + ": it can no longer be changed");
        }
    }

    /**
     * Attendance is recorded once the meeting is held.
     *
     * @throws MeetingChangeRefusedException otherwise
     */
    public void requireHeld() {
        if (this != HELD) {
            throw new MeetingChangeRefusedException(name(), "Attendance is recorded once the meeting is held; it is "
                    + name());
        }
    }
}
