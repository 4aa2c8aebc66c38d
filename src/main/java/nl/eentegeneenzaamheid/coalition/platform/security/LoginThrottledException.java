package nl.eentegeneenzaamheid.coalition.platform.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from this source: wait before trying again. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins from your address: wait " + Math.max(1, retryAfter.toSeconds())
                + " seconds before you try again");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
