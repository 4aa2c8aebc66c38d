package nl.eentegeneenzaamheid.coalition.journey.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code municipality-onboarding}, driven through the engine with camunda-bpm-assert.
 */
@IntegrationTest
class OnboardingProcessTest {

    @Autowired ProcessEngine processEngine;

    @BeforeEach
    void useTheApplicationsEngine() {
        init(processEngine);
    }

    @Test
    void staff_review_the_intent_of_the_municipality() {
        String onboardingId = UUID.randomUUID().toString();
        ProcessInstance process = processEngine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.KEY,
                onboardingId, withVariables(OnboardingProcess.VAR_ONBOARDING_ID, onboardingId,
                        OnboardingProcess.VAR_MUNICIPALITY_CODE, "GM1900",
                        OnboardingProcess.VAR_MUNICIPALITY_NAME, "Súdwest-Fryslân"));

        assertThat(process).isStarted().hasBusinessKey(onboardingId).isWaitingAt(OnboardingProcess.TASK_REVIEW_INTENT);
        assertThat(task()).hasName("Beoordeel intentie Súdwest-Fryslân")
                .hasCandidateGroup(OnboardingProcess.GROUP_STAFF)
                .isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(processEngine.getTaskService().createTaskQuery()
                .processInstanceId(process.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey())
                .isEqualTo("review-intent");
        org.assertj.core.api.Assertions.assertThat(task().getDueDate().toInstant())
                .isBetween(Instant.now().plus(Duration.ofDays(5)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(5)).plusSeconds(60));

        complete(task());

        assertThat(process).isEnded().hasPassedInOrder(OnboardingProcess.START, OnboardingProcess.TASK_REVIEW_INTENT,
                OnboardingProcess.END);
    }

    @Test
    void the_review_form_is_deployed_with_the_process() {
        org.assertj.core.api.Assertions.assertThat(processEngine.getRepositoryService().createDeploymentQuery()
                .list().stream().flatMap(deployment -> processEngine.getRepositoryService()
                        .getDeploymentResourceNames(deployment.getId()).stream()))
                .anyMatch(name -> name.endsWith("review-intent.form"))
                .anyMatch(name -> name.endsWith("municipality-onboarding.bpmn"));
    }
}
