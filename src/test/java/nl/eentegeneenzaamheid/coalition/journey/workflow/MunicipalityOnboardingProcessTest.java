package nl.eentegeneenzaamheid.coalition.journey.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code municipality-onboarding}, the journey module's process, on an engine of its own: the BPMN and the journey's
 * workflow adapter as they are. The journey only calls the processes of the modules that own each part; here each
 * called process is stood in for by a one-task process that returns what the test gives, so that what is tested is
 * the journey's own logic: which part comes next, what each part is given (the business key, the journey's
 * variables) and how it ends. Each called process has its own test ({@code IntentReviewProcessTest},
 * {@code PartnerRecruitmentProcessTest}, {@code CoalitionSigningProcessTest}, {@code CentralTeamOnboardingProcessTest});
 * the whole journey on the real stack is {@code OnboardingProcessTest}.
 */
class MunicipalityOnboardingProcessTest {

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
            "workflows/municipality-onboarding.bpmn")
            .covering(OnboardingProcess.KEY);

    static final String UNDER_WAY = "under-way";

    @BeforeAll
    static void calledProcessesThatEndAsTheTestSays() {
        for (String key : new String[] {IntentReviewProcess.KEY, RecruitmentProcess.KEY, SigningProcess.KEY,
                CentralOnboardingProcess.KEY}) {
            process.engine().getRepositoryService().createDeployment().name(key + " stand-in")
                    .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                            .startEvent().userTask(UNDER_WAY).endEvent().done())
                    .deploy();
        }
    }

    @Test
    void the_journey_begins_with_the_intake_modules_review_under_the_onboarding_as_business_key() {
        ProcessInstance journey = start("GM0796", "'s-Hertogenbosch");

        assertThat(journey).isWaitingAt(OnboardingProcess.CALL_REVIEW);
        given(journey, IntentReviewProcess.KEY)
                .containsEntry(OnboardingProcess.VAR_MUNICIPALITY_CODE, "GM0796")
                .containsEntry(OnboardingProcess.VAR_MUNICIPALITY_NAME, "'s-Hertogenbosch")
                .containsEntry(OnboardingProcess.VAR_ALDERMAN_NAME, "Jan \"Hans\" d'Ancona");
    }

    @Test
    void a_rejected_intent_ends_the_journey() {
        ProcessInstance journey = start("GM0268", "Nijmegen");

        end(journey, IntentReviewProcess.KEY, OnboardingProcess.VAR_REVIEW_DECISION, "reject");

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_REJECTED)
                .hasNotPassed(OnboardingProcess.CALL_RECRUITMENT);
    }

    @Test
    void recruitment_that_is_stopped_ends_the_journey_before_signing() {
        ProcessInstance journey = recruiting("GM0141", "Almelo");

        end(journey, RecruitmentProcess.KEY, OnboardingProcess.VAR_RECRUITMENT_OUTCOME, "stopped");

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_STOPPED)
                .hasNotPassed(OnboardingProcess.CALL_SIGNING);
    }

    @Test
    void a_ready_coalition_signs_with_the_method_staff_chose() {
        ProcessInstance journey = recruiting("GM0014", "Groningen");

        end(journey, RecruitmentProcess.KEY, OnboardingProcess.VAR_RECRUITMENT_OUTCOME, "ready",
                SigningProcess.VAR_METHOD, "paper");

        assertThat(journey).isWaitingAt(OnboardingProcess.CALL_SIGNING);
        given(journey, SigningProcess.KEY)
                .containsEntry(OnboardingProcess.VAR_MUNICIPALITY_NAME, "Groningen")
                .containsEntry(SigningProcess.VAR_METHOD, "paper");
    }

    @Test
    void a_signing_that_is_stopped_ends_the_journey_before_the_central_team() {
        ProcessInstance journey = signing("GM0150", "Deventer");

        end(journey, SigningProcess.KEY, SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_STOPPED);

        assertThat(journey).isEnded().hasPassed(OnboardingProcess.END_STOPPED_AT_SIGNING)
                .hasNotPassed(OnboardingProcess.CALL_CENTRAL_TEAM);
    }

    @Test
    void a_signed_agreement_goes_to_the_central_team_and_the_municipality_joins_when_it_is_done() {
        ProcessInstance journey = signing("GM0917", "Heerlen");

        end(journey, SigningProcess.KEY, SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_SIGNED);
        assertThat(journey).isWaitingAt(OnboardingProcess.CALL_CENTRAL_TEAM);
        given(journey, CentralOnboardingProcess.KEY)
                .containsEntry(OnboardingProcess.VAR_MUNICIPALITY_NAME, "Heerlen");

        end(journey, CentralOnboardingProcess.KEY);

        assertThat(journey).isEnded().hasPassedInOrder(OnboardingProcess.CALL_REVIEW,
                OnboardingProcess.CALL_RECRUITMENT, OnboardingProcess.CALL_SIGNING,
                OnboardingProcess.CALL_CENTRAL_TEAM, OnboardingProcess.END_JOINED);
    }

    private static ProcessInstance start(String code, String name) {
        UUID onboardingId = UUID.randomUUID();
        new CamundaOnboardingWorkflow(process.runtime()).start(onboardingId, new Municipality(code, name, "Provincie"),
                "Jan \"Hans\" d'Ancona");
        return process.runtime().createProcessInstanceQuery().processInstanceBusinessKey(onboardingId.toString())
                .processDefinitionKey(OnboardingProcess.KEY).singleResult();
    }

    private static ProcessInstance recruiting(String code, String name) {
        ProcessInstance journey = start(code, name);
        end(journey, IntentReviewProcess.KEY, OnboardingProcess.VAR_REVIEW_DECISION, "approve");
        assertThat(journey).isWaitingAt(OnboardingProcess.CALL_RECRUITMENT);
        return journey;
    }

    private static ProcessInstance signing(String code, String name) {
        ProcessInstance journey = recruiting(code, name);
        end(journey, RecruitmentProcess.KEY, OnboardingProcess.VAR_RECRUITMENT_OUTCOME, "ready");
        return journey;
    }

    /** The called process of {@code key} ends, returning the given variables (name, value, name, value …). */
    private static void end(ProcessInstance journey, String key, Object... returned) {
        Task underWay = process.tasks().createTaskQuery().processInstanceId(called(journey, key).getId())
                .taskDefinitionKey(UNDER_WAY).singleResult();
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < returned.length; i += 2) {
            variables.put((String) returned[i], returned[i + 1]);
        }
        process.tasks().complete(underWay.getId(), variables);
    }

    /** What the journey gave the part it called for this key: its business key and onboarding id, and the rest. */
    private static MapAssert<String, Object> given(ProcessInstance journey, String key) {
        ProcessInstance called = called(journey, key);
        Assertions.assertThat(called.getBusinessKey()).as(key + "'s business key").isEqualTo(journey.getBusinessKey());
        return Assertions.assertThat(process.runtime().getVariables(called.getId())).as("what " + key + " was given")
                .containsEntry(OnboardingProcess.VAR_ONBOARDING_ID, journey.getBusinessKey());
    }

    private static ProcessInstance called(ProcessInstance journey, String key) {
        return process.runtime().createProcessInstanceQuery().superProcessInstanceId(journey.getId())
                .processDefinitionKey(key).singleResult();
    }
}
