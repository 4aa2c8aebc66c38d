package nl.eentegeneenzaamheid.coalition;

import java.util.Arrays;

import nl.eentegeneenzaamheid.coalition.signing.verify.OfflineVerifier;
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

    /** Starts the application; {@code verify ...} instead runs the offline verifier and exits. */
    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            System.exit(OfflineVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(CoalitionApplication.class, args);
    }
}
