package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Guards every endpoint under a resource's path ({@code /api/v1/onboardings/{id}}, {@code /api/v1/envelopes/{id}}),
 * whichever module serves it: a caller bound to some municipalities ({@link MunicipalityScope}) sees and changes only
 * theirs; another municipality's resource is answered as unknown (404), so that it cannot even learn it exists.
 */
public final class MunicipalityAccess implements HandlerInterceptor {

    private final Function<UUID, String> municipalityOf;
    private final Function<UUID, RuntimeException> unknown;

    /**
     * @param municipalityOf the CBS code of the resource with the id (throwing the module's not-found when none)
     * @param unknown        the module's not-found, for a resource of another municipality
     */
    public MunicipalityAccess(Function<UUID, String> municipalityOf, Function<UUID, RuntimeException> unknown) {
        this.municipalityOf = municipalityOf;
        this.unknown = unknown;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        MunicipalityScope scope = MunicipalityScope.current();
        if (scope.all()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        if (id == null) {
            return true;
        }
        UUID resource;
        try {
            resource = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return true; // the controller refuses a malformed id as such
        }
        if (!scope.includes(municipalityOf.apply(resource))) {
            throw unknown.apply(resource);
        }
        return true;
    }
}
