package nl.eentegeneenzaamheid.coalition.journey;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journey's state machine, without a database or an engine. */
class StageTest {

    @Test
    void the_happy_path_leads_from_the_intent_to_joining() {
        Stage stage = Stage.INTENT_REVIEW;
        for (Stage next : new Stage[] {Stage.RECRUITMENT, Stage.READINESS_REVIEW, Stage.SIGNING, Stage.ONBOARDING,
                Stage.JOINED}) {
            stage = stage.moveTo(next);
        }
        assertThat(stage).isEqualTo(Stage.JOINED);
        assertThat(stage.isOpen()).isFalse();
    }

    @Test
    void every_stage_can_be_reached_from_the_intent_and_every_open_stage_can_end() {
        Set<Stage> reached = EnumSet.of(Stage.INTENT_REVIEW);
        Deque<Stage> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            for (Stage next : todo.pop().next()) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(Stage.values());
        for (Stage stage : Stage.values()) {
            assertThat(stage.next().isEmpty()).as(stage + " has no way on exactly when it is closed")
                    .isEqualTo(!stage.isOpen());
        }
    }

    @Test
    void the_ways_back_are_the_ones_the_process_has() {
        assertThat(Stage.INFORMATION_REQUESTED.next()).containsExactly(Stage.INTENT_REVIEW);
        assertThat(Stage.READINESS_REVIEW.mayMoveTo(Stage.RECRUITMENT)).as("recruitment extended").isTrue();
        assertThat(Stage.SIGNING.mayMoveTo(Stage.RECRUITMENT)).isFalse();
        assertThat(Stage.RECRUITMENT.mayMoveTo(Stage.SIGNING)).as("only through the readiness review").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"JOINED", "STOPPED", "REJECTED"})
    void an_ended_journey_goes_nowhere(Stage ended) {
        for (Stage other : Stage.values()) {
            assertThatThrownBy(() -> ended.moveTo(other)).isInstanceOf(IllegalStageTransitionException.class)
                    .hasMessageContaining("it has ended");
        }
    }

    @Test
    void a_move_the_machine_does_not_have_is_refused_with_the_moves_it_does() {
        assertThatThrownBy(() -> Stage.INTENT_REVIEW.moveTo(Stage.JOINED))
                .isInstanceOf(IllegalStageTransitionException.class)
                .hasMessageContaining("from INTENT_REVIEW to JOINED").hasMessageContaining("RECRUITMENT");
    }
}
