package nl.eentegeneenzaamheid.coalition.infra;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * Validates one Kubernetes resource against its real schema, the way an API server would, but stricter: it does not
 * prune what it does not know.
 * <ul>
 * <li>Core and prometheus-operator kinds are read into fabric8's model with unknown fields failing (the model's
 * {@code @JsonAnySetter} that would swallow them is switched off) and without coercing scalars ("3" is no int).</li>
 * <li>Strimzi and CloudNativePG kinds are validated against the {@code openAPIV3Schema} of their CRDs
 * ({@code src/test/resources/crds}) in OpenAPI 3.0 mode; every {@code type: object} with {@code properties} that does
 * not preserve unknown fields gets {@code additionalProperties: false} (outside oneOf/anyOf/allOf branches), so an
 * unknown field fails where Kubernetes would silently drop it. Their metadata goes through fabric8's ObjectMeta.</li>
 * </ul>
 */
final class ManifestValidator {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    private static final List<String> CRDS = List.of(
            "crds/strimzi/040-Crd-kafka.yaml",
            "crds/strimzi/043-Crd-kafkatopic.yaml",
            "crds/strimzi/044-Crd-kafkauser.yaml",
            "crds/strimzi/045-Crd-kafkanodepool.yaml",
            "crds/cloudnative-pg/postgresql.cnpg.io_clusters.yaml",
            "crds/cloudnative-pg/postgresql.cnpg.io_scheduledbackups.yaml");

    private static final List<String> KUBERNETES_KEYWORDS = List.of("x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-int-or-string", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
            "x-kubernetes-map-type", "x-kubernetes-validations", "x-kubernetes-embedded-resource");

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    // fabric8's models keep unknown fields in additionalProperties: here they must fail instead
                    return Boolean.FALSE;
                }
            })
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** group/version/kind of each CRD version served, to its schema. */
    private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();
    /** group/kind, to the versions its CRD serves. */
    private final Map<String, Set<String>> served = new LinkedHashMap<>();

    ManifestValidator() {
        JsonMetaSchema openApi = JsonMetaSchema.builder(OpenApi30.getInstance().getIri(), OpenApi30.getInstance())
                .keywords(KUBERNETES_KEYWORDS.stream().map(NonValidationKeyword::new).toList())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(openApi).defaultMetaSchemaIri(openApi.getIri()));
        for (String crd : CRDS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(crd)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + crd);
                }
                JsonNode definition = KubernetesManifestsTest.Yaml.documents(
                        new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).get(0);
                String group = definition.path("spec").path("group").asText();
                String kind = definition.path("spec").path("names").path("kind").asText();
                for (JsonNode version : definition.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean()) {
                        continue;
                    }
                    String name = version.path("name").asText();
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    closeObjects(schema);
                    schemas.put(group + "/" + name + "/" + kind, factory.getSchema(schema));
                    served.computeIfAbsent(group + "/" + kind, k -> new TreeSet<>()).add(group + "/" + name);
                }
            } catch (IOException e) {
                throw new IllegalStateException(crd, e);
            }
        }
    }

    /** The problems of one resource, each naming where it came from; empty when valid. */
    List<String> validate(String source, JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String kind = resource.path("kind").asText();
        String name = resource.path("metadata").path("name").asText("<no name>");
        String where = source + ": " + kind + " " + name + " (" + apiVersion + ")";
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(apiVersion + "/" + kind);
        if (model != null) {
            read(resource, model, where, problems);
            return problems;
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        JsonSchema schema = schemas.get(apiVersion + "/" + kind);
        if (schema == null) {
            Set<String> versions = served.get(group + "/" + kind);
            problems.add(where + ": " + (versions != null
                    ? apiVersion + " is not served for " + kind + " by the CRDs in src/test/resources/crds; served: "
                            + versions + (group.equals("kafka.strimzi.io")
                                    ? " (Strimzi 1.x accepts only kafka.strimzi.io/v1)" : "")
                    : "no schema for this kind: add its fabric8 model or its CRD to ManifestValidator"));
            return problems;
        }
        read(resource.path("metadata"), ObjectMeta.class, where + " metadata", problems);
        for (ValidationMessage message : schema.validate(resource)) {
            problems.add(where + ": " + message.getMessage());
        }
        return problems;
    }

    private void read(JsonNode node, Class<?> model, String where, List<String> problems) {
        try {
            strict.treeToValue(node, model);
        } catch (JsonMappingException e) {
            problems.add(where + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + " at "
                    + path(e));
        } catch (IOException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Adds {@code additionalProperties: false} to every object schema with properties that does not preserve unknown
     * fields; leaves the branches of oneOf/anyOf/allOf alone (closing them would reject what another branch allows).
     */
    static void closeObjects(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        if ("object".equals(node.path("type").asText()) && node.has("properties")
                && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)
                && !node.has("additionalProperties")) {
            node.put("additionalProperties", false);
        }
        for (Iterator<JsonNode> properties = node.path("properties").elements(); properties.hasNext(); ) {
            closeObjects(properties.next());
        }
        closeObjects(node.get("items"));
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            closeObjects(additional);
        }
    }
}
