package nl.eentegeneenzaamheid.coalition.journey.web;

import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingNotFoundException;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every endpoint under {@code /api/v1/onboardings/{id}}, whichever module serves it, for its municipality only. */
@Configuration(proxyBeanMethods = false)
class OnboardingAccess implements WebMvcConfigurer {

    private final Journeys journeys;

    OnboardingAccess(Journeys journeys) {
        this.journeys = journeys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MunicipalityAccess(id -> journeys.get(id).municipality().code(),
                OnboardingNotFoundException::new)).addPathPatterns("/api/v1/onboardings/*", "/api/v1/onboardings/*/**");
    }
}
