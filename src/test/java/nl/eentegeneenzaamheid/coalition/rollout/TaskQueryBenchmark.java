package nl.eentegeneenzaamheid.coalition.rollout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * The query Tasklist makes when a staff member opens "Mijn groep": the filter's first page and its count, through
 * the engine's REST API as hal+json, with a given number of open tasks for the staff's group. The open tasks are
 * put there through the engine's Java API (where the instance runs in this JVM) or its REST API (elsewhere; the
 * administrator needs CREATE on tasks), as tasks of the programme-staff group, and removed afterwards.
 */
final class TaskQueryBenchmark {

    static final String LIST = "Tasklist: POST /engine-rest/filter/{id}/list";
    static final String COUNT = "Tasklist: GET /engine-rest/filter/{id}/count";
    private static final String PREFIX = "rollout-open-task-";
    private static final int BATCH = 500;

    private final Http http;
    private final ProcessEngine engine;

    /** {@code engine}: the instance's engine when it runs in this JVM, otherwise null. */
    TaskQueryBenchmark(Http http, ProcessEngine engine) {
        this.http = http;
        this.engine = engine;
    }

    /** Puts {@code count} open tasks in place, measures {@code rounds} list-and-count queries as {@code user}. */
    long run(int count, int rounds, String user, Progress progress) {
        int created = 0;
        try {
            while (created < count) {
                int to = Math.min(count, created + BATCH);
                create(created, to);
                created = to;
                progress.set(created);
            }
            String filterId = http.get("filter", "/engine-rest/filter?name="
                    + URLEncoder.encode("Mijn groep", StandardCharsets.UTF_8), user).expect(200).body().get(0)
                    .path("id").asText();
            long open = http.get(COUNT, "/engine-rest/filter/" + filterId + "/count", user).expect(200).body()
                    .path("count").asLong();
            for (int i = 0; i < rounds; i++) {
                http.post(LIST, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", user,
                        "{}", "application/hal+json").expect(200);
                http.get(COUNT, "/engine-rest/filter/" + filterId + "/count", user).expect(200);
            }
            return open;
        } finally {
            for (int from = 0; from < created; from += BATCH) {
                delete(from, Math.min(created, from + BATCH));
            }
        }
    }

    private void create(int from, int to) {
        if (engine == null) {
            for (int i = from; i < to; i++) {
                http.post("seed", "/engine-rest/task/create", "admin", """
                        {"id": "%s%d", "name": "Openstaande taak %d", "priority": %d,
                         "due": "%sT17:00:00.000+0100"}""".formatted(PREFIX, i, i, priority(i), due(i))).expect(204);
                http.post("seed", "/engine-rest/task/" + PREFIX + i + "/identity-links", "admin",
                        "{\"groupId\": \"programme-staff\", \"type\": \"candidate\"}").expect(204);
            }
            return;
        }
        // one transaction per batch, as the engine's own commands run
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    for (int i = from; i < to; i++) {
                        Task task = engine.getTaskService().newTask(PREFIX + i);
                        task.setName("Openstaande taak " + i);
                        task.setPriority(priority(i));
                        task.setDueDate(Date.from(due(i).atTime(17, 0).atZone(ZoneId.of("Europe/Amsterdam"))
                                .toInstant()));
                        engine.getTaskService().saveTask(task);
                        engine.getTaskService().addCandidateGroup(task.getId(), "programme-staff");
                    }
                    return null;
                });
    }

    private void delete(int from, int to) {
        if (engine == null) {
            for (int i = from; i < to; i++) {
                http.delete("cleanup", "/engine-rest/task/" + PREFIX + i, "admin");
            }
            return;
        }
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    for (int i = from; i < to; i++) {
                        engine.getTaskService().deleteTask(PREFIX + i, true);
                    }
                    return null;
                });
    }

    private static int priority(int i) {
        return 30 + i % 40;
    }

    private static LocalDate due(int i) {
        return LocalDate.now().plusDays(i % 60);
    }
}
