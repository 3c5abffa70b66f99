package vn.gov.assistant.admin.accounts;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.StaffAccounts;

/** Account management over the application's account store and audit. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    StaffAccountService staffAccountService(StaffAccounts accounts, AuditLog audit, PasswordEncoder encoder) {
        return new StaffAccountService(accounts, audit, encoder, Clock.systemUTC());
    }
}
