package vn.gov.assistant.app.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.RateLimits;

/**
 * The staff console works on three ports of the shared state: the accounts it logs staff in with
 * and manages, the audit it records and shows, and the rate limits that cap login attempts over all
 * instances. All come from the one {@link SharedState}, so they are shared by every instance exactly
 * when the hand-offs are.
 */
@Configuration(proxyBeanMethods = false)
class StaffPortsConfiguration {

    @Bean
    StaffAccounts staffAccounts(SharedState state) {
        return state.accounts();
    }

    @Bean
    AuditLog auditLog(SharedState state) {
        return state.audit();
    }

    @Bean
    RateLimits rateLimits(SharedState state) {
        return state.rateLimits();
    }
}
