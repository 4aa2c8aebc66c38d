package nl.eentegeneenzaamheid.coalition.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a schema cannot say but production needs, over everything one overlay applies. Each problem says what is wrong,
 * where, and what to do.
 */
final class ProductionChecks {

    record Topic(String name, int partitions, long retention) {
    }

    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String PROJECT = "coalition-workflow";
    static final String INSTANCE = "app.kubernetes.io/instance";
    /** Words in a variable or key name that mean its value is a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY",
            "CREDENTIALS", "JAAS", "PRIVATE");
    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet",
            "Pod", "CronJob");

    private final String source;
    private final List<JsonNode> documents;
    private final KubernetesManifestsTest.ProjectFacts project;
    private final List<String> problems = new ArrayList<>();

    ProductionChecks(String source, List<JsonNode> documents, KubernetesManifestsTest.ProjectFacts project) {
        this.source = source;
        this.documents = documents;
        this.project = project;
    }

    List<String> problems() {
        Set<String> instances = new TreeSet<>();
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            JsonNode labels = document.path("metadata").path("labels");
            if (!PROJECT.equals(labels.path(PART_OF).asText())) {
                problem(document, "has no label " + PART_OF + "=" + PROJECT
                        + " (the base kustomization's labels: does the resource come through infra/k8s/base?)");
            }
            instances.add(labels.path(INSTANCE).asText("<none>"));
            if (WORKLOADS.contains(kind)) {
                checkPodSpec(document, podSpec(document));
            }
            switch (kind) {
                case "Secret" -> checkSecret(document);
                case "ConfigMap" -> checkConfigMap(document);
                case "Ingress" -> checkIngress(document);
                case "Cluster" -> checkImage(document, "spec.imageName",
                        document.path("spec").path("imageName").asText(null), false);
                default -> {
                }
            }
        }
        if (instances.size() != 1) {
            problems.add(source + ": the resources carry different " + INSTANCE + " labels " + instances
                    + ": an overlay labels all it applies alike");
        }
        checkPublicUrl();
        checkTopics();
        return problems;
    }

    private static JsonNode podSpec(JsonNode workload) {
        return switch (workload.path("kind").asText()) {
            case "Pod" -> workload.path("spec");
            case "CronJob" -> workload.path("spec").path("jobTemplate").path("spec").path("template").path("spec");
            default -> workload.path("spec").path("template").path("spec");
        };
    }

    private void checkPodSpec(JsonNode workload, JsonNode pod) {
        JsonNode podSecurity = pod.path("securityContext");
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        boolean initContainer = true;
        int initContainers = pod.path("initContainers").size();
        for (int i = 0; i < containers.size(); i++) {
            initContainer = i < initContainers;
            JsonNode container = containers.get(i);
            String name = "container " + container.path("name").asText();
            if (!initContainer) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    if (!container.has(probe)) {
                        problem(workload, name + " has no " + probe);
                    }
                }
                JsonNode startup = container.path("startupProbe");
                if (container.has("startupProbe")) {
                    int allowed = startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3)
                            + startup.path("initialDelaySeconds").asInt(0);
                    if (allowed < 180) {
                        problem(workload, name + "'s startupProbe allows " + allowed
                                + " s to start; Camunda needs up to 3 minutes on a new database (periodSeconds × "
                                + "failureThreshold ≥ 180)");
                    }
                }
            }
            for (String part : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (!container.path("resources").path(part).has(resource)) {
                        problem(workload, name + " has no resources." + part + "." + resource);
                    }
                }
            }
            checkImage(workload, name, container.path("image").asText(null), true);
            JsonNode security = container.path("securityContext");
            if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
                problem(workload, name + " may run as root: set securityContext.runAsNonRoot: true");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problem(workload, name + " has a writable root filesystem: set securityContext.readOnlyRootFilesystem:"
                        + " true (and an emptyDir where it must write)");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problem(workload, name + " may escalate privileges: set securityContext.allowPrivilegeEscalation: false");
            }
            for (JsonNode variable : container.path("env")) {
                if (variable.has("value") && looksSecret(variable.path("name").asText())) {
                    problem(workload, name + "'s environment variable " + variable.path("name").asText()
                            + " has an inline value: a secret belongs in a Secret, referenced with "
                            + "valueFrom.secretKeyRef");
                }
            }
        }
    }

    private void checkImage(JsonNode document, String what, String image, boolean projectImage) {
        if (image == null || image.isBlank()) {
            problem(document, what + " names no image");
            return;
        }
        if (DIGEST.matcher(image).matches()) {
            return;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            problem(document, what + " uses image " + image + " without a tag: name a version or a digest");
            return;
        }
        String tag = image.substring(colon + 1);
        if ("latest".equals(tag)) {
            problem(document, what + " uses image " + image + ": never `latest`, name a version or a digest");
        } else if (projectImage && image.startsWith("ghcr.io/eentegeneenzaamheid/coalition-workflow:")
                && !tag.equals(project.version())) {
            problem(document, what + " runs " + image + " but the pom's version is " + project.version()
                    + ": name the version being released (or its digest)");
        }
    }

    private void checkSecret(JsonNode secret) {
        if (secret.path("data").size() > 0 || secret.path("stringData").size() > 0) {
            problem(secret, "holds its values inline: create the Secret by hand or with the platform's secret store "
                    + "(README \"On Kubernetes\") and reference it; the manifests never carry secrets");
        }
    }

    private void checkConfigMap(JsonNode configMap) {
        configMap.path("data").fieldNames().forEachRemaining(key -> {
            if (looksSecret(key)) {
                problem(configMap, "key " + key + " looks like a secret: put it in a Secret and reference it");
            }
        });
    }

    static boolean looksSecret(String name) {
        return Arrays.stream(name.toUpperCase(java.util.Locale.ROOT).split("[^A-Z0-9]+"))
                .anyMatch(SECRET_WORDS::contains);
    }

    private void checkIngress(JsonNode ingress) {
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                checkIngressBackend(ingress, path.path("backend").path("service"));
            }
        }
        checkIngressBackend(ingress, ingress.path("spec").path("defaultBackend").path("service"));
    }

    private void checkIngressBackend(JsonNode ingress, JsonNode backend) {
        if (backend.isMissingNode()) {
            return;
        }
        String serviceName = backend.path("name").asText();
        JsonNode port = backend.path("port");
        JsonNode service = find("Service", serviceName);
        if (service == null) {
            problem(ingress, "routes to Service " + serviceName + ", which this overlay does not define");
            return;
        }
        boolean found = false;
        for (JsonNode servicePort : service.path("spec").path("ports")) {
            boolean chosen = port.has("number") ? port.path("number").asInt() == servicePort.path("port").asInt()
                    : port.path("name").asText().equals(servicePort.path("name").asText());
            found |= chosen;
            if (chosen && isManagement(servicePort)) {
                problem(ingress, "routes to the management port (Service " + serviceName + ", port "
                        + servicePort.path("port").asText() + "): health and metrics stay inside the cluster");
            }
        }
        if (!found) {
            problem(ingress, "routes to port " + (port.has("number") ? port.path("number").asText()
                    : port.path("name").asText()) + ", which Service " + serviceName + " does not have");
        }
    }

    private static boolean isManagement(JsonNode servicePort) {
        return "management".equals(servicePort.path("name").asText())
                || "management".equals(servicePort.path("targetPort").asText())
                || servicePort.path("port").asInt() == 8081 || servicePort.path("targetPort").asInt() == 8081;
    }

    /** COALITION_PUBLICURL is where people reach the system: the Ingress's host, over HTTPS. */
    private void checkPublicUrl() {
        JsonNode configMap = find("ConfigMap", PROJECT);
        JsonNode ingress = find("Ingress", PROJECT);
        if (configMap == null || ingress == null) {
            problems.add(source + ": expected the ConfigMap and the Ingress " + PROJECT);
            return;
        }
        String publicUrl = configMap.path("data").path("COALITION_PUBLICURL").asText();
        String host = ingress.path("spec").path("rules").path(0).path("host").asText();
        if (!publicUrl.equals("https://" + host)) {
            problem(configMap, "COALITION_PUBLICURL is " + publicUrl + " but the Ingress serves https://" + host
                    + ": links in mails would lead elsewhere");
        }
        boolean tlsForHost = false;
        for (JsonNode tls : ingress.path("spec").path("tls")) {
            for (JsonNode tlsHost : tls.path("hosts")) {
                tlsForHost |= tlsHost.asText().equals(host);
            }
        }
        if (!tlsForHost) {
            problem(ingress, "has no TLS for its host " + host);
        }
    }

