package nl.eentegeneenzaamheid.coalition.journey.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.meetings.Audience;
import nl.eentegeneenzaamheid.coalition.meetings.Meetings;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerType;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.recruitment.RecruitmentProcess;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.JourneyAssert;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey end to end on the real stack: {@code municipality-onboarding} driven as staff drive it in Tasklist and
 * as municipalities drive it through the API, with camunda-bpm-assert, the real services, the database and the
 * outbox. Timers are driven by executing their jobs, never by waiting. The process logic alone, with its flow-node
 * coverage, is {@link MunicipalityOnboardingProcessTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired IntakeService intake;
    @Autowired IntentReview review;
    @Autowired Journeys journeys;
    @Autowired Meetings meetings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired Signing signing;
    @Autowired CentralOnboarding centralOnboarding;
    @Autowired Envelopes envelopes;

    @BeforeEach
    void useTheApplicationsEngine() {
        init(processEngine);
    }

    @AfterEach
    void logOut() {
        processEngine.getIdentityService().clearAuthentication();
    }

    @Test
    void staff_get_a_review_task_for_the_municipality() {
        ProcessInstance process = registerIntentOf("GM0796");

        journey(process).isStarted().isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(process.getId(),
                OnboardingProcess.VAR_ALDERMAN_NAME)).as("shown in the review form").isEqualTo("De Wethouder");
        Task withForm = processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(process.getBusinessKey()).initializeFormKeys().singleResult();
        assertThat(withForm).hasName("Beoordeel intentie 's-Hertogenbosch")
                .hasCandidateGroup(IntentReviewProcess.GROUP_STAFF).isNotAssigned();
        Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("review-intent");
        Assertions.assertThat(withForm.getDueDate().toInstant()).isBetween(
                Instant.now().plus(Duration.ofDays(5)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(5)).plusSeconds(60));
    }

    @Test
    void an_approved_intent_moves_the_municipality_to_recruitment() {
        ProcessInstance process = registerIntentOf("GM0202");

        completeReview(process, "approve", null);

        journey(process).hasPassedInOrder(IntentReviewProcess.TASK_REVIEW_INTENT,
                IntentReviewProcess.TASK_RECORD_REVIEW).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.RECRUITMENT);
        Assertions.assertThat(eventsOf("GM0202")).containsExactly("intent-registered.v1", "intent-approved.v1");
        Assertions.assertThat(payloadOf("GM0202", "intent-approved.v1")).contains("\"reviewedBy\":\"anna\"");
    }

    @Test
    void a_rejected_intent_ends_the_journey_and_frees_the_municipality_for_a_new_intent() {
        ProcessInstance process = registerIntentOf("GM0268");

        completeReview(process, "reject", "Er is nog geen wethouder verantwoordelijk voor eenzaamheid.");

        assertThat(process).isEnded().hasPassed(OnboardingProcess.END_REJECTED);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.REJECTED);
        Assertions.assertThat(journeys.get(onboardingId(process)).closedAt()).isNotNull();
        Assertions.assertThat(payloadOf("GM0268", "intent-rejected.v1"))
                .contains("Er is nog geen wethouder verantwoordelijk voor eenzaamheid.");
        Assertions.assertThat(journeys.findOpen("GM0268")).isEmpty();
        journey(registerIntentOf("GM0268")).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_changes_nothing() {
        ProcessInstance process = registerIntentOf("GM0503");

        assertThatThrownBy(() -> completeReview(process, "reject", "  "))
                .hasMessageContaining("A rejection needs a reason");

        journey(process).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.INTENT_REVIEW);
        Assertions.assertThat(eventsOf("GM0503")).containsExactly("intent-registered.v1");
    }

    @Test
    void a_question_waits_for_the_answer_with_a_reminder_after_a_week_and_a_follow_up_after_two() {
        ProcessInstance process = registerIntentOf("GM0546");
        UUID onboardingId = onboardingId(process);

        // when staff ask a question
        completeReview(process, "request-information", "Welke partners heeft u al benaderd?");

        // then the journey waits for the answer, with two timers
        journey(process).isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.INFORMATION_REQUESTED);
        Assertions.assertThat(payloadOf("GM0546", "information-requested.v1"))
                .contains("Welke partners heeft u al benaderd?");

        // when a week passes: a reminder
        Timers.fire(processEngine, process, IntentReviewProcess.TIMER_INFORMATION_REMINDER);
        Assertions.assertThat(eventsOf("GM0546")).endsWith("information-reminded.v1");
        journey(process).hasPassed(IntentReviewProcess.END_INFORMATION_REMINDED)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);

        // when two weeks pass: a follow-up task for staff
        Timers.fire(processEngine, process, IntentReviewProcess.TIMER_INFORMATION_FOLLOW_UP);
        Task followUp = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(IntentReviewProcess.TASK_FOLLOW_UP_INFORMATION).singleResult();
        Assertions.assertThat(followUp.getName()).isEqualTo("Volg intentie op Leiden");
        assertThat(followUp).hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);

        // when the municipality answers, the follow-up closes by itself and the intent is back in review
        review.provideInformation(onboardingId, "Humanitas, de woningcorporatie en twee wijkcentra.", "gemeente-api");
        journey(process).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT)
                .hasPassed(IntentReviewProcess.WAIT_FOR_INFORMATION);
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery().taskId(followUp.getId()).count())
                .isZero();
        Assertions.assertThat(variableOfPart(process,
                OnboardingProcess.VAR_REVIEW_DECISION)).as("the form starts empty again").isNull();
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.INTENT_REVIEW);

        // and staff can now approve
        completeReview(process, "approve", null);
        journey(process).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(eventsOf("GM0546")).containsExactly("intent-registered.v1",
                "information-requested.v1", "information-reminded.v1", "information-provided.v1",
                "intent-approved.v1");
        Assertions.assertThat(journeys.timeline(onboardingId)).extracting(entry -> entry.kind()).containsExactly(
                "intent-registered", "information-requested", "information-reminded", "information-provided",
                "intent-approved");
    }

    @Test
    void an_answer_before_any_timer_cancels_the_reminder_and_the_follow_up() {
        ProcessInstance process = registerIntentOf("GM0599");
        completeReview(process, "request-information", "Staat eenzaamheid in het collegeprogramma?");

        review.provideInformation(onboardingId(process), "Ja, sinds 2026.", "gemeente-api");

        journey(process).isWaitingAt(IntentReviewProcess.TASK_REVIEW_INTENT);
        Assertions.assertThat(jobsOf(process)).isZero();
    }

    @Test
    void a_completed_follow_up_keeps_the_journey_waiting_for_the_answer() {
        ProcessInstance process = registerIntentOf("GM0758");
        completeReview(process, "request-information", "Wie is de contactpersoon?");
        Timers.fire(processEngine, process, IntentReviewProcess.TIMER_INFORMATION_FOLLOW_UP);

        Task followUp = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(IntentReviewProcess.TASK_FOLLOW_UP_INFORMATION).singleResult();
        processEngine.getTaskService().complete(followUp.getId());

        journey(process).hasPassed(IntentReviewProcess.END_INFORMATION_FOLLOWED_UP)
                .isWaitingAt(IntentReviewProcess.WAIT_FOR_INFORMATION);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.INFORMATION_REQUESTED);
    }

    @Test
    void a_coalition_of_three_partners_of_two_kinds_is_ready_when_recruitment_is_complete() {
        ProcessInstance process = recruiting("GM0988");
        UUID onboardingId = onboardingId(process);
        accept(onboardingId, "Welzijn", PartnerType.WELFARE);
        accept(onboardingId, "Woningcorporatie", PartnerType.HOUSING);
        accept(onboardingId, "Basisschool", PartnerType.EDUCATION);
        decline(onboardingId, "Sportclub");

        recruitment.complete(onboardingId, "gemeente-api");

        journey(process).hasPassedInOrder(RecruitmentProcess.TASK_COUNT_PARTNERS,
                RecruitmentProcess.TASK_ASSESS_READINESS, RecruitmentProcess.TASK_RECORD_ASSESSMENT)
                .isWaitingAt(OnboardingProcess.CALL_SIGNING);
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.SIGNING);
        Assertions.assertThat(payloadOf(process.getBusinessKey(), "coalition-assessed.v1"))
                .contains("\"acceptedPartners\":3").contains("\"ready\":true");
    }

    @Test
    void staff_decide_about_a_coalition_that_is_not_ready_continue() {
        ProcessInstance process = notReady("GM0994");

        completeCoalitionDecision(process, "continue", null);

        journey(process).hasPassed(RecruitmentProcess.TASK_RECORD_COALITION_DECISION)
                .isWaitingAt(OnboardingProcess.CALL_SIGNING);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.SIGNING);
    }

    @Test
    void staff_record_a_paper_signing_with_its_scan_and_the_journey_moves_to_onboarding() {
        ProcessInstance process = notReady("GM0928");
        UUID onboardingId = onboardingId(process);
        completeCoalitionDecision(process, "continue", "De gemeente tekent met haar ene partner.", "paper");
        ProcessInstance call = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(call).isWaitingAt(SigningProcess.TASK_RECORD_PAPER_SIGNING).hasBusinessKey(onboardingId.toString());
        assertThat(task(call)).hasName("Leg ondertekening vast Kerkrade").hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);
        Assertions.assertThat(payloadOf("GM0928", "signing-started.v1")).contains("\"role\":\"wethouder\"")
                .contains("\"organisation\":\"Enige partner\"");

        // without the scan the form is refused and nothing changes
        assertThatThrownBy(() -> completePaperSigning(call, "2026-11-20")).hasMessageContaining("Upload the scan");
        assertThat(call).isWaitingAt(SigningProcess.TASK_RECORD_PAPER_SIGNING);

        String sha256 = signing.storeScan(onboardingId, "akkoord.pdf", TestDocuments.pdf("ondertekend"), "anna");
        assertThatThrownBy(() -> completePaperSigning(call, "2999-01-01")).hasMessageContaining("future");
        completePaperSigning(call, "2026-11-20");

        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED);
        journey(process).hasPassed(OnboardingProcess.CALL_SIGNING)
                .isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
        assertThat(process).variables().containsEntry(SigningProcess.VAR_OUTCOME, "signed");
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.ONBOARDING);
        Assertions.assertThat(payloadOf("GM0928", "signing-completed.v1")).contains(sha256)
                .contains("\"method\":\"PAPER\"").contains("\"signedOn\":\"2026-11-20\"");
    }

    @Test
    void staff_stop_the_journey_while_it_is_being_signed() {
        ProcessInstance process = notReady("GM0168");
        completeCoalitionDecision(process, "continue", null);
        ProcessInstance call = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(call).as("digital by default").isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        UUID envelopeId = envelopes.current(onboardingId(process)).orElseThrow().id();

        envelopes.voidEnvelope(envelopeId, "De gemeente trekt zich terug.", Actor.staff("anna"));
        Staff.complete(processEngine, task(call).getId(), withVariables(SigningProcess.VAR_DECISION, "stop",
                SigningProcess.VAR_NOTE, "De gemeente trekt zich terug."));

        journey(process).isEnded().hasPassed(OnboardingProcess.GATEWAY_SIGNING_OUTCOME,
                OnboardingProcess.END_STOPPED_AT_SIGNING);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.STOPPED);
    }

    @Test
    void staff_decide_about_a_coalition_that_is_not_ready_extend_then_the_deadline_passes() {
        ProcessInstance process = notReady("GM1640");

        completeCoalitionDecision(process, "extend", "Nodig nog een school en een kerk uit.");
        journey(process).isWaitingAt(RecruitmentProcess.WAIT_FOR_RECRUITMENT);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.RECRUITMENT);

        Timers.fire(processEngine, process, RecruitmentProcess.TIMER_RECRUITMENT_DEADLINE);
        journey(process).hasPassed(RecruitmentProcess.TASK_CLOSE_RECRUITMENT)
                .isWaitingAt(RecruitmentProcess.TASK_DECIDE_ON_COALITION);
        Assertions.assertThat(variableOfPart(process,
                RecruitmentProcess.VAR_COALITION_DECISION)).as("the form starts empty again").isNull();
    }

    @Test
    void staff_decide_about_a_coalition_that_is_not_ready_stop() {
        ProcessInstance process = notReady("GM1641");

        assertThatThrownBy(() -> completeCoalitionDecision(process, "stop", null))
                .hasMessageContaining("Stopping needs a reason");
        completeCoalitionDecision(process, "stop", "Geen partners gevonden; probeer het volgend jaar opnieuw.");

        journey(process).isEnded().hasPassed(OnboardingProcess.END_STOPPED);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.STOPPED);
        Assertions.assertThat(journeys.findOpen("GM1641")).isEmpty();
    }

    @Test
    void the_central_team_onboards_a_signed_municipality_until_it_has_joined() {
        ProcessInstance process = signed("GM0917");
        UUID onboardingId = onboardingId(process);

        assertThat(taskOf(process)).hasName("Wijs adviseur toe aan Heerlen")
                .hasCandidateGroup(CentralOnboardingProcess.GROUP_ADVISORS);
        Staff.completeAsAdviser(processEngine, taskOf(process).getId(),
                withVariables(CentralOnboardingProcess.VAR_ADVISER, "Bram Jansen"));
        journey(process).isWaitingAt(CentralOnboardingProcess.TASK_SCHEDULE_KICKOFF);
        Staff.completeAsAdviser(processEngine, taskOf(process).getId(), withVariables(
                CentralOnboardingProcess.VAR_KICKOFF_ON, "2027-01-15", CentralOnboardingProcess.VAR_KICKOFF_PLACE,
                "Stadhuis Heerlen"));
        journey(process).isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        Timers.fire(processEngine, process, CentralOnboardingProcess.TIMER_LOCAL_PLAN_REMINDER);
        journey(process).hasPassed(CentralOnboardingProcess.END_LOCAL_PLAN_REMINDED)
                .isWaitingAt(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);

        // no aldermen's meeting is planned: the journey waits for one
        meetings.list(false).forEach(meeting -> meetings.cancel(meeting.id(), "Opnieuw gepland", "anna"));
        centralOnboarding.receiveLocalPlan(onboardingId, "lokaal-plan.pdf", TestDocuments.pdf("plan"),
                "gemeente-api");
        journey(process).isWaitingAt(CentralOnboardingProcess.WAIT_FOR_MEETING);
        Assertions.assertThat(jobsOf(process)).as("no more reminders once the plan is in").isZero();
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.ONBOARDING);

        // staff member anna schedules a meeting for Limburg, as the engine's authenticated user (as from Tasklist):
        // Heerlen's alderman is invited and the journey goes on, though anna may not touch journeys herself
        processEngine.getIdentityService().setAuthentication("anna", List.of("programme-staff"));
        UUID meetingId;
        try {
            meetingId = meetings.schedule(new Meetings.Schedule("Samen aan de slag tegen eenzaamheid in Limburg",
                    Instant.now().plus(Duration.ofDays(40)), Instant.now().plus(Duration.ofDays(40)).plus(
                    Duration.ofHours(2)), "Maastricht", null, 80, null, null, Audience.PROVINCES, List.of("Limburg"),
                    List.of()), "anna");
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }

        journey(process).isEnded().hasPassed(CentralOnboardingProcess.WAIT_FOR_MEETING,
                CentralOnboardingProcess.GATEWAY_MEETING_FOUND, CentralOnboardingProcess.TASK_COMPLETE,
                CentralOnboardingProcess.END_JOINED);
        Assertions.assertThat(journeys.get(onboardingId).stage()).isEqualTo(Stage.JOINED);
        Assertions.assertThat(eventsOf("GM0917")).containsSubsequence("signing-completed.v1", "adviser-assigned.v1",
                "kickoff-scheduled.v1", "local-plan-reminded.v1", "local-plan-received.v1", "alderman-invited.v1",
                "onboarding-completed.v1");
        Assertions.assertThat(payloadOf("GM0917", "alderman-invited.v1")).contains("\"meetingId\":\"" + meetingId)
                .contains("\"meetingPlace\":\"Maastricht\"");
        Assertions.assertThat(meetings.invitations(meetingId)).anyMatch(invitation -> invitation.municipalityCode()
                .equals("GM0917"));
    }

    @Test
    void a_local_plan_that_comes_while_the_advisers_are_still_at_work_is_not_waited_for() {
        ProcessInstance process = signed("GM0899");
        UUID onboardingId = onboardingId(process);
        journey(process).isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);

        centralOnboarding.receiveLocalPlan(onboardingId, "Lokaal plan Brunssum.pdf", TestDocuments.pdf("plan"),
                "gemeente-api");
        journey(process).isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);

        Staff.completeAsAdviser(processEngine, taskOf(process).getId(),
                withVariables(CentralOnboardingProcess.VAR_ADVISER, "Bram Jansen"));
        Staff.completeAsAdviser(processEngine, taskOf(process).getId(), withVariables(
                CentralOnboardingProcess.VAR_KICKOFF_ON, "2027-01-20", CentralOnboardingProcess.VAR_KICKOFF_PLACE,
                "Raadhuis Brunssum"));

        journey(process).hasPassed(CentralOnboardingProcess.GATEWAY_LOCAL_PLAN_IN,
                CentralOnboardingProcess.TASK_INVITE_ALDERMAN).hasNotPassed(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN);
        Assertions.assertThat(eventsOf("GM0899")).containsSubsequence("local-plan-received.v1", "adviser-assigned.v1",
                "kickoff-scheduled.v1");
        Assertions.assertThat(eventsOf("GM0899")).filteredOn("local-plan-received.v1"::equals).hasSize(1);
    }


    private void completePaperSigning(ProcessInstance call, String signedOn) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(call.getId()).singleResult();
        Staff.complete(processEngine, task.getId(), withVariables(SigningProcess.VAR_SIGNED_ON, signedOn,
                SigningProcess.VAR_PLACE, "Digitale bijeenkomst",
                SigningProcess.VAR_SIGNED_BY, "De Wethouder (wethouder)\nOndertekenaar (bestuurder)"));
    }

    private ProcessInstance recruiting(String municipalityCode) {
        ProcessInstance process = registerIntentOf(municipalityCode);
        completeReview(process, "approve", null);
        return process;
    }

    /** Through recruitment, a decision to continue and a paper signing: the central team's turn. */
    private ProcessInstance signed(String municipalityCode) {
        ProcessInstance process = notReady(municipalityCode);
        completeCoalitionDecision(process, "continue", null, "paper");
        ProcessInstance call = processEngine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        signing.storeScan(onboardingId(process), "akkoord.pdf", TestDocuments.pdf("akkoord"), "anna");
        completePaperSigning(call, "2026-11-20");
        return process;
    }

    /** Recruitment completed with one partner: not ready, staff must decide. */
    private ProcessInstance notReady(String municipalityCode) {
        ProcessInstance process = recruiting(municipalityCode);
        accept(onboardingId(process), "Enige partner", PartnerType.OTHER);
        recruitment.complete(onboardingId(process), "gemeente-api");
        journey(process).isWaitingAt(RecruitmentProcess.TASK_DECIDE_ON_COALITION);
        Assertions.assertThat(journeys.get(onboardingId(process)).stage()).isEqualTo(Stage.READINESS_REVIEW);
        Assertions.assertThat(variableOfPart(process,
                RecruitmentProcess.VAR_PARTNER_OVERVIEW)).isEqualTo("Enige partner (OTHER): ACCEPTED");
        return process;
    }

    private void accept(UUID onboardingId, String name, PartnerType type) {
        Partners.Proposal proposal = partners.propose(onboardingId, new ProposePartner(name, type, null, "Contact",
                "contact@example.nl"), "gemeente-api");
        invitations.accept(proposal.invitation().token(), "Ondertekenaar", "bestuurder");
    }

    private void decline(UUID onboardingId, String name) {
        Partners.Proposal proposal = partners.propose(onboardingId, new ProposePartner(name, PartnerType.OTHER, null,
                "Contact", "contact@example.nl"), "gemeente-api");
        invitations.decline(proposal.invitation().token(), "Geen tijd");
    }

    private void completeCoalitionDecision(ProcessInstance process, String decision, String note) {
        completeCoalitionDecision(process, decision, note, null);
    }

    private void completeCoalitionDecision(ProcessInstance process, String decision, String note, String method) {
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(RecruitmentProcess.TASK_DECIDE_ON_COALITION).singleResult();
        Map<String, Object> form = new java.util.HashMap<>(withVariables(RecruitmentProcess.VAR_COALITION_DECISION,
                decision));
        if (note != null) {
            form.put(RecruitmentProcess.VAR_COALITION_NOTE, note);
        }
        if (method != null) {
            form.put(SigningProcess.VAR_METHOD, method);
        }
        Staff.complete(processEngine, task.getId(), form);
    }

    private ProcessInstance registerIntentOf(String municipalityCode) {
        UUID onboardingId = intake.registerIntent(new RegisterIntent(municipalityCode,
                        new RegisterIntent.Person("De Wethouder", "wethouder@example.nl", null),
                        new RegisterIntent.Person("De Ambtenaar", "ambtenaar@example.nl", null), true,
                        "Wij doen mee."), null, Channel.API, "gemeente-api").onboardingId();
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(onboardingId.toString()).processDefinitionKey(OnboardingProcess.KEY).singleResult();
    }

    /** The one open task of the journey, in whichever of its processes it is. */
    private Task taskOf(ProcessInstance process) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .singleResult();
    }

    private JourneyAssert journey(ProcessInstance process) {
        return JourneyAssert.of(processEngine, process);
    }

    /** A variable of the journey's part under way (the called process that holds it), or null. */
    private Object variableOfPart(ProcessInstance process, String name) {
        return journey(process).instances().stream()
                .filter(id -> processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id)
                        .count() > 0)
                .map(id -> processEngine.getRuntimeService().getVariable(id, name))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The jobs (timers) of the journey and of every process it called. */
    private long jobsOf(ProcessInstance process) {
        return journey(process).instances().stream().mapToLong(id -> processEngine.getManagementService()
                .createJobQuery().processInstanceId(id).count()).sum();
    }

    private void completeReview(ProcessInstance process, String decision, String note) {
        Task reviewTask = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(process.getBusinessKey())
                .taskDefinitionKey(IntentReviewProcess.TASK_REVIEW_INTENT).singleResult();
        Map<String, Object> form = note == null
                ? withVariables(OnboardingProcess.VAR_REVIEW_DECISION, decision)
                : withVariables(OnboardingProcess.VAR_REVIEW_DECISION, decision, IntentReviewProcess.VAR_REVIEW_NOTE, note);
        Staff.complete(processEngine, reviewTask.getId(), form);
    }


    private static UUID onboardingId(ProcessInstance process) {
        return UUID.fromString(process.getBusinessKey());
    }

    private List<String> eventsOf(String municipalityCode) {
        return jdbc.queryForList("select substring(event_type from 'coalition\\.(.*)$') from outbox_event "
                + "where message_key = ? order by position", String.class, municipalityCode);
    }

    private String payloadOf(String municipalityCodeOrOnboardingId, String type) {
        return jdbc.queryForObject("select payload from outbox_event where (message_key = ? or payload like ?) "
                + "and event_type like ? order by position desc limit 1", String.class, municipalityCodeOrOnboardingId,
                "%" + municipalityCodeOrOnboardingId + "%", "%" + type);
    }
}
