package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programme administrators see who is made to wait after failed logins, and let them in again. */
@RestController
@RequestMapping("/api/v1/admin/login-throttle")
@Tag(name = "Administration", description = "Failed logins: who waits, and clearing it")
@PreAuthorize("hasAnyAuthority('GROUP_programme-admins', 'GROUP_camunda-admin')")
class LoginThrottleController {

    private final LoginThrottle throttle;

    LoginThrottleController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    @Operation(summary = "Accounts and source addresses with failed logins in the last 15 minutes, and until when "
            + "each source waits")
    List<LoginThrottle.Block> blocks() {
        return throttle.blocks();
    }

    @DeleteMapping
    @Operation(summary = "Clear an account's failed logins, from one source address or from all")
    Map<String, Integer> clear(@RequestParam String account, @RequestParam(required = false) String source) {
        return Map.of("cleared", throttle.clear(account, source));
    }
}
