package vn.gov.assistant.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gov.assistant.admin.security.StaffUserDetailsService;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * What every console page shows around its content: who is logged in, which sections their roles
 * open, and the CSRF token htmx sends back as a header.
 */
@ControllerAdvice(basePackages = "vn.gov.assistant.admin")
class ConsoleModel {

    private final StaffAccounts accounts;
    private final RoleHierarchy roles;

    ConsoleModel(StaffAccounts accounts, RoleHierarchy roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    /** The staff member logged in, or null on the login page. */
    @ModelAttribute("me")
    Me me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String login = authentication.getName();
        Collection<? extends GrantedAuthority> reachable =
                roles.getReachableGrantedAuthorities(authentication.getAuthorities());
        Set<String> held =
                reachable.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        String name = accounts.find(login).map(StaffAccount::displayName).orElse(login);
        return new Me(
                login,
                name,
                held.contains(StaffUserDetailsService.authority(Role.AGENT)),
                held.contains(StaffUserDetailsService.authority(Role.EDITOR)),
                held.contains(StaffUserDetailsService.authority(Role.ADMIN)));
    }

    @ModelAttribute("htmxScript")
    String htmxScript() {
        return Htmx.SCRIPT;
    }

    /** The {@code hx-headers} value that makes every htmx request carry the CSRF token. */
    @ModelAttribute("csrfHeaders")
    String csrfHeaders(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // header names and tokens are URL-safe: nothing to escape inside the JSON strings
        return token == null ? "{}" : "{\"" + token.getHeaderName() + "\":\"" + token.getToken() + "\"}";
    }

    /** The logged-in staff member: login, name, and whether the inbox, the knowledge and administration are theirs. */
    record Me(String login, String name, boolean agent, boolean editor, boolean admin) {}
}
