package vn.gov.assistant.app.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import vn.gov.assistant.admin.security.AdminSecurityConfiguration;

/**
 * {@code /actuator/prometheus} is for the metrics scraper only: it answers a request that carries
 * {@code Authorization: Bearer <assistant.metrics.token>}, and nobody while no token is set
 * (decision 0019). The metrics hold no personal data, but they tell how the service runs, so they
 * are not public like the health probes.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String PROMETHEUS = "/actuator/prometheus";

    /** Before the citizen chain, which refuses every path not on its public list. */
    @Bean
    @Order(AdminSecurityConfiguration.CONSOLE_CHAIN_ORDER - 1)
    SecurityFilterChain metricsChain(HttpSecurity http, @Value("${assistant.metrics.token:}") String token)
            throws Exception {
        String expected = token.strip();
        if (!expected.isEmpty() && expected.length() < 16) {
            throw new IllegalArgumentException("assistant.metrics.token must be at least 16 characters");
        }
        byte[] bearer = ("Bearer " + expected).getBytes(StandardCharsets.UTF_8);
        http.securityMatcher(PROMETHEUS)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().access((authentication, context) -> {
                    String header = context.getRequest().getHeader("Authorization");
                    return new AuthorizationDecision(!expected.isEmpty()
                            && header != null
                            && MessageDigest.isEqual(bearer, header.getBytes(StandardCharsets.UTF_8)));
                }))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
