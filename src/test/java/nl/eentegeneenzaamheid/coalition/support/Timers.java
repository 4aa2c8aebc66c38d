package nl.eentegeneenzaamheid.coalition.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Drives a timer by executing its job, never by waiting for it. */
public final class Timers {

    private Timers() {
    }

    /** Fires the timer in {@code process} or in a process it called (a journey's timers are in its parts). */
    public static void fire(ProcessEngine engine, ProcessInstance process, String timerId) {
        Job timer = JourneyAssert.of(engine, process).instances().stream()
                .map(id -> engine.getManagementService().createJobQuery().processInstanceId(id).activityId(timerId)
                        .singleResult())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        assertThat(timer).as("timer " + timerId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }
}
