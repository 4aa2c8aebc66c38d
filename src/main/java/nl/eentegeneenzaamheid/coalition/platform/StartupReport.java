package nl.eentegeneenzaamheid.coalition.platform;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, when the application is ready, where each part is: the webapps, the API and its documentation,
 * health and metrics, Kafka and the topics, plus whatever a {@link StartupNotes} bean adds (the embedded default
 * adds its demo users and data folder).
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final ObjectProvider<KafkaConnectionDetails> kafka;
    private final ObjectProvider<StartupNotes> notes;

    StartupReport(Environment environment, ObjectProvider<KafkaConnectionDetails> kafka,
                  ObjectProvider<StartupNotes> notes) {
        this.environment = environment;
        this.kafka = kafka;
        this.notes = notes;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        String camunda = base + environment.getProperty("camunda.bpm.webapp.application-path", "/camunda");
        List<String> lines = new ArrayList<>(List.of(
                "Coalition workflow is running",
                "",
                "Tasklist        " + camunda + "/app/tasklist/",
                "Cockpit         " + camunda + "/app/cockpit/",
                "Admin           " + camunda + "/app/admin/",
                "API docs        " + base + "/swagger-ui.html",
                "Intents API     POST " + base + "/api/v1/intents",
                "Engine REST     " + base + "/engine-rest",
                "Health          " + base + "/actuator/health",
                "Metrics         " + base + "/actuator/prometheus",
                "Kafka           " + String.join(",", kafka.getObject().getBootstrapServers()),
                "Events topic    " + environment.getProperty("coalition.kafka.topics.events.name"),
                "Commands topic  " + environment.getProperty("coalition.kafka.topics.commands.name")));
        notes.orderedStream().forEach(note -> {
            lines.add("");
            lines.addAll(note.lines());
        });
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder box = new StringBuilder("\n+" + "-".repeat(width + 2) + "+\n");
        lines.forEach(line -> box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |\n"));
        box.append("+").append("-".repeat(width + 2)).append("+");
        log.info(box.toString());
    }
}
