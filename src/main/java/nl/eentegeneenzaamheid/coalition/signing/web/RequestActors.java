package nl.eentegeneenzaamheid.coalition.signing.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import nl.eentegeneenzaamheid.coalition.signing.Actor;
import org.springframework.http.HttpHeaders;

/** Who is asking, for the audit trail: the client's address and user agent, and the account when logged in. */
final class RequestActors {

    private RequestActors() {
    }

    static Actor link(HttpServletRequest request) {
        return Actor.link(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }

    static Actor staff(Principal principal, HttpServletRequest request) {
        return Actor.staff(principal.getName(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