    /** The KafkaTopics applied are the topics application.yaml creates; the user's ACLs name only those. */
    private void checkTopics() {
        Map<String, Topic> applied = new TreeMap<>();
        for (JsonNode document : documents) {
            if ("KafkaTopic".equals(document.path("kind").asText())) {
                JsonNode spec = document.path("spec");
                String name = spec.path("topicName").asText(document.path("metadata").path("name").asText());
                applied.put(name, new Topic(name, spec.path("partitions").asInt(),
                        spec.path("config").path("retention.ms").asLong()));
            }
        }
        if (!applied.equals(new TreeMap<>(project.topics()))) {
            problems.add(source + ": the KafkaTopics " + applied.values() + " are not the topics application.yaml "
                    + "creates " + project.topics().values() + " (infra/kafka/topics.yaml)");
        }
        for (JsonNode document : documents) {
            if (!"KafkaUser".equals(document.path("kind").asText())) {
                continue;
            }
            for (JsonNode acl : document.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                if (!"literal".equals(resource.path("patternType").asText("literal"))
                        || "*".equals(resource.path("name").asText())) {
                    problem(document, "grants " + acl.path("operations") + " on " + resource.path("type").asText()
                            + " " + resource.path("name").asText() + " by pattern: name exactly what the "
                            + "application uses");
                }
                if ("topic".equals(resource.path("type").asText())
                        && !project.topics().containsKey(resource.path("name").asText())) {
                    problem(document, "grants access to topic " + resource.path("name").asText()
                            + ", which the application does not use");
                }
            }
        }
    }

    private JsonNode find(String kind, String name) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())
                && name.equals(d.path("metadata").path("name").asText())).findFirst().orElse(null);
    }

    private void problem(JsonNode document, String what) {
        problems.add(source + ": " + document.path("kind").asText() + " "
                + document.path("metadata").path("name").asText() + ": " + what);
    }
}
