package nl.eentegeneenzaamheid.coalition.signing;

import nl.eentegeneenzaamheid.coalition.support.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff upload the scan of a paper signing through the API; anything that is not a PDF or image is refused.
 */
@IntegrationTest
class SigningScanIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired IntakeService intake;
    @Autowired Recruitment recruitment;
    @Autowired ProcessEngine processEngine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void staff_upload_a_scan_and_download_it_and_nobody_else_may() {
        UUID beek = Staff.recruiting(intake, processEngine, "GM0888");
        String scan = "/api/v1/onboardings/" + beek + "/signing/scan";
        assertThat(upload(scan, "anna", "akkoord.pdf", TestDocuments.pdf("te vroeg")))
                .as("not being signed yet").isEqualTo(409);

        recruitment.complete(beek, "gemeente-api");
        String decide = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(beek.toString())
                .singleResult().getId();
        processEngine.getTaskService().complete(decide, java.util.Map.of("coalitionDecision", "continue", "signingMethod", "paper"));

        assertThat(upload(scan, "gemeente-api", "akkoord.pdf", TestDocuments.pdf("akkoord")))
                .isEqualTo(403);
        assertThat(upload(scan, "anna", "akkoord.exe", "MZ not a document".getBytes()))
                .isEqualTo(400);
        assertThat(upload(scan, "anna", "leeg.pdf", new byte[0])).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from signing where onboarding_id = ? and scan is not null",
                Integer.class, beek)).isZero();

        byte[] signed = TestDocuments.pdf("ondertekend");
        assertThat(upload(scan, "anna", "akkoord.pdf", signed)).isEqualTo(201);
        assertThat(jdbc.queryForObject("select scan_sha256 from signing where onboarding_id = ?", String.class, beek))
                .isEqualTo(Digests.sha256(signed));

        ResponseEntity<byte[]> download = rest.withBasicAuth("bram", "demo").getForEntity(scan, byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(signed);
        assertThat(rest.withBasicAuth("gemeente-api", "demo").getForEntity(scan, String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(rest.withBasicAuth("anna", "demo").getForEntity("/api/v1/onboardings/" + beek
                + "/signing/signatories", String.class).getBody()).contains("wethouder");
    }

    private int upload(String path, String user, String filename, byte[] content) {
        return new Api(rest).upload(path, user, filename, content);
    }
}
