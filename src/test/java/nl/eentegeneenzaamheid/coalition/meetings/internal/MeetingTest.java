package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.InvalidMeetingException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingCancelled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingChangeRefusedException;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingHeld;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingReminded;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingRescheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingScheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingStatus;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.meetings.Reminder;
import nl.eentegeneenzaamheid.coalition.meetings.Seats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting aggregate's transitions, their guards and the events they register, without a database. */
class MeetingTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    static final Instant START = Instant.parse("2027-03-18T13:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(2));
    static final Seats EMPTY = new Seats(80, 0, 0);

    static Meeting scheduled() {
        MeetingInput.Plan plan = new MeetingInput.Plan("Wethouders tegen eenzaamheid",
                new MeetingInput.Times(START, END), new MeetingInput.Where("Stadhuis Assen", null), 80,
                Audience.PROVINCES, List.of("Drenthe"), List.of(), "Programma", "Gastheer");
        Meeting meeting = Meeting.schedule(UUID.randomUUID(), plan, "anna", NOW);
        meeting.pullEvents();
        return meeting;
    }

    static Meeting in(MeetingStatus status) {
        Meeting meeting = scheduled();
        return new Meeting(meeting.id(), meeting.title(), START, END, meeting.place(), null, 80, null, null,
                Audience.ALL, List.of(), status, 1, "anna", NOW, null, null);
    }

    static Meetings.Change change(Instant startsAt, Instant endsAt, Integer capacity) {
        return new Meetings.Change(startsAt, endsAt, null, null, capacity, null);
    }

    @Test
    void scheduling_registers_the_meeting_as_planned() {
        MeetingInput.Plan plan = new MeetingInput.Plan("Wethouders", new MeetingInput.Times(START, END),
                new MeetingInput.Where(null, "https://vng.zoom.us/j/1"), 40, Audience.ALL, List.of(), List.of(),
                null, null);
        UUID id = UUID.randomUUID();
        Meeting meeting = Meeting.schedule(id, plan, "anna", NOW);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.sequence()).isZero();
        assertThat(meeting.where()).isEqualTo("online");
        assertThat(meeting.pullEvents()).containsExactly(new MeetingScheduled(id, "Wethouders", START, END, null,
                "https://vng.zoom.us/j/1", 40, null, null, Audience.ALL, List.of(), "anna", NOW));
        assertThat(meeting.pullEvents()).as("events are handed out once").isEmpty();
    }

    @Test
    void a_move_keeps_the_duration_and_what_it_does_not_change_and_counts_the_sequence() {
        Meeting meeting = scheduled();
        Instant later = START.plus(Duration.ofDays(7));

        meeting.reschedule(change(later, null, null), EMPTY, "bram", NOW);

        assertThat(meeting.startsAt()).isEqualTo(later);
        assertThat(meeting.endsAt()).isEqualTo(later.plus(Duration.ofHours(2)));
        assertThat(meeting.place()).isEqualTo("Stadhuis Assen");
        assertThat(meeting.capacity()).isEqualTo(80);
        assertThat(meeting.sequence()).isEqualTo(1);
        assertThat(meeting.pullEvents()).containsExactly(new MeetingRescheduled(meeting.id(), meeting.title(), later,
                later.plus(Duration.ofHours(2)), "Stadhuis Assen", null, 80, 1, null, "bram", NOW));

        meeting.reschedule(new Meetings.Change(null, null, null, null, 120, " Grotere zaal "), EMPTY, "bram", NOW);
        assertThat(meeting.capacity()).isEqualTo(120);
        assertThat(meeting.startsAt()).isEqualTo(later);
        assertThat(meeting.sequence()).isEqualTo(2);
        assertThat(meeting.pullEvents()).singleElement().isInstanceOfSatisfying(MeetingRescheduled.class,
                moved -> assertThat(moved.reason()).isEqualTo("Grotere zaal"));
    }

    @Test
    void the_capacity_never_drops_below_the_registrations_and_a_refused_change_changes_nothing() {
        Meeting meeting = scheduled();

        assertThatThrownBy(() -> meeting.reschedule(change(null, null, 2), new Seats(80, 3, 1), "bram", NOW))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.field())
                        .isEqualTo("capacity"))
                .hasMessage("Er zijn al 3 aanmeldingen; de capaciteit kan niet lager zijn dan dat.");
        assertThatThrownBy(() -> meeting.reschedule(change(NOW.minusSeconds(60), null, null), EMPTY, "bram", NOW))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.field())
                        .isEqualTo("startsAt"));

        meeting.reschedule(change(null, null, 3), new Seats(80, 3, 1), "bram", NOW);
        assertThat(meeting.capacity()).as("as many seats as registrations is allowed").isEqualTo(3);
        assertThat(meeting.sequence()).isEqualTo(1);
    }

    @Test
    void cancelling_needs_a_reason_the_invitees_read_and_ends_the_meeting() {
        Meeting meeting = scheduled();
        assertThatThrownBy(() -> meeting.cancel("  ", "bram", NOW)).isInstanceOf(InvalidMeetingException.class)
                .hasMessage("Geef een reden: de genodigden lezen hem.");
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(meeting.pullEvents()).isEmpty();

        meeting.cancel("De zaal is niet beschikbaar", "bram", NOW);

        assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.cancelReason()).isEqualTo("De zaal is niet beschikbaar");
        assertThat(meeting.pullEvents()).containsExactly(new MeetingCancelled(meeting.id(), meeting.title(), START,
                "De zaal is niet beschikbaar", 1, "bram", NOW));
        assertThat(meeting.takesRegistrations(NOW)).isFalse();
    }

    @Test
    void a_cancelled_or_held_meeting_can_no_longer_be_moved_or_cancelled() {
        for (MeetingStatus over : List.of(MeetingStatus.CANCELLED, MeetingStatus.HELD)) {
            Meeting meeting = in(over);
            assertThatThrownBy(() -> meeting.reschedule(change(null, null, 90), EMPTY, "bram", NOW))
                    .isInstanceOfSatisfying(MeetingChangeRefusedException.class, e -> assertThat(e.status())
                            .isEqualTo(over.name()));
            assertThatThrownBy(() -> meeting.cancel("Te laat", "bram", NOW))
                    .isInstanceOf(MeetingChangeRefusedException.class);
            assertThatThrownBy(meeting::requireChangeable).isInstanceOf(MeetingChangeRefusedException.class);
            assertThat(meeting.status()).isEqualTo(over);
            assertThat(meeting.capacity()).isEqualTo(80);
            assertThat(meeting.sequence()).isEqualTo(1);
            assertThat(meeting.pullEvents()).isEmpty();
        }
    }

    @Test
    void a_meeting_is_held_once_when_its_time_is_over_and_only_then_takes_attendance() {
        Meeting meeting = scheduled();
        assertThatThrownBy(meeting::requireHeld).isInstanceOf(MeetingChangeRefusedException.class);

        assertThat(meeting.hold(12, END)).isTrue();

        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(meeting.heldAt()).isEqualTo(END);
        assertThat(meeting.pullEvents()).containsExactly(new MeetingHeld(meeting.id(), meeting.title(), START, END,
                12, END));
        meeting.requireHeld();
        assertThat(meeting.hold(12, END)).as("held already").isFalse();
        assertThat(in(MeetingStatus.CANCELLED).hold(0, END)).as("a cancelled meeting is not held").isFalse();
        assertThat(meeting.pullEvents()).isEmpty();
    }

    @Test
    void a_reminder_goes_out_only_when_it_adds_something() {
        Meeting meeting = scheduled();
        Instant weekBefore = START.minus(Duration.ofDays(7));
        Instant dayBefore = START.minus(Duration.ofDays(1));

        assertThat(meeting.remind(Reminder.WEEK, 5, weekBefore)).isTrue();
        assertThat(meeting.pullEvents()).containsExactly(new MeetingReminded(meeting.id(), Reminder.WEEK,
                meeting.title(), START, 5, weekBefore));
        assertThat(meeting.remind(Reminder.WEEK, 5, dayBefore)).as("the day's reminder is due: the week's adds "
                + "nothing").isFalse();
        assertThat(meeting.remind(Reminder.DAY, 5, dayBefore)).isTrue();
        assertThat(meeting.remind(Reminder.DAY, 5, START)).as("begun").isFalse();
        meeting.pullEvents();

        MeetingInput.Plan shortNotice = new MeetingInput.Plan("Kort dag", new MeetingInput.Times(START, END),
                new MeetingInput.Where("Assen", null), 10, Audience.ALL, List.of(), List.of(), null, null);
        Meeting late = Meeting.schedule(UUID.randomUUID(), shortNotice, "anna", weekBefore.plusSeconds(1));
        assertThat(late.remind(Reminder.WEEK, 0, weekBefore.plusSeconds(2))).as("scheduled after the week's "
                + "reminder was due").isFalse();
        assertThat(in(MeetingStatus.CANCELLED).remind(Reminder.DAY, 0, dayBefore)).isFalse();
    }

    @Test
    void a_reminder_leaves_the_stored_meeting_as_it_is_and_a_change_marks_it_for_writing() {
        Meeting stored = in(MeetingStatus.SCHEDULED);

        assertThat(stored.remind(Reminder.DAY, 3, START.minus(Duration.ofDays(1)))).isTrue();
        assertThat(stored.changed()).as("the reminder's event is all there is: the row, read without a lock, is "
                + "not written back over a move or a cancellation").isFalse();

        stored.cancel("De zaal is dicht", "bram", NOW);
        assertThat(stored.changed()).isTrue();
    }

    @Test
    void registrations_are_taken_while_scheduled_and_not_begun() {
        Meeting meeting = scheduled();
        assertThat(meeting.takesRegistrations(NOW)).isTrue();
        assertThat(meeting.takesRegistrations(START)).isFalse();
        assertThat(in(MeetingStatus.HELD).takesRegistrations(NOW)).isFalse();
    }

    @Test
    void the_audience_decides_whom_a_meeting_includes() {
        Meeting drenthe = scheduled();
        assertThat(drenthe.includes("Drenthe", true)).isTrue();
        assertThat(drenthe.includes("Limburg", false)).isFalse();
        assertThat(in(MeetingStatus.SCHEDULED).includes("Limburg", true)).as("ALL").isTrue();

        MeetingInput.Plan notJoined = new MeetingInput.Plan("Nog niet mee", new MeetingInput.Times(START, END),
                new MeetingInput.Where("Assen", null), 10, Audience.NOT_JOINED, List.of(), List.of(), null, null);
        Meeting meeting = Meeting.schedule(UUID.randomUUID(), notJoined, "anna", NOW);
        assertThat(meeting.includes("Drenthe", false)).isTrue();
        assertThat(meeting.includes("Drenthe", true)).isFalse();
    }
}
