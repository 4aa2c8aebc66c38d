package nl.eentegeneenzaamheid.coalition.support;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Calls the project's API as a client would: JSON in, JSON (or a problem detail) out.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public record Response(int status, HttpHeaders headers, JsonNode body) {
    }

    /** A valid intent of the municipality, as its system would send it. */
    public static String intent(String municipalityCode) {
        return intent(municipalityCode, "j.broekema@example.nl", "e.bakker@example.nl");
    }

    /** A valid intent with the alderman's and the contact's own addresses (their mailboxes). */
    public static String intent(String municipalityCode, String aldermanEmail, String contactEmail) {
        return """
                {"municipalityCode": "%s",
                 "alderman": {"name": "Jan Broekema", "email": "%s"},
                 "contact": {"name": "Els Bakker", "email": "%s", "phone": "0592 366 911"},
                 "inCollegeProgramme": true,
                 "motivation": "Samen met onze partners willen we eenzaamheid eerder signaleren en doorbreken."}
                """.formatted(municipalityCode, aldermanEmail, contactEmail);
    }

    public Response post(String path, String user, String body, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        extraHeaders.forEach(headers::add);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return toResponse(client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
    }

    public Response post(String path, String user, String body) {
        return post(path, user, body, Map.of());
    }

    public Response get(String path, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return toResponse(client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class));
    }

    /** Uploads a file as a multipart form with one part, {@code file}; returns the status. */
    public int upload(String path, String user, String filename, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class).getStatusCode().value();
    }

    private static Response toResponse(ResponseEntity<String> response) {
        try {
            JsonNode body = response.getBody() == null ? JSON.nullNode() : JSON.readTree(response.getBody());
            return new Response(response.getStatusCode().value(), response.getHeaders(), body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Response is not JSON: " + response.getBody(), e);
        }
    }
}
