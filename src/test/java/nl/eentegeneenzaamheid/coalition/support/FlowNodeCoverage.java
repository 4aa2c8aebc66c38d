package nl.eentegeneenzaamheid.coalition.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of a process, measured from the engine's own history (history level FULL): which flow nodes of
 * the deployed definition have ever been entered. Written as a report to {@code target/process-test-coverage/}.
 *
 * Each process's test class runs on an engine of its own ({@link StandaloneProcessEngine}), so the history read is
 * that class's alone and the check holds when the class runs by itself.
 *
 * <p>Why not camunda-process-test-coverage: its engine plugin fails every process execution outside the test classes
 * it covers ("Coverage state must be initialized").
 */
public final class FlowNodeCoverage {

    public record Result(String processKey, Set<String> flowNodes, Set<String> covered) {

        public Set<String> missed() {
            Set<String> missed = new TreeSet<>(flowNodes);
            missed.removeAll(covered);
            return missed;
        }

        public double ratio() {
            return flowNodes.isEmpty() ? 1.0 : (double) (flowNodes.size() - missed().size()) / flowNodes.size();
        }
    }

    private FlowNodeCoverage() {
    }

    public static Result of(ProcessEngine engine, String processKey) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        Set<String> flowNodes = engine.getRepositoryService().getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processDefinitionId(definition.getId()).list().stream()
                .map(instance -> instance.getActivityId()).filter(flowNodes::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        Result result = new Result(processKey, flowNodes, covered);
        write(result, definition.getVersionTag() == null ? processKey
                : processKey + "-version-" + definition.getVersionTag());
        return result;
    }

    private static void write(Result result, String name) {
        Path report = Path.of("target", "process-test-coverage", name + ".md");
        List<String> lines = new java.util.ArrayList<>(List.of(
                "# Flow-node coverage: " + result.processKey(), "",
                String.format("%d of %d flow nodes (%.0f %%)", result.covered().size(), result.flowNodes().size(),
                        result.ratio() * 100), "", "| flow node | covered |", "|---|---|"));
        result.flowNodes().forEach(node -> lines.add("| " + node + " | " + (result.covered().contains(node) ? "yes"
                : "**no**") + " |"));
        try {
            Files.createDirectories(report.getParent());
            Files.write(report, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
