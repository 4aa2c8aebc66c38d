package nl.eentegeneenzaamheid.coalition.signing.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.Sealing;
import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningDecision;
import nl.eentegeneenzaamheid.coalition.signing.SigningMethod;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code coalition-signing} on an engine of its own: the BPMN, its delegates, its task listener and the signing
 * module's workflow adapter as they are; the signing services ({@link Signing}, {@link Envelopes}, {@link Sealing})
 * mocked, so what is tested is the process: digital or paper, reminders, a decline, an expiry or a void put before
 * staff, their five decisions, sealing as a retried job. The services themselves run on the real stack in
 * {@code SigningProcessTest}, {@code SignerLinkIntegrationTest} and {@code SealedAgreementIntegrationTest}.
 */
class CoalitionSigningProcessTest {

    static final Signing signing = mock(Signing.class);
    static final Envelopes envelopes = mock(Envelopes.class);
    static final Sealing sealing = mock(Sealing.class);
    static final SigningProperties properties = mock(SigningProperties.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying(
                    "workflows/coalition-signing.bpmn", "workflows/forms/decide-on-signing.form",
                    "workflows/forms/record-paper-signing.form")
            .with("startSigningDelegate", new StartSigningDelegate(signing))
            .with("prepareEnvelopeDelegate", new PrepareEnvelopeDelegate(envelopes, properties))
            .with("remindSignersDelegate", new RemindSignersDelegate(envelopes))
            .with("expireEnvelopeDelegate", new ExpireEnvelopeDelegate(envelopes))
            .with("describeSigningSituationListener", new DescribeSigningSituationListener(envelopes))
            .with("applySigningDecisionDelegate", new ApplySigningDecisionDelegate(envelopes))
            .with("sealAgreementDelegate", new SealAgreementDelegate(sealing))
            .with("completeDigitalSigningDelegate", new CompleteDigitalSigningDelegate(sealing))
            .with("completePaperSigningDelegate", new CompletePaperSigningDelegate(signing))
            .resetting(signing, envelopes, sealing, properties)
            .covering(SigningProcess.KEY);

    @Test
    void a_digital_signing_sends_the_envelope_and_waits_with_reminders_and_an_expiry() {
        Instant expires = Instant.now().plus(Duration.ofDays(30));
        UUID onboardingId = UUID.randomUUID();

        ProcessInstance instance = startDigital(onboardingId, expires);

        assertThat(instance).hasPassedInOrder(SigningProcess.TASK_START_SIGNING, SigningProcess.TASK_PREPARE_ENVELOPE)
                .isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        verify(signing).start(onboardingId, SigningMethod.DIGITAL);
        verify(envelopes).open(onboardingId);
        Assertions.assertThat(process.runtime().getVariables(instance.getId()))
                .containsEntry(SigningProcess.VAR_METHOD, "digital")
                .containsEntry(SigningProcess.VAR_REMINDER_CYCLE, "R/P5D")
                .containsEntry(SigningProcess.VAR_ENVELOPE_EXPIRES_AT, Date.from(expires));
        Assertions.assertThat(process.due(instance, SigningProcess.TIMER_EXPIRY)).isEqualTo(Date.from(expires).toInstant());
        Assertions.assertThat(process.due(instance, SigningProcess.TIMER_REMINDER))
                .isBetween(Instant.now().plus(Duration.ofDays(5)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(5)).plusSeconds(60));

        Timers.fire(process.engine(), instance, SigningProcess.TIMER_REMINDER);
        assertThat(instance).hasPassed(SigningProcess.TASK_REMIND, SigningProcess.END_REMINDED)
                .isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        verify(envelopes).remind(onboardingId);
    }

    @Test
    void the_last_signature_seals_the_agreement_in_a_job_of_its_own_and_ends_signed() {
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance instance = startDigital(onboardingId, Instant.now().plus(Duration.ofDays(30)));

        adapter().envelopeCompleted(onboardingId);

        assertThat(instance).isWaitingAt(SigningProcess.TASK_SEAL);
        verify(sealing, never()).seal(any());
        process.engine().getManagementService().executeJob(sealJob(instance).getId());
        assertThat(instance).isEnded().hasPassed(SigningProcess.TASK_COMPLETE_DIGITAL,
                SigningProcess.END_SIGNED_DIGITALLY).variables()
                .containsEntry(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_SIGNED);
        verify(sealing).seal(onboardingId);
        verify(sealing).finish(onboardingId);
    }

    @Test
    void a_seal_that_keeps_failing_is_retried_and_then_reported_as_failed() {
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance instance = startDigital(onboardingId, Instant.now().plus(Duration.ofDays(30)));
        adapter().envelopeCompleted(onboardingId);
        doThrow(new IllegalStateException("keystore unreadable")).when(sealing).seal(onboardingId);

        for (int attempt = 1; attempt <= 5; attempt++) { // R5/PT1M: five tries, a minute apart
            Assertions.assertThat(adapter().sealingFailed(onboardingId)).as("attempt " + attempt).isFalse();
            String job = sealJob(instance).getId();
            assertThatThrownBy(() -> process.engine().getManagementService().executeJob(job))
                    .hasMessageContaining("keystore unreadable");
            if (attempt == 1) {
                Assertions.assertThat(sealJob(instance).getDuedate().toInstant()).as("the next try")
                        .isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
            }
        }

        Assertions.assertThat(adapter().sealingFailed(onboardingId)).isTrue();
        assertThat(instance).isWaitingAt(SigningProcess.TASK_SEAL);
        verify(sealing, never()).finish(any());
    }

    @Test
    void a_decline_puts_the_envelope_before_staff_who_extend_it_and_the_process_waits_again() {
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance instance = startDigital(onboardingId, Instant.now().plus(Duration.ofDays(30)));
        when(envelopes.situation(onboardingId)).thenReturn("Mevrouw O'Neill weigerde: \"te vroeg\"");

        adapter().signatureDeclined(onboardingId);

        Task decide = process.task(instance, SigningProcess.TASK_DECIDE);
        assertThat(decide).hasName("Besluit over ondertekening 's-Hertogenbosch")
                .hasCandidateGroup("programme-staff");
        Assertions.assertThat(process.tasks().getVariable(decide.getId(), SigningProcess.VAR_SITUATION))
                .isEqualTo("Mevrouw O'Neill weigerde: \"te vroeg\"");
        adapter().signatureDeclined(onboardingId);
        adapter().envelopeVoided(onboardingId);
        Assertions.assertThat(process.tasks().createTaskQuery().processInstanceId(instance.getId()).count())
                .as("a second decline or a void while staff decide changes nothing in the process").isOne();

        Envelope renewed = envelope(Instant.now().plus(Duration.ofDays(44)));
        when(envelopes.decide(eq(onboardingId), eq(SigningDecision.EXTEND), any(), any())).thenReturn(renewed);
        decide(decide, "extend");

        assertThat(instance).hasPassed(SigningProcess.TASK_APPLY_DECISION).isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        Assertions.assertThat(process.runtime().getVariables(instance.getId()))
                .containsEntry(SigningProcess.VAR_ENVELOPE_ID, renewed.id().toString())
                .doesNotContainKeys(SigningProcess.VAR_DECISION, SigningProcess.VAR_NOTE);
        Assertions.assertThat(process.due(instance, SigningProcess.TIMER_EXPIRY))
                .isEqualTo(Date.from(renewed.expiresAt()).toInstant());
    }

    @Test
    void an_expired_envelope_goes_to_staff_who_stop_the_signing() {
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance instance = startDigital(onboardingId, Instant.now().plus(Duration.ofDays(30)));

        Timers.fire(process.engine(), instance, SigningProcess.TIMER_EXPIRY);
        assertThat(instance).hasPassed(SigningProcess.TASK_EXPIRE).isWaitingAt(SigningProcess.TASK_DECIDE);
        verify(envelopes).expire(onboardingId);

        decide(process.task(instance, SigningProcess.TASK_DECIDE), "stop");

        assertThat(instance).isEnded().hasPassed(SigningProcess.END_STOPPED).variables()
                .containsEntry(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_STOPPED);
    }

    @Test
    void a_voided_envelope_goes_to_staff_who_switch_to_paper_and_record_the_paper_signing() {
        UUID onboardingId = UUID.randomUUID();
        ProcessInstance instance = startDigital(onboardingId, Instant.now().plus(Duration.ofDays(30)));

        adapter().envelopeVoided(onboardingId);
        decide(process.task(instance, SigningProcess.TASK_DECIDE), "paper");

        Task paper = process.task(instance, SigningProcess.TASK_RECORD_PAPER_SIGNING);
        assertThat(paper).hasName("Leg ondertekening vast 's-Hertogenbosch");
        process.tasks().complete(paper.getId(), withVariables(SigningProcess.VAR_SIGNED_ON, "2026-11-20",
                SigningProcess.VAR_PLACE, "Digitale bijeenkomst", SigningProcess.VAR_SIGNED_BY,
                "Jan \"Hans\" d'Ancona (wethouder)\nChloë van Dijk (bestuurder)"));

        assertThat(instance).isEnded().hasPassed(SigningProcess.TASK_COMPLETE_PAPER_SIGNING, SigningProcess.END_SIGNED)
                .variables().containsEntry(SigningProcess.VAR_OUTCOME, SigningProcess.OUTCOME_SIGNED);
        verify(signing).recordPaper(eq(onboardingId), eq(LocalDate.of(2026, 11, 20)), eq("Digitale bijeenkomst"),
                eq("Jan \"Hans\" d'Ancona (wethouder)\nChloë van Dijk (bestuurder)"), any());
    }

    @Test
    void a_paper_signing_goes_straight_to_staff_without_an_envelope() {
        UUID onboardingId = UUID.randomUUID();

        ProcessInstance instance = start(onboardingId, "paper");

        assertThat(instance).isWaitingAt(SigningProcess.TASK_RECORD_PAPER_SIGNING)
                .hasNotPassed(SigningProcess.TASK_PREPARE_ENVELOPE);
        verify(signing).start(onboardingId, SigningMethod.PAPER);
        verify(envelopes, never()).open(any());
    }

    private static CamundaSigningWorkflow adapter() {
        return new CamundaSigningWorkflow(process.runtime(), process.engine().getManagementService());
    }

    private static ProcessInstance startDigital(UUID onboardingId, Instant expires) {
        when(properties.reminderCycle()).thenReturn("R/P5D");
        Envelope envelope = envelope(expires);
        when(envelopes.open(onboardingId)).thenReturn(envelope);
        return start(onboardingId, "digital");
    }

    /** As the journey's call activity starts it: business key and variables. */
    private static ProcessInstance start(UUID onboardingId, String method) {
        return process.runtime().startProcessInstanceByKey(SigningProcess.KEY, onboardingId.toString(), Map.of(
                SigningProcess.VAR_ONBOARDING_ID, onboardingId.toString(), "municipalityName", "'s-Hertogenbosch",
                SigningProcess.VAR_METHOD, method));
    }

    private static Envelope envelope(Instant expires) {
        Envelope envelope = mock(Envelope.class);
        UUID id = UUID.randomUUID();
        when(envelope.id()).thenReturn(id);
        when(envelope.expiresAt()).thenReturn(expires);
        return envelope;
    }

    private static void decide(Task task, String decision) {
        process.tasks().complete(task.getId(), withVariables(SigningProcess.VAR_DECISION, decision,
                SigningProcess.VAR_NOTE, "Besproken met de wethouder"));
    }


    private static Job sealJob(ProcessInstance instance) {
        return process.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(SigningProcess.TASK_SEAL).singleResult();
    }

}
