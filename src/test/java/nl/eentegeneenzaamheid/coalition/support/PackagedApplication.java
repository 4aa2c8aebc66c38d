package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The jar people deploy, started as they start it: {@code java -jar} in a process of its own, configured only by
 * environment variables, with nothing of the test class path. Its output goes to a log file whose end is shown when
 * it does not become ready.
 */
public final class PackagedApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    public PackagedApplication(Path jar, Map<String, String> environment, Path log) {
        this.jar = jar;
        this.port = freePort();
        this.environment = new LinkedHashMap<>(environment);
        this.environment.put("SERVER_PORT", Integer.toString(port));
        this.environment.putIfAbsent("COALITION_PUBLICURL", baseUrl());
        this.log = log;
    }

    /** The jar the build packaged: the system property {@code packaged.jar} that the pom passes to Failsafe. */
    public static Path packagedJar() {
        String jar = System.getProperty("packaged.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run this test with ./mvnw verify, "
                    + "which packages the jar before the integration tests");
        }
        return Path.of(jar);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the jar; the process inherits no class path, agent or tool options from the test JVM. */
    public PackagedApplication start() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx1g", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("COALITION_")
                || name.equals("CLASSPATH") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
        return this;
    }

    /**
     * Waits until the readiness probe answers 200.
     *
     * @throws AssertionError with the end of the log when the process ends or does not become ready in time
     */
    public Duration awaitReady(Duration timeout) {
        Instant start = Instant.now();
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("The jar stopped with exit code " + process.exitValue()
                            + " before it was ready. The end of its log (" + log + "):\n" + logTail(60));
                }
                return readinessStatus() == 200;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The jar did not become ready within " + timeout + ". The end of its log ("
                    + log + "):\n" + logTail(60));
        }
        return Duration.between(start, Instant.now());
    }

    /** The readiness probe's status code, 0 while nothing listens. */
    public int readinessStatus() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(authorized(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password).GET());
    }

    public HttpResponse<String> post(String path, String user, String password, String json) {
        return send(authorized(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> put(String path, String user, String password) {
        return send(authorized(HttpRequest.newBuilder(URI.create(baseUrl() + path)), user, password)
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    /** SIGTERM, as a platform stops a process; returns how long it took to end. */
    public Duration stop(Duration timeout) {
        Instant start = Instant.now();
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The jar did not stop within " + timeout + " of SIGTERM:\n" + logTail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.between(start, Instant.now());
    }

    /** SIGKILL: the process dies at once, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            kill();
        }
    }

    /**
     * The README's two engine-rest calls with which an administrator creates an account: the user, then its group.
     */
    public void createAccount(String admin, String adminPassword, String id, String password, String group) {
        HttpResponse<String> created = post("/engine-rest/user/create", admin, adminPassword, """
                {"profile": {"id": "%s", "firstName": "Test", "lastName": "%s", "email": "%s@example.nl"},
                 "credentials": {"password": "%s"}}""".formatted(id, id, id, password));
        if (created.statusCode() != 204) {
            throw new AssertionError("Creating " + id + ": HTTP " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> member = put("/engine-rest/group/" + group + "/members/" + id, admin, adminPassword);
        if (member.statusCode() != 204) {
            throw new AssertionError("Adding " + id + " to " + group + ": HTTP " + member.statusCode() + " "
                    + member.body());
        }
    }

    /**
     * Runs a tool of the JDK that runs this test ({@code keytool}, say), as an operator would on the command line.
     */
    public static void runJdkTool(String tool, Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        try {
            Process run = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!run.waitFor(2, TimeUnit.MINUTES) || run.exitValue() != 0) {
                throw new AssertionError(tool + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user, String password) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
