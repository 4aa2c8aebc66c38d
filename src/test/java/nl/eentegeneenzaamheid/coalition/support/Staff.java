package nl.eentegeneenzaamheid.coalition.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Brings a municipality to a stage the way the system does: an intent through the intake, the staff's review as
 * Tasklist completes it.
 */
public final class Staff {

    private Staff() {
    }

    /** Registers the municipality's intent and approves it as programme staff: it is then recruiting. */
    public static UUID recruiting(IntakeService intake, ProcessEngine engine, String municipalityCode) {
        UUID onboardingId = intake.registerIntent(new RegisterIntent(municipalityCode,
                        new RegisterIntent.Person("De Wethouder", "wethouder@example.nl", null),
                        new RegisterIntent.Person("De Ambtenaar", "ambtenaar@example.nl", null), true, "Wij doen mee."),
                null, Channel.API, "gemeente-api").onboardingId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId.toString())
                .taskDefinitionKey(OnboardingProcess.TASK_REVIEW_INTENT).singleResult().getId();
        engine.getIdentityService().setAuthentication("anna", List.of(OnboardingProcess.GROUP_STAFF));
        try {
            engine.getTaskService().complete(taskId, Map.of(OnboardingProcess.VAR_REVIEW_DECISION, "approve"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return onboardingId;
    }
}
