package nl.eentegeneenzaamheid.coalition.journey.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingNotFoundException;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every endpoint under {@code /api/v1/onboardings/{id}}, whichever module serves it: an API client sees and changes
 * only the onboardings of the municipalities it is bound to ({@link MunicipalityScope}); another's is answered as
 * unknown (404), so that it cannot even learn that it exists.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingAccess implements WebMvcConfigurer, HandlerInterceptor {

    private final Journeys journeys;

    OnboardingAccess(Journeys journeys) {
        this.journeys = journeys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/onboardings/*", "/api/v1/onboardings/*/**");
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
        UUID onboardingId;
        try {
            onboardingId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return true; // the controller refuses a malformed id as such
        }
        if (!scope.includes(journeys.get(onboardingId).municipality().code())) {
            throw new OnboardingNotFoundException(onboardingId);
        }
        return true;
    }
}
