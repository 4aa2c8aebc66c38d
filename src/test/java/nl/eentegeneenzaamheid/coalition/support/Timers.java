package nl.eentegeneenzaamheid.coalition.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Drives a timer by executing its job, never by waiting for it. */
public final class Timers {

    private Timers() {
    }

    public static void fire(ProcessEngine engine, ProcessInstance process, String timerId) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process.getId())
                .activityId(timerId).singleResult();
        assertThat(timer).as("timer " + timerId).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }
}
