package nl.eentegeneenzaamheid.coalition.meetings;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Seats, the waiting list and what a meeting's state allows, without a database. */
class SeatsTest {

    @Test
    void newcomers_get_seats_until_they_run_out_then_the_waiting_list_in_order() {
        Seats seats = new Seats(2, 0, 0);
        assertThat(seats.placeForNewcomer()).isEqualTo(RegistrationStatus.REGISTERED);
        seats = seats.withNewcomer().withNewcomer();
        assertThat(seats).isEqualTo(new Seats(2, 2, 0));
        assertThat(seats.placeForNewcomer()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(seats.withNewcomer().withNewcomer()).isEqualTo(new Seats(2, 2, 2));
    }

    @Test
    void free_seats_go_to_the_waiting_list_but_never_more_than_it_holds() {
        assertThat(new Seats(5, 3, 4).toPromote()).as("two free seats, four waiting").isEqualTo(2);
        assertThat(new Seats(10, 3, 4).toPromote()).as("seven free seats, four waiting").isEqualTo(4);
        assertThat(new Seats(3, 3, 4).toPromote()).isZero();
        assertThat(new Seats(5, 3, 0).toPromote()).isZero();
    }

    @Test
    void the_capacity_never_drops_below_the_registrations() {
        Seats seats = new Seats(10, 6, 0);
        assertThat(seats.allowsCapacity(6)).isTrue();
        assertThat(seats.allowsCapacity(5)).isFalse();
        assertThatThrownBy(() -> new Seats(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_a_scheduled_meeting_that_has_not_begun_takes_registrations() {
        Instant starts = Instant.parse("2027-03-01T18:00:00Z");
        Instant before = starts.minusSeconds(60);
        assertThat(MeetingStatus.SCHEDULED.takesRegistrations(starts, before)).isTrue();
        assertThat(MeetingStatus.SCHEDULED.takesRegistrations(starts, starts)).as("begun").isFalse();
        assertThat(MeetingStatus.CANCELLED.takesRegistrations(starts, before)).isFalse();
        assertThat(MeetingStatus.HELD.takesRegistrations(starts, before)).isFalse();
    }

    @Test
    void staff_change_only_a_scheduled_meeting_and_record_attendance_only_of_a_held_one() {
        assertThatNoException().isThrownBy(MeetingStatus.SCHEDULED::requireChangeable);
        assertThatThrownBy(MeetingStatus.CANCELLED::requireChangeable)
                .isInstanceOf(MeetingChangeRefusedException.class).hasMessageContaining("cancelled");
        assertThatThrownBy(MeetingStatus.HELD::requireChangeable).isInstanceOf(MeetingChangeRefusedException.class);
        assertThatNoException().isThrownBy(MeetingStatus.HELD::requireHeld);
        assertThatThrownBy(MeetingStatus.SCHEDULED::requireHeld).isInstanceOf(MeetingChangeRefusedException.class)
                .satisfies(e -> assertThat(((MeetingChangeRefusedException) e).status()).isEqualTo("SCHEDULED"));
    }
}
