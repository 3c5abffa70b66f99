package vn.gov.assistant.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.InMemoryAuditLog;
import vn.gov.assistant.core.staff.InMemoryStaffAccounts;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.StateUnavailableException;

/** The first administrator: from configuration only, never a default password. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    static final String PASSWORD = "Bootstrap-Test-7f3a9c";

    @Nested
    @SpringBootTest(classes = ConsoleTestApplication.class, properties = "assistant.admin.password=")
    @AutoConfigureMockMvc
    class WithoutAPassword {

        @Autowired
        StaffAccounts accounts;

        @Autowired
        MockMvc mvc;

        @Test
        void noAccountIsCreatedAndTheConsoleStaysClosed(CapturedOutput output) throws Exception {
            assertThat(accounts.all()).isEmpty();
            mvc.perform(get("/admin/login"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Bảng điều khiển chưa được mở")));
            mvc.perform(formLogin("/admin/login").user("admin").password("admin"))
                    .andExpect(unauthenticated());
            mvc.perform(formLogin("/admin/login").user("admin").password("")).andExpect(unauthenticated());
            mvc.perform(get("/admin/inbox")).andExpect(status().is3xxRedirection());
            assertThat(output.getAll()).contains("The staff console is closed").contains("ASSISTANT_ADMIN_PASSWORD");
        }
    }

    @Nested
    @SpringBootTest(
            classes = ConsoleTestApplication.class,
            properties = {"assistant.admin.username=chief", "assistant.admin.password=" + PASSWORD})
    @AutoConfigureMockMvc
    class WithAPassword {

        @Autowired
        StaffAccounts accounts;

        @Autowired
        AuditLog audit;

        @Autowired
        MockMvc mvc;

        @Test
        void theAdministratorExistsAndLogsInAndThePasswordIsNeverLogged(CapturedOutput output) throws Exception {
            StaffAccount admin = accounts.find("chief").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(admin.enabled()).isTrue();
            assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
            assertThat(audit.recent(10)).anySatisfy(e -> assertThat(e.action()).isEqualTo("account.create"));

            mvc.perform(formLogin("/admin/login").user("chief").password(PASSWORD))
                    .andExpect(authenticated().withUsername("chief").withRoles("ADMIN"));
            mvc.perform(formLogin("/admin/login").user("chief").password(PASSWORD + "x"))
                    .andExpect(unauthenticated());

            assertThat(output.getAll()).contains("Created the first staff account 'chief'");
            assertThat(output.getAll()).doesNotContain(PASSWORD);
            assertThat(audit.recent(100))
                    .allSatisfy(e -> assertThat(e.toString()).doesNotContain(PASSWORD));
        }
    }

    @Test
    void anUnreachableSharedStoreDoesNotStopStartUp(CapturedOutput output) {
        StaffAccounts down = new StaffAccounts() {
            @Override
            public java.util.Optional<StaffAccount> find(String username) {
                throw unreachable();
            }

            @Override
            public boolean create(StaffAccount account) {
                throw unreachable();
            }

            @Override
            public boolean update(StaffAccount account) {
                throw unreachable();
            }

            @Override
            public java.util.List<StaffAccount> all() {
                throw unreachable();
            }

            private StateUnavailableException unreachable() {
                return new StateUnavailableException("redis down", null);
            }
        };
        AdminBootstrap bootstrap = new AdminBootstrap(
                down,
                new InMemoryAuditLog(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC());
        assertThat(bootstrap.run(new AdminProperties("admin", PASSWORD, 5, Duration.ofMinutes(15))))
                .isEqualTo(AdminBootstrap.Outcome.UNREACHABLE);
        assertThat(output.getAll()).contains("shared store cannot be reached").doesNotContain(PASSWORD);
    }

    @Test
    void existingAccountsAreKeptAndThePasswordIsNotUsed() {
        InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();
        accounts.create(new StaffAccount("lan", "Lan", "{bcrypt}x", Set.of(Role.AGENT), true, Instant.EPOCH));
        AdminBootstrap bootstrap = new AdminBootstrap(
                accounts,
                new InMemoryAuditLog(),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC());
        assertThat(bootstrap.run(new AdminProperties("admin", PASSWORD, 5, Duration.ofMinutes(15))))
                .isEqualTo(AdminBootstrap.Outcome.ACCOUNTS_EXIST);
        assertThat(accounts.find("admin")).isEmpty();
    }

    @Test
    void aShortPasswordStopsStartUpWithAClearMessage(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ConsoleTestApplication.class)
                .properties("server.port=0", "assistant.admin.password=short-pw", "spring.main.banner-mode=off");
        assertThatThrownBy(app::run)
                .hasRootCauseInstanceOf(AdminBootstrap.AdminBootstrapException.class)
                .rootCause()
                .hasMessageContaining("shorter than 12 characters");
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("ASSISTANT_ADMIN_PASSWORD")
                .doesNotContain("short-pw");
    }
}
