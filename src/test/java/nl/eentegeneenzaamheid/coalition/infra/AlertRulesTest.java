package nl.eentegeneenzaamheid.coalition.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The alert rules and the dashboard in infra/: the PrometheusRule carries exactly the rule file's groups, every alert
 * has a severity, a summary, a description and a runbook section, every alert is unit-tested both firing and quiet,
 * and the dashboard is well-formed. Where promtool is installed (Debian's prometheus package; .ci/run puts it in
 * .tools/), it checks the rules, runs their unit tests and parses every dashboard query; without it those tests are
 * skipped, unless {@code COALITION_PROMTOOL_TESTS=required} (as in .ci/run), when they fail.
 */
class AlertRulesTest {

    private static final Path PROMETHEUS = Path.of("infra/prometheus");
    private static final Path RULES = PROMETHEUS.resolve("coalition-workflow.rules.yaml");
    private static final Path RULE_TESTS = PROMETHEUS.resolve("coalition-workflow.rules.test.yaml");
    private static final Path PROMETHEUS_RULE = PROMETHEUS.resolve("prometheusrule.yaml");
    private static final Path RUNBOOK = PROMETHEUS.resolve("RUNBOOK.md");
    private static final Path GRAFANA = Path.of("infra/grafana");
    private static final Path DASHBOARD = GRAFANA.resolve("coalition-workflow.json");
    private static final String DATASOURCE = "${datasource}";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_prometheus_rule_carries_exactly_the_rule_files_groups() throws IOException {
        JsonNode resource = YAML.readTree(PROMETHEUS_RULE.toFile());
        assertThat(resource.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(resource.path("kind").asText()).isEqualTo("PrometheusRule");
        assertThat(resource.at("/metadata/name").asText()).isEqualTo("coalition-workflow");
        assertThat(resource.at("/metadata/labels/release").asText()).isNotBlank();

        assertThat(resource.at("/spec/groups")).isEqualTo(YAML.readTree(RULES.toFile()).get("groups"));

        JsonNode kustomization = YAML.readTree(PROMETHEUS.resolve("kustomization.yaml").toFile());
        assertThat(texts(kustomization.path("resources"))).contains("prometheusrule.yaml");
    }

    @Test
    void every_alert_has_a_severity_a_summary_a_description_and_a_runbook_section() throws IOException {
        Set<String> anchors = runbookAnchors();
        Map<String, JsonNode> alerts = alerts();
        assertThat(alerts).isNotEmpty();
        alerts.forEach((name, rule) -> {
            assertThat(rule.at("/labels/severity").asText()).as("severity of %s", name)
                    .isIn("critical", "warning", "info");
            assertThat(rule.at("/annotations/summary").asText()).as("summary of %s", name).isNotBlank();
            assertThat(rule.at("/annotations/description").asText()).as("description of %s", name).isNotBlank();
            String runbook = rule.at("/annotations/runbook_url").asText();
            assertThat(runbook).as("runbook_url of %s", name)
                    .isEqualTo("infra/prometheus/RUNBOOK.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(anchors).as("sections of RUNBOOK.md").contains(runbook.substring(runbook.indexOf('#') + 1));
        });
    }

    @Test
    void every_alert_is_tested_firing_and_quiet() throws IOException {
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (JsonNode group : YAML.readTree(RULE_TESTS.toFile()).path("tests")) {
            for (JsonNode test : group.path("alert_rule_test")) {
                String alert = test.path("alertname").asText();
                (test.path("exp_alerts").isEmpty() ? quiet : firing).add(alert);
            }
        }
        Set<String> alerts = alerts().keySet();
        assertThat(firing).as("alerts with a test where they fire").containsAll(alerts);
        assertThat(quiet).as("alerts with a test where they stay quiet").containsAll(alerts);
        assertThat(alerts).as("every tested alert exists").containsAll(firing).containsAll(quiet);
    }

    @Test
    void the_dashboard_is_well_formed() throws IOException {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("coalition-workflow");
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);

        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard.at("/templating/list").forEach(variable -> variables.put(variable.path("name").asText(), variable));
        assertThat(variables).containsKeys("datasource", "namespace", "pod");
        assertThat(variables.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(variables.get("datasource").path("query").asText()).isEqualTo("prometheus");
        assertThat(variables.get("namespace").at("/datasource/uid").asText()).isEqualTo(DATASOURCE);
        assertThat(variables.get("pod").at("/datasource/uid").asText()).isEqualTo(DATASOURCE);

        List<String> rows = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels(dashboard)) {
            String title = panel.path("title").asText();
            assertThat(title).as("a panel's title").isNotBlank();
            assertThat(ids.add(panel.path("id").asInt())).as("unique id of %s", title).isTrue();
            assertThat(panel.has("gridPos")).as("gridPos of %s", title).isTrue();
            if (panel.path("type").asText().equals("row")) {
                rows.add(title);
                continue;
            }
            assertThat(panel.at("/datasource/type").asText()).as("datasource of %s", title).isEqualTo("prometheus");
            assertThat(panel.at("/datasource/uid").asText()).as("datasource of %s", title).isEqualTo(DATASOURCE);
            assertThat(panel.path("description").asText()).as("description of %s", title).isNotBlank();
            assertThat(panel.path("targets")).as("queries of %s", title).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.at("/datasource/uid").asText()).as("datasource of %s", title).isEqualTo(DATASOURCE);
                assertThat(target.path("expr").asText()).as("query of %s", title).isNotBlank();
            }
        }
        assertThat(rows).containsExactly("The country's progress", "Staff work", "Signing", "Events and outbox",
                "Mail", "JVM and database");

