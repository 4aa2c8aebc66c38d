package nl.eentegeneenzaamheid.coalition.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedMailServer;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SigningProcess;
import nl.eentegeneenzaamheid.coalition.support.Mailbox;
import nl.eentegeneenzaamheid.coalition.support.SigningFixture;
import nl.eentegeneenzaamheid.coalition.support.Staff;
import nl.eentegeneenzaamheid.coalition.support.TestMunicipalities;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and unusual input against every operation the OpenAPI document lists and every page form, generated from
 * the document itself: control characters and NUL in every text field, overlong values, wrong JSON types, duplicate
 * keys, trailing content, unknown fields, malformed JSON and multipart bodies, hostile file names and contents, wrong
 * media types, unknown and malformed ids and tokens, overlong headers. Every answer must be below 500, every refusal
 * of the API a problem detail ({@code application/problem+json}, a {@code urn:problem:coalition:} type), and a
 * refused request must change nothing (row counts of the domain's and the engine's tables before and after).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUL = "Mark\u0000Rutte";
    private static final String BELL = "Bel\u0007letje";
    private static final String LONG = "x".repeat(100_001);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired Partners partners;
    @Autowired Invitations invitations;
    @Autowired Recruitment recruitment;
    @Autowired Envelopes envelopes;
    @Autowired EmbeddedMailServer mail;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A browser follows the page's redirect to where it shows what went wrong. */
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final List<String> violations = new ArrayList<>();
    private int requests;

    /** The ids and tokens the operations' path parameters get, by what they stand for. */
    private final Map<String, String> fixture = new LinkedHashMap<>();
    private String freeCode;

    @BeforeAll
    void buildFixtures() throws Exception {
        TestMunicipalities codes = new TestMunicipalities(jdbc);
        // a recruiting municipality with a partner whose invitation is open
        UUID recruiting = Staff.recruiting(intake, engine, codes.unused());
        JsonNode proposed = call("POST", "/api/v1/onboardings/" + recruiting + "/partners", "anna",
                "application/json", """
                        {"organisationName": "Stichting Welzijn Vijandig", "type": "WELFARE",
                         "contactName": "Contactpersoon", "contactEmail": "vijandig@example.nl"}""".getBytes(
                        StandardCharsets.UTF_8), Map.of()).json();
        fixture.put("recruiting", recruiting.toString());
        fixture.put("partner", proposed.path("partner").path("id").asText());
        String link = proposed.path("invitationLink").asText();
        fixture.put("invitation", link.substring(link.lastIndexOf('/') + 1));

        // a municipality signing digitally, and one whose agreement is signed and sealed (onboarding)
        SigningFixture signing = new SigningFixture(engine, intake, partners, invitations, recruitment,
                mail.greenMail());
        SigningFixture.Coalition open = signing.signing(codes.unused());
        fixture.put("signing", open.onboardingId().toString());
        fixture.put("envelope", envelopes.current(open.onboardingId()).orElseThrow().id().toString());
        fixture.put("signer", open.alderman().signingToken(1));
        SigningFixture.Coalition done = signing.signing(codes.unused());
        for (Mailbox signer : done.signers()) {
            String token = signer.signingToken(1);
            call("POST", "/api/v1/signing/" + token + "/code", null, null, new byte[0], Map.of());
            call("POST", "/api/v1/signing/" + token + "/sign", null, "application/json", ("{\"fullName\": \"Naam\", "
                    + "\"consent\": true, \"code\": \"" + signer.code(1) + "\"}").getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }
        String call = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(done.process().getId()).singleResult().getId();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(call).activityId(SigningProcess.TASK_SEAL).singleResult().getId());
        fixture.put("onboarding", done.onboardingId().toString());

        // an aldermen's meeting with an invitee's link
        String invitee = codes.unused();
        String guest = "gast." + invitee.toLowerCase() + "@example.nl";
        JsonNode meeting = call("POST", "/api/v1/meetings", "anna", "application/json", """
                {"title": "Vijandige bijeenkomst", "startsAt": "%s", "endsAt": "%s", "place": "Utrecht",
                 "capacity": 10, "audience": "PROVINCES", "provinces": ["%s"],
                 "contacts": [{"municipalityCode": "%s", "name": "Gast", "email": "%s"}]}""".formatted(
                Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
                Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).plus(2, ChronoUnit.HOURS),
                TestMunicipalities.provinceOf(invitee), invitee, guest).getBytes(StandardCharsets.UTF_8), Map.of())
                .json();
        fixture.put("meeting", meeting.path("id").asText());
        fixture.put("meetingToken", new Mailbox(mail.greenMail(), guest).meetingToken(meeting.path("id").asText()));
        freeCode = codes.unused();
    }

    @BeforeEach
    void startCounting() {
        violations.clear();
        requests = 0;
    }

    @Test
    void every_operation_refuses_hostile_input_with_a_problem_detail_and_changes_nothing() throws Exception {
        JsonNode document = JSON.readTree(call("GET", "/v3/api-docs", null, null, null, Map.of()).body());
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                attack(document, method.getKey().toUpperCase(), path.getKey(), method.getValue());
                operations++;
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThanOrEqualTo(46);
        assertThat(requests).isGreaterThan(500);
        assertThat(violations).as(violations.size() + " of " + requests + " hostile requests were mishandled")
                .isEmpty();
    }

    @Test
    void every_page_form_refuses_hostile_input_and_changes_nothing() throws Exception {
        String meeting = "/bijeenkomst/" + fixture.get("meeting") + "/" + fixture.get("meetingToken");
        String signer = "/ondertekenen/" + fixture.get("signer");
        String invitation = "/uitnodiging/" + fixture.get("invitation");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put(signer + "/ondertekenen", List.of("fullName", "code", "consent"));
        forms.put(signer + "/weigeren", List.of("reason"));
        forms.put(invitation + "/meedoen", List.of("signerName", "signerRole", "signerEmail"));
        forms.put(invitation + "/niet-meedoen", List.of("reason"));
        forms.put(meeting + "/niet-komen", List.of("reason"));
        forms.put(meeting + "/collega", List.of("name", "email"));
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String field : form.getValue()) {
                for (String value : List.of(NUL, BELL, LONG)) {
                    StringBuilder body = new StringBuilder();
                    for (String other : form.getValue()) {
                        body.append(body.isEmpty() ? "" : "&").append(other).append('=').append(
                                java.net.URLEncoder.encode(other.equals(field) ? value : "Gewone tekst",
                                        StandardCharsets.UTF_8));
                    }
                    expectRefusedPage("POST", form.getKey(), "application/x-www-form-urlencoded",
                            body.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            expectRefusedPage("POST", form.getKey(), "multipart/form-data", "--x\r\n".getBytes(
                    StandardCharsets.UTF_8));
        }
        assertThat(violations).as(violations.size() + " of " + requests + " hostile page requests were mishandled")
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void attack(JsonNode document, String method, String template, JsonNode operation) throws Exception {
        List<String> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(p.path("in").asText() + ":" + p.path("name")
                .asText()));
        String real = concrete(template, Map.of());
        // unknown and malformed ids and tokens: refused before anything is read
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "%00", "x".repeat(300))) {
            String path = concrete(template, Map.of("id", id, "partnerId", id, "token", id));
            if (!path.equals(real)) {
                expectRefused(method, path, "anna", null, null, Map.of());
            }
        }
        // query parameters out of range or with control characters
        for (String parameter : parameters) {
            if (parameter.startsWith("query:")) {
                String name = parameter.substring(6);
                for (String value : List.of("-1", "99999999999", "NOPE", "%00", "%07")) {
                    expectAnswered(method, real + "?" + name + "=" + value, "anna", null, null, Map.of());
                }
            }
        }
        // overlong or hostile headers on reads
        if (method.equals("GET")) {
            expectAnswered(method, real, "eva", null, null, Map.of("User-Agent", "Mozilla/5.0 " + LONG));
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            ObjectNode valid = (ObjectNode) example(document, content.path("application/json").path("schema"), "");
            attackJson(method, real, valid, operation.path("requestBody").path("required").asBoolean(false));
        } else if (content.has("multipart/form-data")) {
            attackMultipart(method, real);
        }
        if (parameters.contains("header:Idempotency-Key")) {
            ObjectNode valid = (ObjectNode) example(document, content.path("application/json").path("schema"), "");
            for (String key : List.of("sleutel met spaties", "k".repeat(201))) {
                expectRefused(method, real, "anna", "application/json", JSON.writeValueAsBytes(valid),
                        Map.of("Idempotency-Key", key));
            }
        }
    }

    private void attackJson(String method, String path, ObjectNode valid, boolean bodyRequired) throws Exception {
        List<String> fields = new ArrayList<>();
        collect(valid, "", fields);
        for (String field : fields) {
            JsonNode original = at(valid, field);
            List<JsonNode> hostile = new ArrayList<>();
            if (original.isTextual()) {
                hostile.addAll(List.of(JSON.getNodeFactory().textNode(NUL), JSON.getNodeFactory().textNode(BELL),
                        JSON.getNodeFactory().textNode(LONG), JSON.getNodeFactory().numberNode(12345),
                        JSON.createObjectNode(), JSON.createArrayNode()));
            } else if (original.isBoolean()) {
                hostile.addAll(List.of(JSON.getNodeFactory().numberNode(1), JSON.getNodeFactory().textNode("true"),
                        JSON.getNodeFactory().textNode("ja")));
            } else if (original.isNumber()) {
                hostile.addAll(List.of(JSON.getNodeFactory().textNode("tien"), JSON.getNodeFactory().numberNode(-1),
                        JSON.getNodeFactory().numberNode(1e12), JSON.getNodeFactory().numberNode(1.5)));
            } else if (original.isArray()) {
                hostile.addAll(List.of(JSON.getNodeFactory().textNode(NUL), JSON.createObjectNode()));
            } else if (original.isObject()) {
                hostile.addAll(List.of(JSON.getNodeFactory().textNode(NUL), JSON.createArrayNode()));
            }
            for (JsonNode value : hostile) {
                ObjectNode body = valid.deepCopy();
                put(body, field, value);
                expectRefused(method, path, "anna", "application/json", JSON.writeValueAsBytes(body), Map.of());
            }
        }
        String text = JSON.writeValueAsString(valid);
        String firstField = valid.fieldNames().next();
        List<String> bodies = new ArrayList<>(List.of(
                text + "}}]]",
                text.substring(0, text.length() - 1) + ", \"onbekendVeld\": \"x\"}",
                "{\"" + firstField + "\": " + valid.get(firstField) + ", " + text.substring(1),
                "", "null", "[]", "\"tekst\"", "{", "{\"a\":", "[".repeat(5000) + "]".repeat(5000),
                "\uFEFF" + text.replace("\"", "'")));
        if (!bodyRequired) {
            // an optional body may be left out
            bodies.removeAll(List.of("", "null"));
        }
        for (String body : bodies) {
            expectRefused(method, path, "anna", "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
        expectRefused(method, path, "anna", "text/plain", text.getBytes(StandardCharsets.UTF_8), Map.of());
        expectRefused(method, path, "anna", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), Map.of());
        expectRefused(method, path, "anna", "application/json", new byte[] {(byte) 0xC3, 0x28, 0x7B}, Map.of());
    }

    private void attackMultipart(String method, String path) throws Exception {
        expectRefused(method, path, "anna", "multipart/form-data", "--grens\r\n".getBytes(StandardCharsets.UTF_8),
                Map.of());
        expectRefused(method, path, "anna", "multipart/form-data; boundary=grens", "geen multipart".getBytes(
                StandardCharsets.UTF_8), Map.of());
        List<Object[]> files = List.of(
                new Object[] {"file", "scan.pdf", new byte[0]},
                new Object[] {"bestand", "scan.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"file", "sc\u0000an.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"file", "x".repeat(300) + ".pdf", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)},
                new Object[] {"file", "plaatje.pdf", PNG},
                new Object[] {"file", "polyglot.pdf", "%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(
                        StandardCharsets.UTF_8)},
                new Object[] {"file", "plan.docx", "PK\u0003\u0004niet echt een zip".getBytes(
                        StandardCharsets.ISO_8859_1)});
        for (Object[] file : files) {
            String boundary = "grens" + UUID.randomUUID();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0]
                    + "\"; filename=\"" + file[1] + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(
                    StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] content = (byte[]) file[2];
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            expectRefused(method, path, "anna", "multipart/form-data; boundary=" + boundary, body, Map.of());
        }
    }

    /** The operation's path with the fixture's ids (or the given ones) in its parameters. */
    private String concrete(String template, Map<String, String> given) {
        String id = template.startsWith("/api/v1/envelopes") ? fixture.get("envelope")
                : template.startsWith("/api/v1/meetings") ? fixture.get("meeting")
                : template.contains("/local-plan") ? fixture.get("onboarding")
                : template.contains("/signing") ? fixture.get("signing")
                : fixture.get("recruiting");
        String token = template.startsWith("/api/v1/signing") ? fixture.get("signer")
                : template.startsWith("/api/v1/meetings") ? fixture.get("meetingToken")
                : fixture.get("invitation");
        return template.replace("{id}", given.getOrDefault("id", id))
                .replace("{partnerId}", given.getOrDefault("partnerId", fixture.get("partner")))
                .replace("{token}", given.getOrDefault("token", token));
    }

    /** A valid instance of the schema, with values that pass the API's own checks. */
    private JsonNode example(JsonNode document, JsonNode schema, String name) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return example(document, document.path("components").path("schemas").path(ref.substring(
                    ref.lastIndexOf('/') + 1)), name);
        }
        String type = schema.path("type").asText("object");
        String lower = name.toLowerCase();
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                schema.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(),
                        example(document, property.getValue(), property.getKey())));
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(lower.contains("province") ? JSON.getNodeFactory().textNode("Utrecht")
                        : example(document, schema.path("items"), name));
                return array;
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(10);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                if (schema.has("enum")) {
                    String first = schema.get("enum").get(0).asText();
                    return JSON.getNodeFactory().textNode(lower.equals("audience") ? "PROVINCES" : first);
                }
                String format = schema.path("format").asText("");
                Instant start = Instant.now().plus(50, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
                String value = format.equals("email") || lower.contains("email") ? "vijandig@example.nl"
                        : format.equals("date-time") ? (lower.contains("end") ? start.plus(2, ChronoUnit.HOURS)
                        : start).toString()
                        : lower.equals("municipalitycode") ? freeCode
                        : lower.contains("url") ? "https://example.nl/live"
                        : lower.equals("code") ? "123456"
                        : lower.equals("phone") ? "030 123 4567"
                        : lower.equals("type") ? "WELFARE"
                        : "Gewone tekst van een mens";
                return JSON.getNodeFactory().textNode(value);
            }
        }
    }

    private static void collect(JsonNode node, String prefix, List<String> fields) {
        node.fields().forEachRemaining(field -> {
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            fields.add(path);
            if (field.getValue().isObject()) {
                collect(field.getValue(), path, fields);
            } else if (field.getValue().isArray() && field.getValue().size() > 0
                    && field.getValue().get(0).isObject()) {
                collect(field.getValue().get(0), path + ".0", fields);
            }
        });
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String part : path.split("\\.")) {
            node = part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = parts[i].matches("\\d+") ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        ((ObjectNode) node).set(parts[parts.length - 1], value);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private record Answer(int status, String contentType, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    /** A request that must be refused (4xx problem detail) and change nothing. */
    private void expectRefused(String method, String path, String user, String contentType, byte[] body,
                               Map<String, String> headers) throws Exception {
        Map<String, String> before = counts();
        Answer answer = call(method, path, user, contentType, body, headers);
        String what = method + " " + abbreviate(path) + " " + abbreviate(body == null ? "" : new String(body,
                StandardCharsets.UTF_8)) + " " + abbreviate(headers.toString());
        if (answer.status() < 400) {
            violations.add(what + " → " + answer.status() + " (accepted)");
            return;
        }
        check(what, answer);
        Map<String, String> after = counts();
        if (!before.equals(after)) {
            violations.add(what + " → " + answer.status() + " but changed " + difference(before, after));
        }
    }

    /** A request that may be answered either way, but never with a 5xx and never a refusal that is not a problem. */
    private void expectAnswered(String method, String path, String user, String contentType, byte[] body,
                                Map<String, String> headers) throws Exception {
        Answer answer = call(method, path, user, contentType, body, headers);
        if (answer.status() >= 400) {
            check(method + " " + abbreviate(path) + " " + headers.keySet(), answer);
        }
    }

    private void expectRefusedPage(String method, String path, String contentType, byte[] body) throws Exception {
        Map<String, String> before = counts();
        Answer answer = call(method, path, null, contentType, body, Map.of("Accept", "text/html"));
        String what = method + " " + abbreviate(path) + " " + abbreviate(new String(body, StandardCharsets.UTF_8));
        if (answer.status() >= 500) {
            violations.add(what + " → " + answer.status());
        } else if (answer.status() >= 400 && !answer.body().contains("lang=\"nl\"")) {
            violations.add(what + " → " + answer.status() + " without a Dutch page: " + abbreviate(answer.body()));
        }
        if (!before.equals(counts())) {
            violations.add(what + " → " + answer.status() + " but changed " + difference(before, counts()));
        }
    }

    private void check(String what, Answer answer) throws Exception {
        if (answer.status() >= 500) {
            violations.add(what + " → " + answer.status() + " " + abbreviate(answer.body()));
        } else if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            violations.add(what + " → " + answer.status() + " as " + answer.contentType() + ": "
                    + abbreviate(answer.body()));
        } else if (!answer.json().path("type").asText().startsWith("urn:problem:coalition:")) {
            violations.add(what + " → " + answer.status() + " with type " + answer.json().path("type").asText());
        }
    }

    private Answer call(String method, String path, String user, String contentType, byte[] body,
                        Map<String, String> headers) throws Exception {
        requests++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        request.header("Accept", headers.getOrDefault("Accept", "application/json, application/problem+json"));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(
                    StandardCharsets.UTF_8)));
        }
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        HttpClient client = "text/html".equals(headers.get("Accept")) ? browser : http;
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body());
    }

    /**
     * What a refused request must not change: every row of the domain's tables (their count and the sum of their
     * rows' transaction ids, which an insert, update or delete changes), the number of events and the engine's
     * runtime. The notifications' and the dashboard's own tables change in the background and are left out.
     */
    private Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema()
                  and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like 'notification%'
                  and table_name not like 'dashboard%' and table_name not like 'login%' and table_name not in
                  ('secret_handover', 'flyway_schema_history', 'signing_audit', 'envelope_signer', 'envelope',
                  'outbox_event') order by table_name""", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from "
                    + table, String.class));
        }
        counts.put("signing_audit (steps)", jdbc.queryForObject("select count(*) from signing_audit where action not in "
                + "('opened', 'code-wrong', 'downloaded')", String.class));
        // a page view writes "opened" in the audit trail, and its head to the audit witness: not the journey's events
        counts.put("outbox_event (events)", jdbc.queryForObject("select count(*) from outbox_event where topic = "
                + "'coalition.onboarding.events.v1'", String.class));
        for (String table : List.of("envelope", "act_ru_execution", "act_ru_task", "act_ru_variable",
                "act_ru_job")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, String.class));
        }
        return counts;
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        StringBuilder changed = new StringBuilder();
        before.forEach((table, count) -> {
            if (!count.equals(after.get(table))) {
                changed.append(table).append(' ').append(count).append("→").append(after.get(table)).append(' ');
            }
        });
        return changed.toString().strip();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace("\u0000", "\\0").replaceAll("[\\r\\n]+", " ");
        return flat.length() > 90 ? flat.substring(0, 90) + "…(" + flat.length() + ")" : flat;
    }
}
