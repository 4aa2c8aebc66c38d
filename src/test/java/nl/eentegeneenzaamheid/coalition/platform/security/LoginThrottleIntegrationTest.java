package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
    void strangers_guessing_from_many_addresses_slow_each_other_down_but_never_lock_the_owner_out() {
        String account = user("throttle-owner");
        assertThat(throttle.attempt(account, "192.0.2.10", () -> true)).as("the owner's usual address").isTrue();
        for (int source = 0; source <= LoginThrottle.ACCOUNT_LIMIT; source++) {
            assertThat(throttle.attempt(account, "198.51.100." + source, () -> false)).isFalse();
        }

        assertThat(throttle.attempt(account, "192.0.2.10", () -> true)).as("known address").isTrue();
        assertThat(throttle.attempt(account, "203.0.113.77", () -> true))
                .as("a new address with the right password, while the account is under attack").isTrue();
        assertThat(throttle.attempt(account, "203.0.113.78", () -> false)).isFalse();
        assertThatThrownBy(() -> throttle.attempt(account, "203.0.113.78", () -> true))
                .as("a new address that guessed wrong waits before its next try")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(throttle.blocks()).anyMatch(block -> block.account().equals(account));
        throttle.clear(account, null);
    }

    @Test
    void a_burst_of_parallel_guesses_is_counted_as_it_goes() throws Exception {
        String account = user("throttle-burst");
        AtomicInteger checked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                guesses.add(pool.submit(() -> {
                    try {
                        throttle.attempt(account, "198.51.100.200", () -> {
                            checked.incrementAndGet();
                            sleep(20);
                            return false;
                        });
                    } catch (LoginThrottledException refused) {
                        // the rest wait
                    }
                }));
            }
            for (Future<?> guess : guesses) {
                guess.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(checked.get()).as("passwords checked before the source had to wait")
                .isLessThanOrEqualTo(LoginThrottle.FREE_FAILURES + LoginThrottle.CONCURRENT_CHECKS - 1);
        throttle.clear(account, null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis); // the time a password check takes: the guesses overlap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
