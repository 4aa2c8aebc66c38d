package nl.eentegeneenzaamheid.coalition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The coalition workflow: every Dutch municipality's journey from intent to a signed local coalition against
 * loneliness, orchestrated by Camunda 7, with its domain events on Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoalitionApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoalitionApplication.class, args);
    }
}
