package nl.eentegeneenzaamheid.coalition.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Assertions on a whole journey: the {@code municipality-onboarding} instance and every process it called (the intake's
 * review, the recruitment, the signing, the central team's onboarding), at any depth. Whole-stack tests ask where the
 * journey is and what it passed without caring which module's process holds the step; the standalone process tests
 * (one per BPMN) use camunda-bpm-assert on one instance. Two ids occur both in the journey and in a part
 * ({@code intent-rejected}, {@code municipality-joined}): assert the journey's own end with camunda-bpm-assert on the
 * journey's instance.
 */
public final class JourneyAssert {

    private final ProcessEngine engine;
    private final ProcessInstance journey;

    private JourneyAssert(ProcessEngine engine, ProcessInstance journey) {
        this.engine = engine;
        this.journey = journey;
    }

    public static JourneyAssert of(ProcessEngine engine, ProcessInstance journey) {
        return new JourneyAssert(engine, journey);
    }

    /** The journey's instance and every instance it called, directly or through another. */
    public List<String> instances() {
        List<String> ids = new ArrayList<>(List.of(journey.getId()));
        for (int i = 0; i < ids.size(); i++) {
            engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
                    .forEach(called -> ids.add(called.getId()));
        }
        return ids;
    }

    public JourneyAssert isStarted() {
        assertThat(historic()).as("the journey %s", journey.getId()).isNotNull();
        return this;
    }

    public JourneyAssert isEnded() {
        assertThat(historic().getEndTime()).as("the journey %s has ended", journey.getBusinessKey()).isNotNull();
        return this;
    }

    public JourneyAssert isWaitingAt(String... activityIds) {
        Set<String> active = new LinkedHashSet<>();
        for (String id : instances()) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                active.addAll(engine.getRuntimeService().getActiveActivityIds(id));
            }
        }
        assertThat(active).as("where the journey %s waits", journey.getBusinessKey()).contains(activityIds);
        return this;
    }

    public JourneyAssert hasPassed(String... activityIds) {
        assertThat(passed().stream().map(HistoricActivityInstance::getActivityId).toList())
                .as("what the journey %s passed", journey.getBusinessKey()).contains(activityIds);
        return this;
    }

    public JourneyAssert hasNotPassed(String... activityIds) {
        assertThat(passed().stream().map(HistoricActivityInstance::getActivityId).toList())
                .as("what the journey %s passed", journey.getBusinessKey()).doesNotContain(activityIds);
        return this;
    }

    /** Passed, each one ending no later than the next (steps of one transaction may end in the same millisecond). */
    public JourneyAssert hasPassedInOrder(String... activityIds) {
        hasPassed(activityIds);
        List<String> order = passed().stream().map(HistoricActivityInstance::getActivityId).toList();
        int from = 0;
        for (String id : activityIds) {
            int at = order.subList(from, order.size()).indexOf(id);
            assertThat(at).as("%s passed after %s in %s", id, List.of(activityIds), order).isNotNegative();
            from += at + 1;
        }
        return this;
    }

    private List<HistoricActivityInstance> passed() {
        List<HistoricActivityInstance> passed = new ArrayList<>();
        for (String id : instances()) {
            passed.addAll(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                    .finished().orderPartiallyByOccurrence().asc().list());
        }
        passed.sort(Comparator.comparing(HistoricActivityInstance::getEndTime));
        return passed;
    }

    private HistoricProcessInstance historic() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(journey.getId())
                .singleResult();
    }
}
