package nl.eentegeneenzaamheid.coalition.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security baseline, as an outsider meets it.
 */
@IntegrationTest
class SecurityIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_engine_rest_api_refuses_anonymous_callers() throws Exception {
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/process-definition",
                "/engine-rest/user", "/engine-rest/engine"}) {
            HttpResponse<String> response = get(anonymous, path, "application/json");
            assertThat(response.statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void the_engine_rest_api_applies_the_engines_authorizations_to_the_logged_in_user() {
        Api api = new Api(rest);
        assertThat(api.get("/engine-rest/user?id=anna", "anna").status()).isEqualTo(200);
        // an API client has no permissions in the engine: it sees no tasks even when there are some
        api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0150"));
        assertThat(api.get("/engine-rest/task", "gemeente-api").body()).isEmpty();
        assertThat(api.get("/engine-rest/task?candidateGroup=programme-staff", "anna").body()).isNotEmpty();
    }

    @Test
    void camunda_administrators_may_operate_a_running_process_and_staff_may_not() {
        Api api = new Api(rest);
        String onboardingId = api.post("/api/v1/intents", "gemeente-api", Api.intent("GM0166")).body()
                .path("onboardingId").asText();
        String instanceId = api.get("/engine-rest/process-instance?businessKey=" + onboardingId, "admin").body()
                .get(0).path("id").asText();
        String change = "{\"modifications\": {\"operatorNote\": {\"value\": \"checked\"}}}";

        assertThat(api.post("/engine-rest/process-instance/" + instanceId + "/variables", "anna", change).status())
                .as("programme staff work tasks; they do not operate processes").isEqualTo(403);
        assertThat(api.post("/engine-rest/process-instance/" + instanceId + "/variables", "admin", change).status())
                .as("as in Cockpit: an administrator may change, retry and repair a process").isEqualTo(204);
        assertThat(api.get("/engine-rest/authorization?groupIdIn=camunda-admin&resourceType=7", "admin").body()
                .findValuesAsText("resourceId")).as("and may create tasks").contains("*");
    }

    @Test
    void the_engine_rest_api_refuses_anonymous_writes_with_a_problem_detail_not_a_csrf_error() throws Exception {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(url("/engine-rest/message"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messageName\": \"information-provided\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void the_webapps_send_a_browser_to_the_login_page() throws Exception {
        for (String path : new String[] {"/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/"}) {
            HttpResponse<String> response = get(anonymous, path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void after_logging_in_staff_are_known_to_tasklist() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(browser, "/login", "text/html").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=anna&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/");

        HttpResponse<String> tasklist = get(browser, "/camunda/app/tasklist/default/", "text/html");
        assertThat(tasklist.statusCode()).as("no redirect to Camunda's first-admin set-up: "
                + tasklist.headers().firstValue("Location").orElse("")).isEqualTo(200);
        assertThat(tasklist.body()).contains("<html");
        HttpResponse<String> user = get(browser, "/camunda/api/admin/auth/user/default", "application/json");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"anna\"").contains("tasklist");
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(url("/api/v1/onboardings/"
                        + java.util.UUID.randomUUID()))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("bram:not-his-password".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(401);
    }

    @Test
    void the_api_refuses_callers_without_credentials_with_a_problem_detail_and_changes_nothing() {
        int before = jdbc.queryForObject("select count(*) from onboarding", Integer.class);
        Api.Response response = new Api(rest).post("/api/v1/intents", null, Api.intent("GM0153"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.headers().getFirst("WWW-Authenticate")).as("no Basic challenge: a browser would "
                + "ask for a password and then send it with cross-site requests").isNull();
        assertThat(response.body().path("type").asText()).isEqualTo("urn:problem:coalition:unauthenticated");
        assertThat(jdbc.queryForObject("select count(*) from onboarding", Integer.class)).isEqualTo(before);
    }

    @Test
    void health_and_api_documentation_are_public() throws Exception {
        assertThat(get(anonymous, "/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get(anonymous, "/actuator/health/readiness", "application/json");
        assertThat(readiness.body()).as("anonymous callers see the status, not the components")
                .contains("\"status\":\"UP\"").doesNotContain("\"db\"").doesNotContain("\"kafka\"");
        HttpResponse<String> detailed = anonymous.send(HttpRequest.newBuilder(url("/actuator/health/readiness"))
                .header("Accept", "application/json").header("Authorization", "Basic " + java.util.Base64
                        .getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(detailed.body()).contains("\"db\"").contains("\"kafka\"");
        assertThat(get(anonymous, "/v3/api-docs", "application/json").body()).contains("/api/v1/intents")
                .contains("/api/v1/envelopes/{id}/audit/verify").contains("/api/v1/signing/{token}/sign")
                .contains("/api/v1/dashboard/summary");
        HttpResponse<String> metrics = get(anonymous, "/actuator/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("coalition_outbox_backlog").contains("coalition_outbox_oldest_unpublished_age_seconds");
    }

    private HttpResponse<String> get(HttpClient client, String path, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
