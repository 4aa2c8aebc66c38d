package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity store, so that staff have one account for Tasklist,
 * Cockpit, the engine's REST API and the project's API, managed in Camunda Admin.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return check(authentication);
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // the identity store could not be read (the database away, say): not the caller's credentials' fault;
            // the entry point answers it as what it is
            throw new InternalAuthenticationServiceException("The credentials could not be checked: "
                    + e.getMessage(), e);
        }
    }

    private Authentication check(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        boolean right = throttle.attempt(userId, source, () -> userId != null && !userId.isBlank()
                && credentials != null && identityService.checkPassword(userId, credentials.toString()));
        if (!right) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).map(Groups::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
