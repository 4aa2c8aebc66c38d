package nl.eentegeneenzaamheid.coalition.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import nl.eentegeneenzaamheid.coalition.CoalitionApplication;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedKafkaServer;
import nl.eentegeneenzaamheid.coalition.embedded.EmbeddedPostgresServer;
import nl.eentegeneenzaamheid.coalition.platform.camunda.IdentityBootstrap;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the embedded default, default passwords stop the application from starting.
 *
 * <p>Runs in a JVM of its own (the pom's {@code isolated} Surefire execution): it starts a second application,
 * and Camunda keeps its engines and webapps in static registries that a second start in one JVM disturbs.
 */
@IntegrationTest
class DefaultPasswordGuardIsolatedTest {

    @Autowired IdentityService identityService;
    @Autowired IdentityBootstrap identityBootstrap;
    @Autowired EmbeddedPostgresServer postgres;
    @Autowired EmbeddedKafkaServer kafka;
    @Autowired ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void the_application_refuses_to_start_outside_the_embedded_default_while_demo_users_exist(@TempDir Path seal) {
        // the database of the embedded default, with its demo users, used by a production start
        SpringApplicationBuilder production = new SpringApplicationBuilder(CoalitionApplication.class)
                .web(WebApplicationType.SERVLET);
        String[] arguments = {
                "--coalition.signing.seal.keystore=" + seal.resolve("seal.p12"),
                "--coalition.signing.seal.password=test",
                "--coalition.signing.seal.create-development-certificate=true",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--camunda.bpm.process-engine-name=production-start",
                "--camunda.bpm.job-execution.enabled=false",
                "--coalition.events.relay.enabled=false",
                "--spring.kafka.listener.auto-startup=false",
                "--server.port=0",
                "--spring.main.banner-mode=off"};

        assertThatThrownBy(() -> production.run(arguments))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Refusing to start")
                .hasMessageContaining("user 'anna' has a default password")
                .hasMessageContaining("user 'gemeente-api' has a default password");
    }

    @Test
    void the_application_refuses_to_start_without_the_programmes_seal() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(CoalitionApplication.class)
                .web(WebApplicationType.SERVLET);
        assertThatThrownBy(() -> production.run(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--camunda.bpm.process-engine-name=no-seal",
                "--camunda.bpm.job-execution.enabled=false",
                "--coalition.events.relay.enabled=false",
                "--spring.kafka.listener.auto-startup=false",
                "--server.port=0",
                "--spring.main.banner-mode=off"))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set coalition.signing.seal.keystore to the programme's PKCS#12 file");
    }

    @Test
    void a_weak_bootstrap_password_is_named_and_a_strong_one_is_accepted() {
        assertThat(guard("welkom01").check()).anyMatch(problem -> problem.contains("bootstrap-admin.password"));
        assertThat(guard("short").check()).anyMatch(problem -> problem.contains("bootstrap-admin.password"));
        assertThat(guard("Eén tegen eenzaamheid 2026!").check())
                .noneMatch(problem -> problem.contains("bootstrap-admin.password"));
    }

    @Test
    void checking_does_not_lock_anyone_out() {
        guard(null).check();
        guard(null).check();
        org.assertj.core.api.Assertions.assertThat(identityService.checkPassword("anna", "demo")).isTrue();
    }

    @Test
    void any_account_with_a_well_known_password_is_named() {
        User careless = identityService.newUser("careless-" + System.nanoTime());
        careless.setPassword("changeme");
        identityService.saveUser(careless);
        try {
            assertThat(guard(null).check()).anyMatch(problem -> problem.contains("'" + careless.getId() + "'"));
        } finally {
            identityService.deleteUser(careless.getId());
        }
    }

    private DefaultPasswordGuard guard(String bootstrapPassword) {
        return new DefaultPasswordGuard(identityService,
                new DefaultPasswordGuard.BootstrapAdmin("admin", bootstrapPassword), identityBootstrap,
                engineConfiguration);
    }
}
