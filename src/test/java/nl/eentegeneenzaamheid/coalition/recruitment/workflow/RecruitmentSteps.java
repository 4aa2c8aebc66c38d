package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.HashMap;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The recruitment's steps as its process tests take them: what the mocked partner count answers and how staff decide
 * on the coalition. Shared by {@code PartnerRecruitmentProcessTest} and the journey's version-6 test, whose inline
 * recruitment has the same elements.
 */
public final class RecruitmentSteps {

    private RecruitmentSteps() {
    }

    /** The mocked {@code countPartnersDelegate} finds this many accepted partners of this many types. */
    public static void partnersWillBe(JavaDelegate countPartners, int partners, int types) throws Exception {
        doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable(RecruitmentProcess.VAR_ACCEPTED_PARTNERS, partners);
            execution.setVariable(RecruitmentProcess.VAR_ACCEPTED_PARTNER_TYPES, types);
            execution.setVariable(RecruitmentProcess.VAR_PARTNER_OVERVIEW, partners + " partners");
            return null;
        }).when(countPartners).execute(any());
    }

    /** Staff complete "Besluit over coalitie" with this decision and, when given, the signing method. */
    public static void decide(StandaloneProcessEngine process, ProcessInstance instance, String decision,
                              String method) {
        Map<String, Object> form = new HashMap<>(withVariables(RecruitmentProcess.VAR_COALITION_DECISION, decision,
                RecruitmentProcess.VAR_COALITION_NOTE, "Besproken met de wethouder"));
        if (method != null) {
            form.put(SigningProcess.VAR_METHOD, method);
        }
        process.tasks().complete(process.task(instance, RecruitmentProcess.TASK_DECIDE_ON_COALITION).getId(), form);
    }
}
