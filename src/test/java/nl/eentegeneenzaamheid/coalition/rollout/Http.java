package nl.eentegeneenzaamheid.coalition.rollout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The simulator's HTTP client: calls the instance as a municipality's system, a partner, a signer or a staff member
 * would, and records each call's latency under the endpoint's name ({@code POST /api/v1/intents}).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final Accounts accounts;
    private final Latencies latencies;

    Http(String baseUrl, Accounts accounts, Latencies latencies) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accounts = accounts;
        this.latencies = latencies;
    }

    record Response(int status, JsonNode body, String text) {
        Response expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("HTTP " + status + ": " + text);
        }
    }

    Response get(String endpoint, String path, String user) {
        return send(endpoint, request(path, user).GET());
    }

    /** A GET that accepts the given media type (Prometheus's text format, say) instead of JSON. */
    Response get(String endpoint, String path, String user, String accept) {
        return send(endpoint, request(path, user).setHeader("Accept", accept).GET());
    }

    Response post(String endpoint, String path, String user, String json) {
        return send(endpoint, request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response post(String endpoint, String path, String user, String json, String accept) {
        return send(endpoint, request(path, user).header("Content-Type", "application/json").setHeader("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String endpoint, String path, String user) {
        return send(endpoint, request(path, user).DELETE());
    }

    /** A multipart upload with one part, {@code file}. */
    Response upload(String endpoint, String path, String user, String filename, String contentType, byte[] content) {
        String boundary = "rollout-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(endpoint, request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    String baseUrl() {
        return baseUrl;
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + accounts.passwordOf(user)).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(String endpoint, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.record(endpoint, System.nanoTime() - start);
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim()
                    .startsWith("[") ? JSON.nullNode() : JSON.readTree(text);
            return new Response(response.statusCode(), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException(endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + endpoint, e);
        }
    }
}