        JsonNode generator = YAML.readTree(GRAFANA.resolve("kustomization.yaml").toFile()).at("/configMapGenerator/0");
        assertThat(texts(generator.path("files"))).containsExactly("coalition-workflow.json");
        assertThat(generator.at("/options/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(generator.at("/options/disableNameSuffixHash").asBoolean()).isTrue();
    }

    @Test
    void promtool_checks_the_rules() throws Exception {
        assertThat(promtool("check", "rules", RULES.toString())).contains("SUCCESS");
    }

    @Test
    void promtool_proves_each_alert_fires_and_stays_quiet() throws Exception {
        assertThat(promtool("test", "rules", RULE_TESTS.toString())).contains("SUCCESS");
    }

    /** Every dashboard query, its Grafana variables filled in, parses as PromQL (as a recording rule). */
    @Test
    void promtool_parses_every_dashboard_query(@TempDir Path directory) throws Exception {
        ArrayNode rules = YAML.createArrayNode();
        for (JsonNode panel : panels(JSON.readTree(DASHBOARD.toFile()))) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText()
                        .replace("$__rate_interval", "5m").replace("$__range", "1h")
                        .replace("$namespace", "coalition").replace("$pod", ".*");
                ObjectNode rule = rules.addObject();
                rule.put("record", "dashboard:query:" + rules.size());
                rule.put("expr", expr);
            }
        }
        ObjectNode file = YAML.createObjectNode();
        file.putArray("groups").addObject().put("name", "dashboard").set("rules", rules);
        Path queries = directory.resolve("dashboard-queries.yaml");
        YAML.writeValue(queries.toFile(), file);
        assertThat(promtool("check", "rules", queries.toString())).contains("SUCCESS: " + rules.size() + " rules");
    }

    private static Map<String, JsonNode> alerts() throws IOException {
        Map<String, JsonNode> alerts = new LinkedHashMap<>();
        for (JsonNode group : YAML.readTree(RULES.toFile()).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    assertThat(alerts.put(rule.path("alert").asText(), rule)).as("alert names are unique").isNull();
                }
            }
        }
        return alerts;
    }

    /** The anchors GitHub (and most Markdown renderers) give the runbook's headings. */
    private static Set<String> runbookAnchors() throws IOException {
        Set<String> anchors = new HashSet<>();
        Matcher heading = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$")
                .matcher(Files.readString(RUNBOOK, StandardCharsets.UTF_8));
        while (heading.find()) {
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }

    /** The dashboard's panels, those inside collapsed rows included. */
    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Runs promtool and returns its output; fails with that output when promtool does. */
    private static String promtool(String... arguments) throws Exception {
        Path promtool = findPromtool();
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as("%s exit code; its output:%n%s", command, output).isZero();
        return output;
    }

    /** PROMTOOL, else .tools/ (where .ci/run installs it), else the PATH. */
    private static Path findPromtool() {
        Stream<Path> candidates = Stream.concat(
                Stream.of(System.getenv("PROMTOOL"), ".tools/prometheus/usr/bin/promtool")
                        .filter(path -> path != null && !path.isBlank()).map(Path::of),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(directory -> !directory.isBlank()).map(directory -> Path.of(directory, "promtool")));
        Path found = candidates.filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null && "required".equals(System.getenv("COALITION_PROMTOOL_TESTS"))) {
            throw new IllegalStateException("The alert rules' tests need promtool (Debian's prometheus package): "
                    + ".ci/run installs it into .tools/, or set PROMTOOL to its path");
        }
        Assumptions.assumeTrue(found != null, "promtool is not installed");
        return found;
    }
}
