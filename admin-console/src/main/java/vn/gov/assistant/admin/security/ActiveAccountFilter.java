package vn.gov.assistant.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * Ends a console session at its next request once its account was disabled, removed or given other
 * roles (on any instance: the accounts are shared), rather than letting it run until it times out.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    ActiveAccountFilter(StaffAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !stillValid(authentication)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication authentication) {
        Optional<StaffAccount> account = accounts.find(authentication.getName());
        if (account.isEmpty() || !account.get().enabled()) {
            return false;
        }
        Set<String> granted = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
        Set<String> roles = account.get().roles().stream()
                .map(StaffUserDetailsService::authority)
                .collect(Collectors.toSet());
        return granted.equals(roles);
    }
}
