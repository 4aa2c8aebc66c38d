package nl.eentegeneenzaamheid.coalition.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * What programme staff do in Tasklist, done the same way: as the engine's authenticated user, with her group.
 */
public final class Staff {

    public static final String MEMBER = "anna";

    private Staff() {
    }

    public static final String ADVISER = "bram";

    /** Completes a task as a staff member, with the form's variables. */
    public static void complete(ProcessEngine engine, String taskId, Map<String, Object> form) {
        completeAs(engine, MEMBER, IntentReviewProcess.GROUP_STAFF, taskId, form);
    }

    /** Completes a task as a member of the central team's advisers. */
    public static void completeAsAdviser(ProcessEngine engine, String taskId, Map<String, Object> form) {
        completeAs(engine, ADVISER, "programme-advisors", taskId, form);
    }

    private static void completeAs(ProcessEngine engine, String user, String group, String taskId,
                                   Map<String, Object> form) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            engine.getTaskService().complete(taskId, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Registers the municipality's intent and approves it as programme staff: it is then recruiting. */
    public static UUID recruiting(IntakeService intake, ProcessEngine engine, String municipalityCode) {
        UUID onboardingId = intake.registerIntent(new RegisterIntent(municipalityCode,
                        new RegisterIntent.Person("De Wethouder", "wethouder@example.nl", null),
                        new RegisterIntent.Person("De Ambtenaar", "ambtenaar@example.nl", null), true, "Wij doen mee."),
                null, Channel.API, "gemeente-api").onboardingId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId.toString())
                .taskDefinitionKey(IntentReviewProcess.TASK_REVIEW_INTENT).singleResult().getId();
        complete(engine, taskId, Map.of(OnboardingProcess.VAR_REVIEW_DECISION, "approve"));
        return onboardingId;
    }
}
