package vn.gov.assistant.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.core.staff.InMemoryStaffAccounts;

/**
 * The console alone, on the in-memory ports, for its own tests (the application's wiring is
 * tested in the app module).
 */
@SpringBootApplication
public class ConsoleTestApplication {

    /** The first administrator's password in the tests that share one context. */
    public static final String ADMIN_PASSWORD = "Console-Test-Admin-91";

    @Bean
    InMemoryStaffAccounts staffAccounts() {
        return new InMemoryStaffAccounts();
    }

    @Bean
    InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog();
    }
}
