package nl.eentegeneenzaamheid.coalition.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/kafka/topics.yaml and the topics the application creates say the same.
 */
class TopicDefinitionsTest {

    record Definition(String name, int partitions, long retention) {
    }

    @Test
    @SuppressWarnings("unchecked")
    void infra_defines_the_topics_the_application_creates() throws IOException {
        List<Definition> infra = new ArrayList<>();
        try (InputStream file = Files.newInputStream(Path.of("infra/kafka/topics.yaml"))) {
            for (Object document : new Yaml().loadAll(file)) {
                Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) document).get("spec");
                Map<String, Object> config = (Map<String, Object>) spec.get("config");
                infra.add(new Definition((String) spec.get("topicName"), (Integer) spec.get("partitions"),
                        ((Number) config.get("retention.ms")).longValue()));
            }
        }

        List<Definition> application = new ArrayList<>();
        try (InputStream file = Files.newInputStream(Path.of("src/main/resources/application.yaml"))) {
            Map<String, Object> root = new Yaml().load(file);
            Map<String, Object> topics = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    root.get("coalition")).get("kafka")).get("topics");
            for (Object value : topics.values()) {
                Map<String, Object> topic = (Map<String, Object>) value;
                application.add(new Definition((String) topic.get("name"), (Integer) topic.get("partitions"),
                        ((Number) topic.get("retention")).longValue()));
            }
        }

        assertThat(infra).hasSize(5).containsExactlyInAnyOrderElementsOf(application);
    }
}
