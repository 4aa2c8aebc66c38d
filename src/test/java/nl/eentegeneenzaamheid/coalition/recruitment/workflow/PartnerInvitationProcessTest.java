package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.recruitment.InvitationProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.support.StandaloneProcessEngine;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code partner-invitation} on its own engine: the BPMN, its delegates and the recruitment's workflow adapter as they
 * are, the recruitment's service ({@link Invitations}) mocked. One instance per partner: answered, declined,
 * withdrawn, reminded after a week, expired after three.
 */
class PartnerInvitationProcessTest {

    static final Invitations invitations = mock(Invitations.class);

    @RegisterExtension
    static final StandaloneProcessEngine process = StandaloneProcessEngine.deploying("workflows/partner-invitation.bpmn")
            .with("partnerReminderDelegate", new PartnerReminderDelegate(invitations))
            .with("invitationExpiryDelegate", new InvitationExpiryDelegate(invitations))
            .resetting(invitations)
            .covering(InvitationProcess.KEY);

    final UUID onboardingId = UUID.randomUUID();

    @Test
    void a_sent_invitation_waits_for_the_answer_under_the_onboarding_as_business_key() {
        UUID invitationId = UUID.randomUUID();

        ProcessInstance instance = send(invitationId, "Welzijn \"De Brug\" 's-Hertogenbosch");

        assertThat(instance).isStarted().isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        Assertions.assertThat(instance.getBusinessKey()).isEqualTo(onboardingId.toString());
        assertThat(instance).variables().containsEntry(InvitationProcess.VAR_ORGANISATION_NAME,
                "Welzijn \"De Brug\" 's-Hertogenbosch").containsEntry(InvitationProcess.VAR_ONBOARDING_ID,
                onboardingId.toString());
        verifyNoInteractions(invitations);
    }

    @ParameterizedTest(name = "{0} ends at {1}")
    @CsvSource({
            InvitationProcess.MESSAGE_ACCEPTED + "," + InvitationProcess.END_ACCEPTED,
            InvitationProcess.MESSAGE_DECLINED + "," + InvitationProcess.END_DECLINED,
            InvitationProcess.MESSAGE_WITHDRAWN + "," + InvitationProcess.END_WITHDRAWN})
    void an_answer_or_a_withdrawal_ends_the_invitation_and_its_timers(String message, String end) {
        UUID invitationId = UUID.randomUUID();
        ProcessInstance instance = send(invitationId, "Stichting Sport");

        adapter().invitationEnded(invitationId, message);

        assertThat(instance).isEnded().hasPassed(end);
        Assertions.assertThat(process.jobs(instance)).as("no reminder, no expiry").isZero();
        verifyNoInteractions(invitations);
    }

    @Test
    void the_answer_of_one_partner_ends_only_that_partners_invitation() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        ProcessInstance firstInstance = send(first, "Welzijn");
        ProcessInstance secondInstance = send(second, "Woningcorporatie");

        adapter().invitationEnded(first, InvitationProcess.MESSAGE_ACCEPTED);

        assertThat(firstInstance).isEnded();
        assertThat(secondInstance).isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
    }

    @Test
    void a_week_without_answer_reminds_once_and_three_weeks_expire() {
        UUID invitationId = UUID.randomUUID();
        Instant sent = Instant.now();
        ProcessInstance instance = send(invitationId, "Zorggroep");
        Assertions.assertThat(process.due(instance, InvitationProcess.TIMER_REMINDER))
                .isBetween(sent.plus(Duration.ofDays(7)).minusSeconds(60), sent.plus(Duration.ofDays(7)).plusSeconds(60));
        Assertions.assertThat(process.due(instance, InvitationProcess.TIMER_EXPIRY))
                .isBetween(sent.plus(Duration.ofDays(21)).minusSeconds(60), sent.plus(Duration.ofDays(21)).plusSeconds(60));

        Timers.fire(process.engine(), instance, InvitationProcess.TIMER_REMINDER);
        assertThat(instance).hasPassed(InvitationProcess.TASK_REMIND, InvitationProcess.END_REMINDED)
                .isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        verify(invitations).remind(invitationId);
        Assertions.assertThat(process.jobs(instance)).as("no second reminder, the expiry still ahead").isOne();

        Timers.fire(process.engine(), instance, InvitationProcess.TIMER_EXPIRY);
        assertThat(instance).isEnded().hasPassed(InvitationProcess.TASK_EXPIRE, InvitationProcess.END_EXPIRED);
        verify(invitations).expire(invitationId);
    }

    @Test
    void a_reminder_that_fails_is_retried_and_the_invitation_keeps_waiting() {
        UUID invitationId = UUID.randomUUID();
        ProcessInstance instance = send(invitationId, "Buurthuis");
        doThrow(new IllegalStateException("database away")).when(invitations).remind(any());

        assertThatThrownBy(() -> Timers.fire(process.engine(), instance, InvitationProcess.TIMER_REMINDER))
                .hasMessageContaining("database away");

        assertThat(instance).isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        Job reminder = process.engine().getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(InvitationProcess.TIMER_REMINDER).singleResult();
        Assertions.assertThat(reminder.getRetries()).as("retried by the job executor").isEqualTo(2);
    }

    private CamundaRecruitmentWorkflow adapter() {
        return new CamundaRecruitmentWorkflow(process.runtime());
    }

    private ProcessInstance send(UUID invitationId, String organisationName) {
        adapter().invitationSent(onboardingId, invitationId, organisationName);
        return process.runtime().createProcessInstanceQuery()
                .variableValueEquals(InvitationProcess.VAR_INVITATION_ID, invitationId.toString()).singleResult();
    }


}
