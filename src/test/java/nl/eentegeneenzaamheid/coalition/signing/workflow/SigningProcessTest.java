package nl.eentegeneenzaamheid.coalition.signing.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReviewProcess;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingProcess;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeStatus;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import nl.eentegeneenzaamheid.coalition.signing.SignerRole;
import nl.eentegeneenzaamheid.coalition.signing.SignerStatus;
import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningLinkException;
import nl.eentegeneenzaamheid.coalition.signing.SigningOrder;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.seal.SealVerifier;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.JourneyAssert;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import nl.eentegeneenzaamheid.coalition.support.Timers;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code coalition-signing}, every path: everyone signs (in parallel and in order), a decline and each staff choice,
 * expiry and each choice, a void, reminders. Signers act as they would: the link and the code come from their mail.
 * Timers and the sealing job are driven by executing their jobs, never by waiting. End to end on the real stack; the
 * process logic alone, with its flow-node coverage, is {@link CoalitionSigningProcessTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningProcessTest {

    private static final Actor BROWSER = Actor.link("192.0.2.10", "Mozilla/5.0 (JUnit)");

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired Envelopes envelopes;
    @Autowired SignerLinks links;
    @Autowired AuditTrail audit;
    @Autowired Signing signing;
    @Autowired Journeys journeys;
    @Autowired JdbcTemplate jdbc;

    SigningFixture fixture;

    @BeforeAll
    void fixture() {
        fixture = new SigningFixture(engine, intake, partners, invitations, recruitment, mailServer.greenMail());
    }

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @Test
    void everyone_signs_in_parallel_the_document_is_sealed_and_the_journey_moves_to_onboarding() {
        SigningFixture.Coalition coalition = fixture.signing("GM0085");
        ProcessInstance call = call(coalition);
        assertThat(call).hasPassedInOrder(SigningProcess.TASK_START_SIGNING, SigningProcess.TASK_PREPARE_ENVELOPE)
                .isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        Envelope envelope = envelopes.current(coalition.onboardingId()).orElseThrow();
        Assertions.assertThat(envelope.signers()).hasSize(4).allMatch(s -> s.status() == SignerStatus.SENT);
        Assertions.assertThat(envelope.order()).isEqualTo(SigningOrder.PARALLEL);

        for (Mailbox signer : coalition.signers()) {
            sign(signer, signer.signingToken(1));
        }

        Assertions.assertThat(envelopes.get(envelope.id()).status()).isEqualTo(EnvelopeStatus.COMPLETED);
        assertThat(call).isWaitingAt(SigningProcess.TASK_SEAL);
        sealingJob(call);
        assertThat(call).isEnded().hasPassedInOrder(SigningProcess.TASK_SEAL, SigningProcess.TASK_COMPLETE_DIGITAL,
                SigningProcess.END_SIGNED_DIGITALLY);
        JourneyAssert.of(engine, coalition.process()).isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
        Assertions.assertThat(journeys.get(coalition.onboardingId()).stage()).isEqualTo(Stage.ONBOARDING);

        Envelope sealed = envelopes.get(envelope.id());
        byte[] pdf = envelopes.downloadCertificate(envelope.id(), Actor.staff("anna")).content();
        SealVerifier.Report report = SealVerifier.verify(pdf);
        Assertions.assertThat(report.valid()).as(report.message()).isTrue();
        Assertions.assertThat(report.developmentSeal()).isTrue();
        Assertions.assertThat(Digests.sha256(pdf)).isEqualTo(sealed.sealedDocumentSha256());
        Assertions.assertThat(audit.verify(envelope.id()).valid()).isTrue();
        Assertions.assertThat(audit.entries(envelope.id())).extracting(e -> e.action()).containsSubsequence(
                "created", "sent", "opened", "code-sent", "code-verified", "signed", "completed", "sealed",
                "downloaded");

        String aldermansLink = coalition.alderman().signingToken(1);
        Assertions.assertThat(links.status(aldermansLink).sealedDocumentAvailable()).isTrue();
        Assertions.assertThat(links.downloadSealedDocument(aldermansLink, BROWSER).content()).isEqualTo(pdf);
        Mailbox.Mail done = coalition.contact().await("Ondertekend", 1);
        Assertions.assertThat(done.attachments()).singleElement().asString().endsWith("-ondertekend.pdf");
        coalition.signers().forEach(signer -> signer.await("Ondertekend", 1));
        Assertions.assertThat(payload(coalition.onboardingId(), "signing-completed.v1"))
                .contains("\"method\":\"DIGITAL\"").contains(sealed.documentSha256())
                .contains(sealed.sealedDocumentSha256()).doesNotContain("ondertekenen/");
        Assertions.assertThat(count(coalition.onboardingId(), "signature-recorded.v1")).isEqualTo(4);
        Assertions.assertThat(count(coalition.onboardingId(), "signing-request-sent.v1")).isEqualTo(4);
    }

    @Test
    void signing_in_order_the_alderman_last_is_asked_once_every_partner_has_signed() {
        SigningFixture.Coalition coalition = fixture.signing("GM0086");
        ProcessInstance call = call(coalition);
        Envelope envelope = envelopes.current(coalition.onboardingId()).orElseThrow();
        String aldermansFirstLink = coalition.alderman().signingToken(1);

        envelopes.changeOrder(envelope.id(), SigningOrder.ALDERMAN_LAST, Actor.staff("anna"));

        Assertions.assertThat(signer(envelope.id(), SignerRole.ALDERMAN).status()).isEqualTo(SignerStatus.WAITING);
        assertThatThrownBy(() -> links.open(aldermansFirstLink, BROWSER)).isInstanceOf(SigningLinkException.class)
                .extracting(e -> ((SigningLinkException) e).reason()).isEqualTo(SigningLinkException.Reason.UNKNOWN);
        for (Mailbox partner : coalition.partners()) {
            sign(partner, partner.signingToken(1));
        }
        Assertions.assertThat(signer(envelope.id(), SignerRole.ALDERMAN).status()).isEqualTo(SignerStatus.SENT);
        Assertions.assertThat(signer(envelope.id(), SignerRole.ALDERMAN).round()).isEqualTo(2);
        sign(coalition.alderman(), coalition.alderman().signingToken(2));

        sealingJob(call);
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED_DIGITALLY);
        Envelope done = envelopes.get(envelope.id());
        Envelope.Signer alderman = done.signers().stream().filter(s -> s.role() == SignerRole.ALDERMAN).findFirst()
                .orElseThrow();
        Assertions.assertThat(done.signers()).filteredOn(s -> s.role() == SignerRole.PARTNER)
                .allMatch(p -> p.signedAt().isBefore(alderman.signedAt()));
    }

    @Test
    void a_decline_is_told_at_once_and_staff_extend_the_decliner_is_asked_again() {
        SigningFixture.Coalition coalition = fixture.signing("GM0096");
        Mailbox decliner = coalition.partners().get(1);
        sign(coalition.alderman(), coalition.alderman().signingToken(1));

        links.decline(decliner.signingToken(1), "Ons bestuur moet eerst instemmen.", BROWSER);

        ProcessInstance call = call(coalition);
        assertThat(call).hasPassed(SigningProcess.EVENT_DECLINED).isWaitingAt(SigningProcess.TASK_DECIDE);
        assertThat(task(call)).hasName("Besluit over ondertekening Vlieland").hasCandidateGroup(IntentReviewProcess.GROUP_STAFF);
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(call.getId(),
                SigningProcess.VAR_SITUATION)).contains("weigert: Ons bestuur moet eerst instemmen.");
        Assertions.assertThat(coalition.contact().await("ondertekent de intentieverklaring", 1).text())
                .contains("Ons bestuur moet eerst instemmen.");
        new Mailbox(mailServer.greenMail(), "programma@eentegeneenzaamheid.nl").await("Woonstichting", 1);

        decide(call, "extend", null);

        assertThat(call).isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        Assertions.assertThat(engine.getRuntimeService().getVariable(call.getId(), SigningProcess.VAR_DECISION))
                .as("the form starts empty next time").isNull();
        for (Mailbox signer : coalition.partners()) {
            sign(signer, signer.signingToken(2));
        }
        sealingJob(call);
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED_DIGITALLY);
    }

    @Test
    void a_decline_and_staff_continue_without_the_decliner_a_new_version_is_signed_by_the_others() {
        SigningFixture.Coalition coalition = fixture.signing("GM0088");
        ProcessInstance call = call(coalition);
        Envelope first = envelopes.current(coalition.onboardingId()).orElseThrow();
        String oldLink = coalition.alderman().signingToken(1);
        links.decline(coalition.partners().get(2).signingToken(1), "Wij doen toch niet mee.", BROWSER);

        decide(call, "continue-without", null);

        Envelope second = envelopes.current(coalition.onboardingId()).orElseThrow();
        Assertions.assertThat(second.version()).isEqualTo(2);
        Assertions.assertThat(second.documentSha256()).isNotEqualTo(first.documentSha256());
        Assertions.assertThat(second.signers()).extracting(Envelope.Signer::organisation)
                .doesNotContain("Basisschool De Linde").hasSize(3);
        Assertions.assertThat(envelopes.get(first.id()).status()).isEqualTo(EnvelopeStatus.SUPERSEDED);
        assertThatThrownBy(() -> links.open(oldLink, BROWSER)).isInstanceOf(SigningLinkException.class)
                .extracting(e -> ((SigningLinkException) e).reason()).isEqualTo(SigningLinkException.Reason.CLOSED);

        sign(coalition.alderman(), coalition.alderman().signingToken(2));
        sign(coalition.partners().get(0), coalition.partners().get(0).signingToken(2));
        sign(coalition.partners().get(1), coalition.partners().get(1).signingToken(2));
        sealingJob(call);
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED_DIGITALLY);
    }

    @Test
    void the_alderman_declines_staff_cannot_continue_without_the_municipality_and_stop() {
        SigningFixture.Coalition coalition = fixture.signing("GM0090");
        links.decline(coalition.alderman().signingToken(1), "De raad heeft anders besloten.", BROWSER);
        ProcessInstance call = call(coalition);

        assertThatThrownBy(() -> decide(call, "continue-without", null)).hasMessageContaining("alderman");
        assertThatThrownBy(() -> decide(call, "stop", null)).hasMessageContaining("Stopping needs a reason");
        assertThat(call).isWaitingAt(SigningProcess.TASK_DECIDE);

        decide(call, "stop", "De gemeenteraad wil niet deelnemen.");

        assertThat(call).isEnded().hasPassed(SigningProcess.END_STOPPED);
        assertThat(coalition.process()).isEnded().hasPassed(OnboardingProcess.GATEWAY_SIGNING_OUTCOME,
                OnboardingProcess.END_STOPPED_AT_SIGNING);
        Assertions.assertThat(journeys.get(coalition.onboardingId()).stage()).isEqualTo(Stage.STOPPED);
        Assertions.assertThat(payload(coalition.onboardingId(), "onboarding-stopped.v1"))
                .contains("De gemeenteraad wil niet deelnemen.");
    }

    @Test
    void a_decline_and_staff_continue_on_paper() {
        SigningFixture.Coalition coalition = fixture.signing("GM0093");
        links.decline(coalition.partners().get(0).signingToken(1), "Wij tekenen liever op de bijeenkomst.", BROWSER);
        ProcessInstance call = call(coalition);

        decide(call, "paper", "Ondertekening op de startbijeenkomst.");

        assertThat(call).isWaitingAt(SigningProcess.TASK_RECORD_PAPER_SIGNING);
        Assertions.assertThat(envelopes.current(coalition.onboardingId()).orElseThrow().status())
                .isEqualTo(EnvelopeStatus.SUPERSEDED);
        signing.storeScan(coalition.onboardingId(), "akkoord.pdf", TestDocuments.pdf("getekend"), "anna");
        Staff.complete(engine, task(call).getId(), Map.of(SigningProcess.VAR_SIGNED_ON, "2026-11-20",
                SigningProcess.VAR_PLACE, "Startbijeenkomst", SigningProcess.VAR_SIGNED_BY, "Allen"));
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED);
        JourneyAssert.of(engine, coalition.process()).isWaitingAt(CentralOnboardingProcess.TASK_ASSIGN_ADVISER);
    }

    @Test
    void the_envelope_expires_staff_extend_and_everyone_who_had_not_signed_gets_a_new_link() {
        SigningFixture.Coalition coalition = fixture.signing("GM0141");
        sign(coalition.alderman(), coalition.alderman().signingToken(1));
        String unused = coalition.partners().get(0).signingToken(1);
        ProcessInstance call = call(coalition);

        Timers.fire(engine, call, SigningProcess.TIMER_EXPIRY);

        assertThat(call).hasPassed(SigningProcess.TASK_EXPIRE).isWaitingAt(SigningProcess.TASK_DECIDE);
        Envelope expired = envelopes.current(coalition.onboardingId()).orElseThrow();
        Assertions.assertThat(expired.status()).isEqualTo(EnvelopeStatus.EXPIRED);
        assertThatThrownBy(() -> links.open(unused, BROWSER)).isInstanceOf(SigningLinkException.class)
                .extracting(e -> ((SigningLinkException) e).reason()).isEqualTo(SigningLinkException.Reason.EXPIRED);
        Assertions.assertThat(payload(coalition.onboardingId(), "signing-expired.v1")).contains("\"signed\":1");

        decide(call, "extend", "Nog twee weken.");

        Envelope extended = envelopes.get(expired.id());
        Assertions.assertThat(extended.status()).isEqualTo(EnvelopeStatus.OPEN);
        Assertions.assertThat(extended.expiresAt()).isAfter(expired.expiresAt());
        for (Mailbox partner : coalition.partners()) {
            sign(partner, partner.signingToken(2));
        }
        sealingJob(call);
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED_DIGITALLY);
    }

    @Test
    void the_envelope_expires_and_staff_continue_without_those_who_did_not_sign() {
        SigningFixture.Coalition coalition = fixture.signing("GM0098");
        ProcessInstance call = call(coalition);
        sign(coalition.alderman(), coalition.alderman().signingToken(1));
        sign(coalition.partners().get(0), coalition.partners().get(0).signingToken(1));
        Timers.fire(engine, call, SigningProcess.TIMER_EXPIRY);

        decide(call, "continue-without", null);

        Envelope second = envelopes.current(coalition.onboardingId()).orElseThrow();
        Assertions.assertThat(second.signers()).extracting(Envelope.Signer::organisation)
                .containsExactly("Gemeente Weststellingwerf", "Welzijn Súdwest");
        sign(coalition.alderman(), coalition.alderman().signingToken(2));
        sign(coalition.partners().get(0), coalition.partners().get(0).signingToken(2));
        sealingJob(call);
        assertThat(call).isEnded().hasPassed(SigningProcess.END_SIGNED_DIGITALLY);
    }

    @Test
    void the_envelope_expires_and_staff_start_again_for_everyone() {
        SigningFixture.Coalition coalition = fixture.signing("GM0147");
        Timers.fire(engine, call(coalition), SigningProcess.TIMER_EXPIRY);

        decide(call(coalition), "restart", "Nieuwe ronde na de zomer.");

        Envelope second = envelopes.current(coalition.onboardingId()).orElseThrow();
        Assertions.assertThat(second.version()).isEqualTo(2);
        Assertions.assertThat(second.signers()).hasSize(4).allMatch(s -> s.status() == SignerStatus.SENT);
        assertThat(call(coalition)).isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
    }

    @Test
    void staff_void_the_envelope_every_link_dies_and_extending_is_no_longer_possible() {
        SigningFixture.Coalition coalition = fixture.signing("GM0158");
        String link = coalition.partners().get(0).signingToken(1);
        Envelope envelope = envelopes.current(coalition.onboardingId()).orElseThrow();

        envelopes.voidEnvelope(envelope.id(), "Verkeerde partnerlijst verstuurd.", Actor.staff("anna"));

        ProcessInstance call = call(coalition);
        assertThat(call).hasPassed(SigningProcess.EVENT_VOIDED).isWaitingAt(SigningProcess.TASK_DECIDE);
        assertThatThrownBy(() -> links.open(link, BROWSER)).isInstanceOf(SigningLinkException.class)
                .hasMessageContaining("Verkeerde partnerlijst verstuurd.");
        coalition.partners().get(0).await("ingetrokken", 1);
        Assertions.assertThat(payload(coalition.onboardingId(), "signing-voided.v1"))
                .contains("Verkeerde partnerlijst verstuurd.");
        assertThatThrownBy(() -> decide(call, "extend", null)).hasMessageContaining("'extend' is not possible");

        decide(call, "restart", null);

        assertThat(call).isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        Assertions.assertThat(envelopes.get(envelope.id()).status()).isEqualTo(EnvelopeStatus.VOIDED);
        Assertions.assertThat(envelopes.current(coalition.onboardingId()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void signers_who_have_not_answered_are_reminded_with_a_fresh_link() {
        SigningFixture.Coalition coalition = fixture.signing("GM0164");
        sign(coalition.alderman(), coalition.alderman().signingToken(1));
        String first = coalition.partners().get(0).signingToken(1);
        ProcessInstance call = call(coalition);

        Timers.fire(engine, call, SigningProcess.TIMER_REMINDER);

        assertThat(call).hasPassed(SigningProcess.TASK_REMIND, SigningProcess.END_REMINDED)
                .isWaitingAt(SigningProcess.WAIT_FOR_SIGNATURES);
        Mailbox.Mail reminder = coalition.partners().get(0).await("Herinnering", 1);
        Assertions.assertThat(reminder.text()).contains("Herinnering");
        Assertions.assertThat(coalition.alderman().withSubject("Herinnering")).as("who signed is left alone").isEmpty();
        assertThatThrownBy(() -> links.open(first, BROWSER)).isInstanceOf(SigningLinkException.class);
        Assertions.assertThat(links.open(coalition.partners().get(0).signingToken(2), BROWSER).status())
                .isEqualTo(SignerStatus.SENT);
        Assertions.assertThat(payload(coalition.onboardingId(), "signing-reminded.v1")).contains("\"signersReminded\":3");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Asks for a code, reads it from the mail, signs with the name and consent. */
    private void sign(Mailbox signer, String token) {
        int next = signer.withSubject("Uw code").size() + 1;
        links.sendCode(token, BROWSER);
        String code = signer.code(next);
        String name = links.open(token, BROWSER).name();
        Assertions.assertThat(links.sign(token, name, true, code, BROWSER).status()).isEqualTo(SignerStatus.SIGNED);
    }

    private void decide(ProcessInstance call, String decision, String note) {
        Map<String, Object> form = new HashMap<>();
        form.put(SigningProcess.VAR_DECISION, decision);
        if (note != null) {
            form.put(SigningProcess.VAR_NOTE, note);
        }
        Staff.complete(engine, task(call).getId(), form);
    }

    /** The active coalition-signing instance (keep it: camunda-bpm-assert follows it into history). */
    private ProcessInstance call(SigningFixture.Coalition coalition) {
        ProcessInstance call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult();
        Assertions.assertThat(call).as("the signing is running").isNotNull();
        return call;
    }

    private void sealingJob(ProcessInstance call) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(call.getId())
                .activityId(SigningProcess.TASK_SEAL).singleResult();
        Assertions.assertThat(job).as("the sealing job").isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Envelope.Signer signer(UUID envelopeId, SignerRole role) {
        return envelopes.get(envelopeId).signers().stream().filter(s -> s.role() == role).findFirst().orElseThrow();
    }

    private String payload(UUID onboardingId, String type) {
        return jdbc.queryForObject("select payload from outbox_event where payload like ? and event_type like ? "
                + "order by position desc limit 1", String.class, "%" + onboardingId + "%", "%" + type);
    }

    private int count(UUID onboardingId, String type) {
        return jdbc.queryForObject("select count(*) from outbox_event where payload like ? and event_type like ?",
                Integer.class, "%" + onboardingId + "%", "%" + type);
    }
}
