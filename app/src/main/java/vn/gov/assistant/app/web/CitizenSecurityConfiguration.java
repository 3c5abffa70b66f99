package vn.gov.assistant.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import vn.gov.assistant.admin.security.AdminSecurityConfiguration;

/**
 * Everything outside the staff console: the citizen side, public and without sessions. CSRF stays
 * off here: these are APIs and webhooks with their own checks (WebSocket origins, webhook secrets
 * and signatures, per-connection limits), not forms of a logged-in browser. A path that is not on
 * the list below is refused, so a new endpoint is public only by decision (AdminSecurityIT checks
 * the list against every mapping of the application).
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfiguration {

    /** The citizen side's paths; the webhooks' are those of the channels module's controllers. */
    static final String[] PUBLIC = {
        "/",
        "/index.html",
        "/favicon.ico",
        "/error",
        "/static/**",
        "/widget/**",
        "/webjars/**",
        "/ws/**",
        "/api/chat",
        "/api/search",
        "/api/procedures/**",
        "/forms/*",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/channels/telegram/webhook",
        "/channels/zalo/webhook"
    };

    @Bean
    @Order(AdminSecurityConfiguration.CONSOLE_CHAIN_ORDER + 1)
    SecurityFilterChain citizenChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // the widget and the pages keep the caching they had before the console came
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
