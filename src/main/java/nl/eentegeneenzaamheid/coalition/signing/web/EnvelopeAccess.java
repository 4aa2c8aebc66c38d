package nl.eentegeneenzaamheid.coalition.signing.web;

import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityAccess;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code /api/v1/envelopes/{id}}: for the envelope's municipality only. */
@Configuration(proxyBeanMethods = false)
class EnvelopeAccess implements WebMvcConfigurer {

    private final Envelopes envelopes;

    EnvelopeAccess(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MunicipalityAccess(id -> envelopes.get(id).municipalityCode(),
                EnvelopeNotFoundException::new)).addPathPatterns("/api/v1/envelopes/*", "/api/v1/envelopes/*/**");
    }
}
