package vn.gov.assistant.admin.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.RateLimits;

/**
 * The staff console's security: its own filter chain for {@code /admin/**} (form login, session,
 * CSRF, roles, lockout), ahead of the application's chain for everything else; the first
 * administrator from configuration. Roles come from the {@link StaffAccounts} port; {@code ADMIN}
 * implies {@code AGENT} and {@code EDITOR}. See docs/decisions/0010-admin-console-security.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
public class AdminSecurityConfiguration {

    /** The console's paths: its own filter chain, ahead of the application's. */
    public static final String CONSOLE = "/admin/**";

    /** The console's chain comes before any other. */
    public static final int CONSOLE_CHAIN_ORDER = 1;

    public static final String LOGIN_PAGE = "/admin/login";

    /** htmx marks its requests with this header; they are told to reload the login page, not sent it. */
    static final String HTMX_REQUEST = "HX-Request";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.AGENT.name(), Role.EDITOR.name())
                .build();
    }

    @Bean
    StaffUserDetailsService staffUserDetailsService(StaffAccounts accounts) {
        return new StaffUserDetailsService(accounts);
    }

    @Bean
    LoginAttempts loginAttempts(AdminProperties properties) {
        return new LoginAttempts(
                properties.maxFailedLogins(), properties.lockout(), LoginAttempts.DEFAULT_CAPACITY, Clock.systemUTC());
    }

    @Bean
    AdminBootstrap.Outcome adminBootstrap(
            StaffAccounts accounts, AuditLog audit, PasswordEncoder encoder, AdminProperties properties) {
        return new AdminBootstrap(accounts, audit, encoder, Clock.systemUTC()).run(properties);
    }

    @Bean
    @Order(CONSOLE_CHAIN_ORDER)
    SecurityFilterChain consoleChain(
            HttpSecurity http,
            StaffUserDetailsService users,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            RateLimits rateLimits,
            StaffAccounts accounts,
            AuditLog audit)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        AuthenticationManager manager = new ProviderManager(new LockoutAuthenticationProvider(
                passwords, attempts, rateLimits, login -> accounts.find(login).isPresent()));

        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // after logging in, back to the page asked for; never to a fragment an htmx poll asked for
        requestCache.setRequestMatcher(
                request -> "GET".equals(request.getMethod()) && request.getHeader(HTMX_REQUEST) == null);

        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN_PAGE + "?locked"));

        http.securityMatcher(CONSOLE)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(LOGIN_PAGE, "/admin/assets/**")
                        .permitAll()
                        .requestMatchers("/admin/accounts/**", "/admin/audit/**", "/admin/privacy/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/inbox/**", "/admin/handoffs/**", "/admin/tickets/**")
                        .hasRole(Role.AGENT.name())
                        .requestMatchers(
                                "/admin/knowledge/**",
                                "/admin/unanswered/**",
                                "/admin/analytics/**",
                                "/admin/analytics.csv")
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers("/admin", "/admin/")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .authenticationManager(manager)
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .successHandler(audited(audit))
                        .failureHandler(failure))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .requestCache(cache -> cache.requestCache(requestCache))
                // a refusal is a 403, shown by the console's error page (ConsoleErrorViewResolver)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Records each login in the audit, then goes on to the page asked for (or the console's home). */
    private static AuthenticationSuccessHandler audited(AuditLog audit) {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/admin");
        return (request, response, authentication) -> {
            audit.record(
                    new AuditEntry(Instant.now(), authentication.getName(), "login", authentication.getName(), ""));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** Pages go to the login page; htmx requests get 401 and an HX-Redirect to it. */
    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        return (request, response, exception) -> {
            if (request.getHeader(HTMX_REQUEST) != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + LOGIN_PAGE);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            page.commence(request, response, exception);
        };
    }
}
