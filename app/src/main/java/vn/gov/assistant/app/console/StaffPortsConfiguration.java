package vn.gov.assistant.app.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * The staff console works on two ports of the shared state: the accounts it logs staff in with and
 * manages, and the audit it records and shows. Both come from the one {@link SharedState}, so they
 * are shared by every instance exactly when the hand-offs are.
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
}
