package nl.eentegeneenzaamheid.coalition.signing.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /api/v1/envelopes/{id}}: an API client reads only the envelopes of the municipalities it is bound to; another's
 * is answered as unknown (404).
 */
@Configuration(proxyBeanMethods = false)
class EnvelopeAccess implements WebMvcConfigurer, HandlerInterceptor {

    private final Envelopes envelopes;

    EnvelopeAccess(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/envelopes/*", "/api/v1/envelopes/*/**");
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
        UUID envelopeId;
        try {
            envelopeId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (!scope.includes(envelopes.get(envelopeId).municipalityCode())) {
            throw new EnvelopeNotFoundException(envelopeId);
        }
        return true;
    }
}
