package nl.eentegeneenzaamheid.coalition.notifications.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.notifications.OverdueTasks;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

@Component
class CamundaOverdueTasks implements OverdueTasks {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final TaskService tasks;

    CamundaOverdueTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public List<Task> dueBefore(Instant moment) {
        return tasks.createTaskQuery().active().dueBefore(Date.from(moment)).orderByDueDate().asc().list().stream()
                .map(task -> new Task(task.getName(), task.getDueDate().toInstant().atZone(NETHERLANDS).toLocalDate(),
                        task.getAssignee())).toList();
    }
}
