package nl.eentegeneenzaamheid.coalition.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The rules of workflows/, checked on the files: every user task has a Camunda Form that exists, a candidate group
 * and a due date; every process has a history time to live; no form binds one variable twice (Tasklist refuses
 * such a form).
 */
class WorkflowResourcesTest {

    static final Path WORKFLOWS = Path.of("workflows");

    @Test
    void every_user_task_has_an_existing_form_a_candidate_group_and_a_due_date() throws IOException {
        Map<String, Path> forms = forms();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId() + " has a form").isNotBlank();
                assertThat(forms).as(task.getId() + "'s form exists").containsKey(task.getCamundaFormRef());
                assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " has a candidate group").isNotBlank();
                assertThat(task.getCamundaDueDate()).as(task.getId() + " has a due date").isNotBlank();
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " history TTL")
                        .isNotBlank();
            }
        }
    }

    @Test
    void no_form_binds_a_variable_twice() throws IOException {
        for (Path form : forms().values()) {
            JsonNode json = new ObjectMapper().readTree(form.toFile());
            List<String> keys = new ArrayList<>();
            json.path("components").forEach(component -> {
                if (component.hasNonNull("key")) {
                    keys.add(component.get("key").asText());
                }
            });
            assertThat(keys).as(form + " binds each variable once").doesNotHaveDuplicates();
        }
    }

    private static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.walk(WORKFLOWS)) {
            return files.filter(path -> path.toString().endsWith(".bpmn"))
                    .map(path -> Bpmn.readModelFromFile(path.toFile())).toList();
        }
    }

    private static Map<String, Path> forms() throws IOException {
        Map<String, Path> forms = new HashMap<>();
        try (Stream<Path> files = Files.walk(WORKFLOWS)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                forms.put(new ObjectMapper().readTree(path.toFile()).path("id").asText(), path);
            }
        }
        return forms;
    }
}
