package nl.eentegeneenzaamheid.coalition;

import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedInfrastructure;
import org.springframework.boot.SpringApplication;

/**
 * The embedded default, started by {@code ./mvnw spring-boot:test-run}: the real application with an embedded
 * PostgreSQL and Kafka and demo users, state kept in {@code .data/}. The only class with a main method in the test
 * sources, so the Maven plugin picks it.
 */
public class EmbeddedCoalitionApplication {

    public static void main(String[] args) {
        SpringApplication.from(CoalitionApplication::main)
                .with(EmbeddedInfrastructure.class)
                .withAdditionalProfiles("embedded")
                .run(args);
    }
}
