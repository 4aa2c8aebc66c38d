package nl.eentegeneenzaamheid.coalition.recruitment.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationProcess;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partner;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerStatus;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code partner-invitation} end to end on the real stack: one instance per partner, answered, withdrawn, reminded or
 * expired, with the partner's status and the events it causes. Timers are driven by executing their jobs.
 * Noordoostpolder recruits. The process logic alone, with its flow-node coverage, is
 * {@link PartnerInvitationProcessTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired JdbcTemplate jdbc;

    UUID onboardingId;

    @BeforeAll
    void noordoostpolderRecruits() {
        onboardingId = Staff.recruiting(intake, processEngine, "GM0171");
    }

    @BeforeEach
    void useTheApplicationsEngine() {
        init(processEngine);
    }

    @Test
    void each_partner_gets_its_own_invitation_waiting_in_parallel() {
        Partners.Proposal first = propose("Welzijn Noordoostpolder", PartnerType.WELFARE);
        Partners.Proposal second = propose("Mercatus Wonen", PartnerType.HOUSING);

        assertThat(process(first)).isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        assertThat(process(second)).isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        Assertions.assertThat(process(first).getId()).isNotEqualTo(process(second).getId());
        Assertions.assertThat(process(first).getBusinessKey()).isEqualTo(onboardingId.toString());
        Assertions.assertThat(first.invitation().token()).isNotEqualTo(second.invitation().token());
    }

    @Test
    void an_accepted_invitation_ends_and_names_the_signer() {
        Partners.Proposal proposal = propose("Stichting Sport Noordoostpolder", PartnerType.SPORT_AND_CULTURE);
        ProcessInstance process = process(proposal);

        invitations.accept(proposal.invitation().token(), "Piet Jansen", "voorzitter");

        assertThat(process).isEnded().hasPassed(InvitationProcess.END_ACCEPTED);
        Assertions.assertThat(status(proposal)).isEqualTo(PartnerStatus.ACCEPTED);
    }

    @Test
    void a_declined_invitation_ends() {
        Partners.Proposal proposal = propose("Bibliotheek Emmeloord", PartnerType.COMMUNITY_CENTRE);
        ProcessInstance process = process(proposal);

        invitations.decline(proposal.invitation().token(), "Geen capaciteit dit jaar.");

        assertThat(process).isEnded().hasPassed(InvitationProcess.BOUNDARY_DECLINED, InvitationProcess.END_DECLINED);
        Assertions.assertThat(status(proposal)).isEqualTo(PartnerStatus.DECLINED);
    }

    @Test
    void a_withdrawn_invitation_ends() {
        Partners.Proposal proposal = propose("Kerkelijk Netwerk", PartnerType.FAITH);
        ProcessInstance process = process(proposal);

        invitations.withdraw(onboardingId, proposal.partner().id(), "Dubbel voorgesteld.", "anna");

        assertThat(process).isEnded().hasPassed(InvitationProcess.BOUNDARY_WITHDRAWN, InvitationProcess.END_WITHDRAWN);
        Assertions.assertThat(status(proposal)).isEqualTo(PartnerStatus.WITHDRAWN);
    }

    @Test
    void a_week_without_answer_reminds_and_three_weeks_expire() {
        Partners.Proposal proposal = propose("Zorggroep Emmeloord", PartnerType.CARE);
        ProcessInstance process = process(proposal);

        Timers.fire(processEngine, process, InvitationProcess.TIMER_REMINDER);
        assertThat(process).hasPassed(InvitationProcess.TASK_REMIND, InvitationProcess.END_REMINDED)
                .isWaitingAt(InvitationProcess.WAIT_FOR_ANSWER);
        Assertions.assertThat(eventTypes(proposal)).contains("partner-reminded.v1");

        Timers.fire(processEngine, process, InvitationProcess.TIMER_EXPIRY);
        assertThat(process).isEnded().hasPassed(InvitationProcess.TASK_EXPIRE, InvitationProcess.END_EXPIRED);
        Assertions.assertThat(status(proposal)).isEqualTo(PartnerStatus.EXPIRED);
        Assertions.assertThat(eventTypes(proposal)).endsWith("partner-invitation-expired.v1");
    }


    private Partners.Proposal propose(String name, PartnerType type) {
        return partners.propose(onboardingId, new ProposePartner(name, type, null, "Contact " + name,
                "contact@example.nl"), "gemeente-api");
    }

    /** The running invitation process of this proposal. */
    private ProcessInstance process(Partners.Proposal proposal) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(InvitationProcess.KEY)
                .variableValueEquals(InvitationProcess.VAR_INVITATION_ID, proposal.invitation().invitationId().toString())
                .singleResult();
    }

    private PartnerStatus status(Partners.Proposal proposal) {
        return partners.of(onboardingId).stream().filter(p -> p.id().equals(proposal.partner().id()))
                .map(Partner::status).findFirst().orElseThrow();
    }

    private List<String> eventTypes(Partners.Proposal proposal) {
        return jdbc.queryForList("select substring(event_type from 'coalition\\.(.*)$') from outbox_event "
                + "where payload like ? order by position", String.class, "%" + proposal.partner().id() + "%");
    }
}
