package nl.eentegeneenzaamheid.coalition.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every manifest under {@code infra/} against the real schemas, and the checks that matter in production.
 * <ul>
 * <li>Each resource file a kustomization in {@code infra/} lists, on its own (no tool needed).</li>
 * <li>What each overlay in {@code infra/k8s/overlays} renders with {@code kubectl kustomize}: what would be
 * applied. kubectl comes from the build (pom profile {@code kubectl}, linux-amd64) or the PATH; without it those tests
 * are skipped, unless {@code COALITION_KUBECTL=required} (CI, {@code .ci/run}), where they fail.</li>
 * </ul>
 * Core resources are read strictly into fabric8's Kubernetes model (an unknown field fails), Strimzi's and
 * CloudNativePG's against their CRDs' schemas ({@code src/test/resources/crds}, see the README there); then
 * {@link ProductionChecks}.
 */
class KubernetesManifestsTest {

    private static final Path INFRA = Path.of("infra");
    private static final Path OVERLAYS = INFRA.resolve("k8s/overlays");
    private static final ManifestValidator VALIDATOR = new ManifestValidator();

    @Test
    void every_resource_file_in_infra_is_valid_against_its_schema() throws IOException {
        List<Path> files = Kustomize.resourceFiles(INFRA.resolve("k8s/base"));
        assertThat(files).as("resource files found through infra/k8s/base/kustomization.yaml")
                .contains(INFRA.resolve("kafka/topics.yaml"), INFRA.resolve("postgres/cluster.yaml"),
                        INFRA.resolve("k8s/base/deployment.yaml"));
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode document : Yaml.documents(Files.readString(file))) {
                problems.addAll(VALIDATOR.validate(file.toString(), document));
            }
        }
        assertThat(problems).as("schema problems in the resource files").isEmpty();
    }

    @Test
    void every_overlay_directory_is_tested() throws IOException {
        try (var overlays = Files.list(OVERLAYS)) {
            assertThat(overlays.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("staging", "production");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "production"})
    void what_an_overlay_applies_is_valid_and_ready_for_production(String overlay) {
        Path directory = OVERLAYS.resolve(overlay);
        List<JsonNode> documents = Yaml.documents(Kustomize.render(directory));
        String source = "kubectl kustomize " + directory;

        List<String> problems = new ArrayList<>();
        for (JsonNode document : documents) {
            problems.addAll(VALIDATOR.validate(source, document));
        }
        problems.addAll(new ProductionChecks(source, documents, ProjectFacts.read()).problems());
        assertThat(problems).as("problems in what %s applies", directory).isEmpty();

        assertThat(kinds(documents)).as("kinds %s applies", directory).contains("Namespace", "ServiceAccount",
                "ConfigMap", "Deployment", "Service", "Ingress", "PodDisruptionBudget", "ServiceMonitor",
                "NetworkPolicy", "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "ScheduledBackup");
        String namespace = "coalition-" + overlay;
        for (JsonNode document : documents) {
            String expected = "Namespace".equals(document.path("kind").asText()) ? null : namespace;
            if (expected != null) {
                assertThat(document.path("metadata").path("namespace").asText())
                        .as("namespace of %s %s", document.path("kind").asText(),
                                document.path("metadata").path("name").asText())
                        .isEqualTo(expected);
            }
        }
        JsonNode deployment = documents.stream().filter(d -> "Deployment".equals(d.path("kind").asText()))
                .findFirst().orElseThrow();
        int replicas = deployment.path("spec").path("replicas").asInt();
        if ("production".equals(overlay)) {
            assertThat(replicas).as("production's application pods").isEqualTo(3);
        } else {
            assertThat(replicas).as("%s's application pods", overlay).isGreaterThanOrEqualTo(2);
        }
    }

    private static Set<String> kinds(List<JsonNode> documents) {
        Set<String> kinds = new TreeSet<>();
        documents.forEach(d -> kinds.add(d.path("kind").asText()));
        return kinds;
    }

    /** The topics and the version the manifests must agree with, read from the project itself. */
    record ProjectFacts(String version, Map<String, ProductionChecks.Topic> topics) {

        static ProjectFacts read() {
            try {
                String pom = Files.readString(Path.of("pom.xml"));
                // the project's own version: the first <version> after </parent>
                String afterParent = pom.substring(pom.indexOf("</parent>"));
                String version = afterParent.substring(afterParent.indexOf("<version>") + 9,
                        afterParent.indexOf("</version>"));
                JsonNode topicsNode = Yaml.documents(Files.readString(Path.of("src/main/resources/application.yaml")))
                        .get(0).path("coalition").path("kafka").path("topics");
                Map<String, ProductionChecks.Topic> topics = new LinkedHashMap<>();
                topicsNode.forEach(topic -> topics.put(topic.path("name").asText(), new ProductionChecks.Topic(
                        topic.path("name").asText(), topic.path("partitions").asInt(),
                        topic.path("retention").asLong())));
                return new ProjectFacts(version, topics);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Finds kubectl and renders an overlay. */
    static final class Kustomize {

        private Kustomize() {
        }

        static String render(Path directory) {
            Path kubectl = kubectl();
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                        .redirectErrorStream(false).start();
                var stdout = process.getInputStream().readAllBytes();
                var stderr = process.getErrorStream().readAllBytes();
                if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("kubectl kustomize " + directory + " took longer than two minutes");
                }
                if (process.exitValue() != 0) {
                    fail("kubectl kustomize " + directory + " failed (exit " + process.exitValue() + "):\n"
                            + new String(stderr, java.nio.charset.StandardCharsets.UTF_8));
                }
                return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("could not run " + kubectl, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The build's kubectl (pom profile kubectl), else one on the PATH. */
        static Path kubectl() {
            String fromBuild = System.getProperty("coalition.kubectl");
            if (fromBuild != null && Files.isExecutable(Path.of(fromBuild))) {
                return Path.of(fromBuild);
            }
            for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(directory, "kubectl");
                if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            String why = "no kubectl: the build fetches it on linux-amd64 into target/kubectl (pom profile kubectl; "
                    + "system property coalition.kubectl=" + fromBuild + "), else put kubectl 1.27 or newer on the PATH";
            if ("required".equals(System.getenv("COALITION_KUBECTL"))) {
                fail(why + " (COALITION_KUBECTL=required)");
            }
            org.junit.jupiter.api.Assumptions.abort(why);
            throw new IllegalStateException("unreachable");
        }

        /** The files (not directories) the kustomization in {@code directory} lists, and those of the ones it includes. */
        static List<Path> resourceFiles(Path directory) throws IOException {
            List<Path> files = new ArrayList<>();
            JsonNode kustomization = Yaml.documents(Files.readString(directory.resolve("kustomization.yaml"))).get(0);
            for (JsonNode resource : kustomization.path("resources")) {
                Path path = directory.resolve(resource.asText()).normalize();
                if (Files.isDirectory(path)) {
                    files.addAll(resourceFiles(path));
                } else {
                    files.add(path);
                }
            }
            return files;
        }
    }

    /** Multi-document YAML as Jackson trees. */
    static final class Yaml {

        private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper MAPPER =
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

        private Yaml() {
        }

        static List<JsonNode> documents(String yaml) {
            try (var iterator = MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
                List<JsonNode> documents = new ArrayList<>();
                while (iterator.hasNext()) {
                    JsonNode document = iterator.next();
                    if (document != null && !document.isNull() && !document.isMissingNode()) {
                        documents.add(document);
                    }
                }
                return documents;
            } catch (IOException e) {
                throw new IllegalStateException("not YAML: " + e.getMessage(), e);
            }
        }
    }
}
