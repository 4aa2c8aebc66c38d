package nl.eentegeneenzaamheid.coalition.platform.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic, stateless; reading needs any account, writing a programme group or
 *   {@code api-clients}. Errors are problem details. A partner's invitation link ({@code /api/v1/invitations/**})
 *   and a signer's link ({@code /api/v1/signing/**}) need no account: the token is the credential. The seal's
 *   certificate ({@code /api/v1/seal/**}) and the dashboard's summary ({@code /api/v1/dashboard/summary}) are
 *   public.</li>
 *   <li>{@code /engine-rest/**}: HTTP Basic; the user is handed to the engine, whose authorizations then apply.</li>
 *   <li>The signer's page ({@code /ondertekenen/**}), the partner's ({@code /uitnodiging/**}) and the meeting
 *   invitee's ({@code /bijeenkomst/**}) need no account:
 *   the token in the path is the credential, which a forged cross-site form cannot know, so they need no CSRF token
 *   either.</li>
 *   <li>The national dashboard ({@code /dashboard}) is public: aggregates only.</li>
 *   <li>Camunda's webapps and everything else: a login form; the logged-in user is handed to the webapps
 *   (container-based authentication), which keep their own CSRF protection.</li>
 *   <li>Health, info, metrics for Prometheus and the API documentation are public.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** After Spring Security's filter chain (order -100), before Camunda's own filters. */
    private static final int AFTER_SPRING_SECURITY = 101;

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        String[] writers = {Groups.authority(Groups.STAFF), Groups.authority(Groups.ADVISORS),
                Groups.authority(Groups.ADMINS), Groups.authority(Groups.API_CLIENTS)};
        // plain path matchers: /engine-rest is Jersey's servlet, which Spring MVC's matchers do not see
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        RequestMatcher engineRest = new AntPathRequestMatcher("/engine-rest/**");
        return http
                .securityMatcher(new OrRequestMatcher(api, engineRest))
                .authorizeHttpRequests(requests -> requests
                        // checks any user's password for any logged-in caller, outside the login throttle: closed
                        .requestMatchers(new AntPathRequestMatcher("/engine-rest/identity/verify")).denyAll()
                        // a partner's own link: the token in the path is the credential
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/invitations/**")).permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/signing/**")).permitAll()
                        // an invitee's own meeting link: likewise
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/meetings/*/invitation/**")).permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/seal/**", HttpMethod.GET.name())).permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/dashboard/summary", HttpMethod.GET.name()))
                        .permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/api/**", HttpMethod.GET.name())).authenticated()
                        .requestMatchers(api).hasAnyAuthority(writers)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Camunda's own login form endpoint: the webapps use this application's login (throttled)
                        .requestMatchers(new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/login/**"))
                        .denyAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/login", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/ondertekenen/**", "/uitnodiging/**", "/bijeenkomst/**").permitAll()
                        .requestMatchers("/dashboard", "/dashboard/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/camunda/app/tasklist/", false))
                .logout(logout -> logout
                        // Camunda's own logout button logs out of Spring Security too
                        // POST only: a cross-site <img src="/logout"> must not log anyone out
                        .logoutRequestMatcher(new OrRequestMatcher(
                                new AntPathRequestMatcher("/logout", "POST"),
                                new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/logout", "POST")))
                        .logoutSuccessUrl("/login?logout"))
                // the webapps send Camunda's own CSRF token; Spring's would refuse their requests
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher("/camunda/**"),
                        new AntPathRequestMatcher("/ondertekenen/**"), new AntPathRequestMatcher("/uitnodiging/**"),
                        new AntPathRequestMatcher("/bijeenkomst/**")))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** Hands the logged-in user to Tasklist, Cockpit and Admin. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    /** Hands the authenticated caller to the engine for {@code /engine-rest}, so its authorizations apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
