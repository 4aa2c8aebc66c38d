package nl.eentegeneenzaamheid.coalition.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.platform.web.DatabaseOutage;
import nl.eentegeneenzaamheid.coalition.platform.web.ErrorResponses;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for API callers, as problem details, with the Basic challenge a client needs.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    ProblemAuthenticationEntryPoint() {
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (DatabaseOutage.isCause(exception)) {
            // the credentials could not be checked: not the caller's fault, and not a reason to log in again
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            ErrorResponses.write(request, response, DatabaseOutage.problem());
            return;
        }
        if (exception instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
            ErrorResponses.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-throttled",
                    "Too many failed logins",
                    throttled.getMessage() + ". Only logins for this account from your address wait."));
            return;
        }
        // no WWW-Authenticate: Basic challenge, which would make a browser ask for a password and then send it along
        // with any cross-site request (API clients send their credentials unasked)
        ErrorResponses.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Log in first",
                "This endpoint needs the credentials of a programme staff user or an API client (HTTP Basic, sent "
                        + "with the request)."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        ErrorResponses.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed for this account",
                "Your account may not do this. Ask a programme administrator for the right group."));
    }

}
