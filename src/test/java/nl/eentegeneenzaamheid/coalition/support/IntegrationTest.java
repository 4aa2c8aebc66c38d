package nl.eentegeneenzaamheid.coalition.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.eentegeneenzaamheid.coalition.CoalitionApplication;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL and a real Kafka broker (the embedded default's, on free ports).
 * Every test class with this annotation shares one Spring context, so the servers start once per run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = {CoalitionApplication.class, EmbeddedInfrastructure.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
@AutoConfigureObservability(tracing = false)
public @interface IntegrationTest {
}
