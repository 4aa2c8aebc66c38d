package nl.eentegeneenzaamheid.coalition.centralteam;

import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The municipality sends its local plan through the API; staff can mark it received instead.
 */
@IntegrationTest
class LocalPlanIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired IntakeService intake;
    @Autowired Recruitment recruitment;
    @Autowired Signing signing;
    @Autowired ProcessEngine processEngine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_municipality_uploads_its_plan_once() {
        UUID gennep = inOnboarding("GM0907");
        String plan = "/api/v1/onboardings/" + gennep + "/local-plan";
        waitForPlan(gennep);

        assertThat(upload(plan, "gemeente-api", "plan.exe", "MZ".getBytes())).isEqualTo(400);
        assertThat(upload(plan, "gemeente-api", "plan.pdf", TestDocuments.pdf("ons plan"))).isEqualTo(204);
        assertThat(upload(plan, "gemeente-api", "plan-v2.pdf", TestDocuments.pdf("nieuw"))).isEqualTo(409);
        assertThat(jdbc.queryForObject("select local_plan_filename from central_onboarding where onboarding_id = ?",
                String.class, gennep)).isEqualTo("plan.pdf");
        assertThat(processEngine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(
                gennep.toString()).activityId(CentralOnboardingProcess.WAIT_FOR_LOCAL_PLAN).count())
                .as("the journey went on to the aldermen's meeting").isZero();
    }

    @Test
    void staff_mark_a_plan_received_that_came_another_way() {
        UUID mook = inOnboarding("GM0944");
        String received = "/api/v1/onboardings/" + mook + "/local-plan/received";
        waitForPlan(mook);
        Api api = new Api(rest);

        assertThat(api.post(received, "gemeente-api", "").status()).as("only staff").isEqualTo(403);
        assertThat(api.post(received, "bram", "").status()).isEqualTo(204);
        assertThat(api.post(received, "bram", "").status()).isEqualTo(409);
    }

    /** Signed on paper: the central team's onboarding has begun. */
    private UUID inOnboarding(String code) {
        UUID id = Staff.recruiting(intake, processEngine, code);
        recruitment.complete(id, "gemeente-api");
        Staff.complete(processEngine, task(id), Map.of("coalitionDecision", "continue", "signingMethod", "paper"));
        signing.storeScan(id, "akkoord.pdf", TestDocuments.pdf("akkoord"), "anna");
        Staff.complete(processEngine, task(id), Map.of("signedOn", "2026-11-01", "signingPlace", "Gemeentehuis",
                "signedBy", "De wethouder"));
        return id;
    }

    private void waitForPlan(UUID id) {
        Staff.completeAsAdviser(processEngine, task(id), Map.of("adviser", "Bram Jansen"));
        Staff.completeAsAdviser(processEngine, task(id), Map.of("kickoffOn", "2027-01-10", "kickoffPlace", "Online"));
    }

    private String task(UUID onboardingId) {
        return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(onboardingId.toString())
                .singleResult().getId();
    }

    private int upload(String path, String user, String filename, byte[] content) {
        return new Api(rest).upload(path, user, filename, content);
    }
}
