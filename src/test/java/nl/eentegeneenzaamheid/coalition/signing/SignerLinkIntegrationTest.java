package nl.eentegeneenzaamheid.coalition.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signer's link through the API: forged, replayed, expired, superseded links and wrong codes are refused with a
 * problem detail a person can act on, and nothing changes (except that wrong codes are counted).
 */
@IntegrationTest
class SignerLinkIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired EmbeddedMailServer mail;
    @Autowired Envelopes envelopes;
    @Autowired JdbcTemplate jdbc;

    Api api;
    SigningFixture fixture;

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        fixture = new SigningFixture(engine, intake, partners, invitations, recruitment, mail.greenMail());
    }

    @Test
    void a_forged_link_is_refused_and_nothing_is_written() {
        SigningFixture.Coalition coalition = fixture.signing("GM0173");
        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        int trail = trailLength(envelope);
        String real = coalition.alderman().signingToken(1);
        String forged = real.substring(0, 42) + (real.charAt(42) == 'A' ? 'B' : 'A');

        for (Api.Response response : new Api.Response[] {
                api.get("/api/v1/signing/" + forged, null),
                api.post("/api/v1/signing/" + forged + "/code", null, ""),
                api.post("/api/v1/signing/" + forged + "/sign", null,
                        "{\"fullName\": \"Anne de Wethouder\", \"consent\": true, \"code\": \"123456\"}"),
                api.post("/api/v1/signing/" + forged + "/decline", null, "{\"reason\": \"nee\"}"),
                api.get("/api/v1/signing/kort", null)}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-link-unknown");
            assertThat(response.body().path("detail").asText()).contains("Gebruik de link uit de meest recente e-mail");
        }
        assertThat(trailLength(envelope)).isEqualTo(trail);
        assertThat(envelopes.get(envelope).signers()).noneMatch(s -> s.status() == SignerStatus.SIGNED
                || s.status() == SignerStatus.DECLINED);
    }

    @Test
    void wrong_codes_are_counted_the_fifth_locks_the_code_and_a_new_code_can_then_be_asked_for() {
        SigningFixture.Coalition coalition = fixture.signing("GM0175");
        Mailbox partner = coalition.partners().get(0);
        String token = partner.signingToken(1);
        String otherSignersToken = coalition.partners().get(1).signingToken(1);
        assertThat(api.post("/api/v1/signing/" + token + "/code", null, "").status()).isEqualTo(202);
        assertThat(api.post("/api/v1/signing/" + otherSignersToken + "/code", null, "").status()).isEqualTo(202);
        String code = partner.code(1);
        String otherSignersCode = coalition.partners().get(1).code(1);
        assertThat(otherSignersCode).isNotEqualTo(code);

        // asking again at once is refused with Retry-After
        Api.Response tooSoon = api.post("/api/v1/signing/" + token + "/code", null, "");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.headers().getFirst("Retry-After")).matches("\\d+");
        assertThat(tooSoon.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-code-rate-limited");

        // another signer's code is just a wrong code here
        Api.Response wrong = sign(token, otherSignersCode);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-code-wrong");
        assertThat(wrong.body().path("attemptsLeft").asInt()).isEqualTo(4);
        for (int attempt = 2; attempt <= 4; attempt++) {
            assertThat(sign(token, "000000".equals(code) ? "111111" : "000000").status()).isEqualTo(400);
        }
        Api.Response fifth = sign(token, "999999".equals(code) ? "888888" : "999999");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-code-locked");

        // the right code no longer helps: nothing was signed
        Api.Response locked = sign(token, code);
        assertThat(locked.status()).isEqualTo(423);
        assertThat(signerStatus(coalition, "Welzijn Súdwest")).isEqualTo(SignerStatus.SENT);
        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from signing_audit where envelope_id = ? and action = "
                + "'code-wrong'", Integer.class, envelope)).isEqualTo(5);

        // after the resend interval a new code works
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.post("/api/v1/signing/" + token + "/code", null, "").status() == 202);
        assertThat(sign(token, partner.code(2)).status()).isEqualTo(200);
        assertThat(signerStatus(coalition, "Welzijn Súdwest")).isEqualTo(SignerStatus.SIGNED);
    }

    @Test
    void a_link_replayed_after_signing_is_refused_and_signing_needs_a_name_and_consent() {
        SigningFixture.Coalition coalition = fixture.signing("GM0177");
        Mailbox alderman = coalition.alderman();
        String token = alderman.signingToken(1);
        api.post("/api/v1/signing/" + token + "/code", null, "");
        String code = alderman.code(1);

        Api.Response noConsent = api.post("/api/v1/signing/" + token + "/sign", null,
                "{\"fullName\": \"Anne de Wethouder\", \"consent\": false, \"code\": \"" + code + "\"}");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body().path("detail").asText()).contains("toestemming");
        Api.Response noName = api.post("/api/v1/signing/" + token + "/sign", null,
                "{\"consent\": true, \"code\": \"" + code + "\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().path("errors").findValuesAsText("field")).contains("fullName");
        assertThat(api.post("/api/v1/signing/" + token + "/decline", null, "{\"reason\": \" \"}").status())
                .isEqualTo(400);
        assertThat(signerStatus(coalition, "Gemeente Raalte")).isEqualTo(SignerStatus.SENT);

        assertThat(sign(token, code).status()).isEqualTo(200);

        for (Api.Response replay : new Api.Response[] {sign(token, code),
                api.post("/api/v1/signing/" + token + "/decline", null, "{\"reason\": \"toch niet\"}"),
                api.post("/api/v1/signing/" + token + "/code", null, ""), api.get("/api/v1/signing/" + token, null)}) {
            assertThat(replay.status()).isEqualTo(409);
            assertThat(replay.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-link-used");
            assertThat(replay.body().path("detail").asText()).contains("al ondertekend");
        }
        assertThat(signerStatus(coalition, "Gemeente Raalte")).isEqualTo(SignerStatus.SIGNED);
        Api.Response early = api.get("/api/v1/signing/" + token + "/certificate", null);
        assertThat(early.status()).as("sealed only once everyone signed").isEqualTo(409);
        assertThat(early.body().path("type").asText()).isEqualTo("urn:problem:coalition:envelope-state");
    }

    @Test
    void links_of_an_expired_or_replaced_envelope_are_refused() {
        SigningFixture.Coalition coalition = fixture.signing("GM0180");
        String first = coalition.partners().get(0).signingToken(1);
        String second = coalition.partners().get(1).signingToken(1);
        var call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult();
        nl.eentegeneenzaamheid.coalition.support.Timers.fire(engine, call, SigningProcess.TIMER_EXPIRY);

        Api.Response expired = api.get("/api/v1/signing/" + first, null);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-link-expired");

        String task = engine.getTaskService().createTaskQuery().processInstanceId(call.getId()).singleResult().getId();
        Staff.complete(engine, task, java.util.Map.of(SigningProcess.VAR_DECISION, "restart"));

        Api.Response replaced = api.post("/api/v1/signing/" + second + "/code", null, "");
        assertThat(replaced.status()).isEqualTo(410);
        assertThat(replaced.body().path("type").asText()).isEqualTo("urn:problem:coalition:signing-envelope-closed");
        assertThat(replaced.body().path("detail").asText()).contains("nieuwe versie");
        assertThat(api.get("/api/v1/signing/" + coalition.partners().get(1).signingToken(2), null).status())
                .isEqualTo(200);
    }

    @Test
    void staff_and_auditors_see_the_envelope_and_its_trail_municipal_systems_only_the_envelope() {
        SigningFixture.Coalition coalition = fixture.signing("GM0183");
        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        String path = "/api/v1/envelopes/" + envelope;

        assertThat(api.get(path, "gemeente-api").body().path("signers").size()).isEqualTo(4);
        assertThat(api.get(path + "/audit", "eva").status()).isEqualTo(200);
        assertThat(api.get(path + "/audit/verify", "eva").body().path("valid").asBoolean()).isTrue();
        assertThat(api.get(path + "/audit", "gemeente-api").status()).isEqualTo(403);
        assertThat(api.get(path + "/audit", null).status()).isEqualTo(401);
        assertThat(api.post(path + "/void", "eva", "{\"reason\": \"test\"}").status()).isEqualTo(403);
        assertThat(api.post(path + "/void", "anna", "{\"reason\": \" \"}").status()).isEqualTo(400);
        Api.Response notSealed = api.get(path + "/certificate", "anna");
        assertThat(notSealed.status()).isEqualTo(409);
        assertThat(notSealed.body().path("type").asText()).isEqualTo("urn:problem:coalition:envelope-state");
        assertThat(api.get("/api/v1/envelopes/" + UUID.randomUUID(), "anna").status()).isEqualTo(404);
        assertThat(rest.getForEntity("/api/v1/seal/certificate", String.class).getBody())
                .startsWith("-----BEGIN CERTIFICATE-----");

        Api.Response voided = api.post(path + "/void", "anna", "{\"reason\": \"Verkeerde versie.\"}");
        assertThat(voided.status()).isEqualTo(200);
        assertThat(voided.body().path("status").asText()).isEqualTo("VOIDED");
        assertThat(api.post(path + "/void", "anna", "{\"reason\": \"nog eens\"}").status()).isEqualTo(409);
    }

    @Test
    void the_last_two_signers_signing_at_the_same_moment_complete_the_envelope_once() throws Exception {
        SigningFixture.Coalition coalition = fixture.signing("GM0197");
        List<String> tokens = new java.util.ArrayList<>();
        List<String> codes = new java.util.ArrayList<>();
        for (Mailbox signer : coalition.signers()) {
            String token = signer.signingToken(1);
            assertThat(api.post("/api/v1/signing/" + token + "/code", null, "").status()).isEqualTo(202);
            tokens.add(token);
            codes.add(signer.code(1));
        }
        assertThat(sign(tokens.get(0), codes.get(0)).status()).isEqualTo(200);
        assertThat(sign(tokens.get(1), codes.get(1)).status()).isEqualTo(200);

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = List.of(
                    pool.submit(() -> { start.await(); return sign(tokens.get(2), codes.get(2)).status(); }),
                    pool.submit(() -> { start.await(); return sign(tokens.get(3), codes.get(3)).status(); }));
            start.countDown();
            for (java.util.concurrent.Future<Integer> result : results) {
                assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        assertThat(envelopes.get(envelope).status()).isEqualTo(EnvelopeStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select count(*) from signing_audit where envelope_id = ? and action = "
                + "'completed'", Integer.class, envelope)).isEqualTo(1);
        String call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult().getId();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(call)
                .activityId(SigningProcess.TASK_SEAL).count()).as("sealed once").isEqualTo(1);
    }

    @Test
    void between_the_last_signature_and_the_seal_the_api_and_the_page_say_the_document_is_being_sealed() {
        SigningFixture.Coalition coalition = fixture.signing("GM0213");
        Api.Response signed = null;
        for (Mailbox signer : coalition.signers()) {
            String token = signer.signingToken(1);
            assertThat(api.post("/api/v1/signing/" + token + "/code", null, "").status()).isEqualTo(202);
            signed = sign(token, signer.code(1));
            assertThat(signed.status()).isEqualTo(200);
        }
        // the last signer's answer says what happens next
        assertThat(signed.body().path("finalDocument").asText()).isEqualTo("BEING_SEALED");
        UUID envelope = envelopes.current(coalition.onboardingId()).orElseThrow().id();
        String token = coalition.alderman().signingToken(1);

        assertThat(api.get("/api/v1/envelopes/" + envelope, "anna").body().path("finalDocument").asText())
                .isEqualTo("BEING_SEALED");
        for (Api.Response early : List.of(api.get("/api/v1/signing/" + token + "/certificate", null),
                api.get("/api/v1/envelopes/" + envelope + "/certificate", "eva"))) {
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.body().path("type").asText()).isEqualTo("urn:problem:coalition:document-being-sealed");
            assertThat(early.headers().getFirst("Retry-After")).isEqualTo("10");
        }
        String page = rest.getForObject("/ondertekenen/" + token, String.class);
        assertThat(page).contains("wordt nu verzegeld").doesNotContain("id=\"verzegeld\"");

        String call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(coalition.process().getId()).singleResult().getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(call).activityId(SigningProcess.TASK_SEAL).singleResult().getId());

        assertThat(api.get("/api/v1/envelopes/" + envelope, "anna").body().path("finalDocument").asText())
                .isEqualTo("SEALED");
        assertThat(rest.getForObject("/ondertekenen/" + token, String.class)).contains("id=\"verzegeld\"")
                .doesNotContain("wordt nu verzegeld");
        assertThat(rest.getForEntity("/api/v1/signing/" + token + "/certificate", byte[].class).getStatusCode()
                .value()).isEqualTo(200);
    }

    private Api.Response sign(String token, String code) {
        return api.post("/api/v1/signing/" + token + "/sign", null,
                "{\"fullName\": \"Ondertekenaar\", \"consent\": true, \"code\": \"" + code + "\"}");
    }

    private SignerStatus signerStatus(SigningFixture.Coalition coalition, String organisation) {
        return envelopes.current(coalition.onboardingId()).orElseThrow().signers().stream()
                .filter(s -> s.organisation().equals(organisation)).findFirst().orElseThrow().status();
    }

    private int trailLength(UUID envelope) {
        return jdbc.queryForObject("select count(*) from signing_audit where envelope_id = ?", Integer.class,
                envelope);
    }
}
