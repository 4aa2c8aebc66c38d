package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For which municipalities the caller may act. Programme staff, advisers, administrators and auditors: all. Any
 * other account (an API client): the municipalities it is bound to, by membership of the group
 * {@code municipality-<CBS code>} (for example {@code municipality-GM0106} for Assen), or all of them through
 * {@code all-municipalities} (the programme's own systems). An account bound to none may act for none. Administrators manage the bindings in Camunda Admin or
 * through the engine's REST API, as any group membership.
 *
 * @param all   every municipality
 * @param codes the CBS codes, when not all
 */
public record MunicipalityScope(boolean all, Set<String> codes) {

    public static final String GROUP_PREFIX = "municipality-";
    public static final String ALL = "all-municipalities";

    private static final MunicipalityScope EVERY = new MunicipalityScope(true, Set.of());

    /** The scope of the request's authenticated caller; every municipality when nobody is logged in (links). */
    public static MunicipalityScope current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static MunicipalityScope of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return EVERY;
        }
        Set<String> authorities = new TreeSet<>();
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
        // every municipality for the programme's own people and systems; anyone else only what they are bound to
        if (authorities.contains(Groups.authority(ALL))
                || Groups.PROGRAMME.stream().anyMatch(group -> authorities.contains(Groups.authority(group)))
                || authorities.contains(Groups.authority(Groups.AUDITORS))
                || authorities.contains(Groups.authority(Groups.CAMUNDA_ADMIN))) {
            return EVERY;
        }
        Set<String> codes = new TreeSet<>();
        String prefix = Groups.authority(GROUP_PREFIX);
        authorities.stream().filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length())).forEach(codes::add);
        return new MunicipalityScope(false, Set.copyOf(codes));
    }

    public boolean includes(String municipalityCode) {
        return all || codes.contains(municipalityCode);
    }

    /** The group that binds an API client to the municipality. */
    public static String groupOf(String municipalityCode) {
        return GROUP_PREFIX + municipalityCode;
    }
}
