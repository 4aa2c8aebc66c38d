package nl.eentegeneenzaamheid.coalition;

import java.util.Arrays;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedInfrastructure;
import nl.eentegeneenzaamheid.coalition.rollout.NationalRollout;
import org.springframework.boot.SpringApplication;

/**
 * The embedded default, started by {@code ./mvnw spring-boot:test-run}: the real application with an embedded
 * PostgreSQL and Kafka and demo users, state kept in {@code .data/}. The only class with a main method in the test
 * sources, so the Maven plugin picks it. {@code rollout ...} instead runs the national-rollout simulator and exits
 * (docs/performance.md).
 */
public class EmbeddedCoalitionApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "rollout".equals(args[0])) {
            System.exit(NationalRollout.cli(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.from(CoalitionApplication::main)
                .with(EmbeddedInfrastructure.class)
                .withAdditionalProfiles("embedded")
                .run(args);
    }
}
