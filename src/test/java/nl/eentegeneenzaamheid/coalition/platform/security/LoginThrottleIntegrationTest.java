package nl.eentegeneenzaamheid.coalition.platform.security;

import nl.eentegeneenzaamheid.coalition.support.Api;
import nl.eentegeneenzaamheid.coalition.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guessing a password is slowed down for the source that guesses, never locks the account for its owner, and an
 * administrator sees and clears it.
 */
@IntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired LoginThrottle throttle;

    @Test
    void a_source_that_keeps_guessing_waits_and_an_administrator_lets_it_in_again() {
        String account = user("throttle-http");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(get(account, "wrong-" + i).getStatusCode().value()).isEqualTo(401);
        }

        ResponseEntity<String> waiting = get(account, "demo");
        assertThat(waiting.getStatusCode().value()).as("even the right password waits, from this source")
                .isEqualTo(429);
        assertThat(waiting.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(waiting.getBody()).contains("urn:problem:coalition:login-throttled");

        Api api = new Api(rest);
        assertThat(api.get("/api/v1/admin/login-throttle", "admin").body().findValuesAsText("account"))
                .contains(account);
        assertThat(api.get("/api/v1/admin/login-throttle", "anna").status()).isEqualTo(403);
        assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/v1/admin/login-throttle?account=" + account,
                HttpMethod.DELETE, null, String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(get(account, "demo").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void strangers_guessing_from_many_addresses_do_not_lock_the_owner_out() {
        String account = user("throttle-owner");
        throttle.check(account, "192.0.2.10");
        throttle.succeeded(account, "192.0.2.10");
        for (int source = 0; source <= LoginThrottle.ACCOUNT_LIMIT; source++) {
            throttle.failed(account, "198.51.100." + source);
        }

        throttle.check(account, "192.0.2.10");
        assertThat(throttle.blocks()).anyMatch(block -> block.account().equals(account));
        assertThatThrownBy(() -> throttle.check(account, "203.0.113.77"))
                .as("a new address, while the account is under attack").isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> throttle.check(account, "198.51.100.3")).isInstanceOf(LoginThrottledException.class);
        throttle.clear(account, null);
        throttle.check(account, "203.0.113.77");
    }

    @Test
    void camundas_own_lockout_is_off_so_failures_never_lock_the_account() {
        String account = user("throttle-camunda");
        for (int i = 0; i < 12; i++) {
            assertThat(engine.getIdentityService().checkPassword(account, "wrong")).isFalse();
        }
        assertThat(engine.getIdentityService().checkPassword(account, "demo")).isTrue();
    }

    private ResponseEntity<String> get(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.set("Accept", "application/json, application/problem+json");
        return rest.exchange("/api/v1/municipalities?province=Drenthe", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }

    private String user(String id) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
            User user = engine.getIdentityService().newUser(id);
            user.setPassword("demo");
            engine.getIdentityService().saveUser(user);
        }
        throttle.clear(id, null);
        return id;
    }
}
