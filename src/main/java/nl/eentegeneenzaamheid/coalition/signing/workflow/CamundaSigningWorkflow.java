package nl.eentegeneenzaamheid.coalition.signing.workflow;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningWorkflow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells {@code coalition-signing} what happened, in the caller's transaction. Completion must reach a waiting process
 * (otherwise the signature that completed the envelope is refused, and nothing is lost); a decline or a void while
 * staff are already deciding changes nothing in the process: staff see it on the envelope.
 */
@Component
class CamundaSigningWorkflow implements SigningWorkflow {

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    CamundaSigningWorkflow(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    @Override
    public void envelopeCompleted(UUID onboardingId) {
        runtimeService.createMessageCorrelation(SigningProcess.MESSAGE_COMPLETED)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlate();
    }

    @Override
    public void signatureDeclined(UUID onboardingId) {
        runtimeService.createMessageCorrelation(SigningProcess.MESSAGE_DECLINED)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlateAll();
    }

    @Override
    public void envelopeVoided(UUID onboardingId) {
        runtimeService.createMessageCorrelation(SigningProcess.MESSAGE_VOIDED)
                .processInstanceBusinessKey(onboardingId.toString())
                .correlateAll();
    }

    @Override
    public boolean sealingFailed(UUID onboardingId) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(onboardingId.toString())
                .processDefinitionKey(SigningProcess.KEY).list().stream()
                .anyMatch(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                        .activityId(SigningProcess.TASK_SEAL).noRetriesLeft().count() > 0);
    }
}
