package nl.eentegeneenzaamheid.coalition.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application creates its topics at start-up, with the partition counts it declares.
 */
@IntegrationTest
class KafkaTopicsIntegrationTest {

    @Autowired EmbeddedKafkaServer kafka;

    @Test
    void the_topics_exist_with_their_partition_counts() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<String, Integer> partitions = admin.describeTopics(List.of("coalition.onboarding.events.v1",
                            "coalition.onboarding.commands.v1", "coalition.onboarding.commands.v1.DLT"))
                    .allTopicNames().get().values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, topic -> topic.partitions().size()));

            assertThat(partitions).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "coalition.onboarding.events.v1", 12,
                    "coalition.onboarding.commands.v1", 6,
                    "coalition.onboarding.commands.v1.DLT", 6));
        }
    }
}
