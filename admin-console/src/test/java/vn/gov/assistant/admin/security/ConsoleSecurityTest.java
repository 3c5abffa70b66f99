package vn.gov.assistant.admin.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/** The console's chain: login page, lockout, htmx without a session, Vietnamese refusals, CSRF. */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class ConsoleSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private void account(String login, String password, Role... roles) {
        accounts.create(new StaffAccount(
                login, "Cán bộ " + login, encoder.encode(password), Set.of(roles), true, Instant.now()));
    }

    @Test
    void theLoginPageIsInVietnameseAndCarriesTheCsrfToken() throws Exception {
        mvc.perform(get("/admin/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(containsString("Mật khẩu")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<html lang=\"vi\"")));
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenForTheRightPassword() throws Exception {
        account("khoa.test", "mat-khau-dung-123", Role.AGENT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/admin/login").user("khoa.test").password("sai-" + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/admin/login?error"));
        }
        mvc.perform(formLogin("/admin/login").user("khoa.test").password("mat-khau-dung-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/admin/login?locked"));
        mvc.perform(get("/admin/login").param("locked", ""))
                .andExpect(content().string(containsString("tạm thời bị khoá")))
                .andExpect(content().string(containsString("15 phút")));
        // another login is not affected
        account("khac.test", "mat-khau-dung-456", Role.AGENT);
        mvc.perform(formLogin("/admin/login").user("khac.test").password("mat-khau-dung-456"))
                .andExpect(authenticated());
    }

    @Test
    void anonymousPagesGoToTheLoginPageAndHtmxIsToldToReload() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/inbox/list").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/admin/login"));
    }

    @Test
    void aStaffMemberWithoutTheRoleIsRefused() throws Exception {
        account("dan.test", "mat-khau-cua-dan-1", Role.AGENT);
        mvc.perform(get("/admin/accounts").with(user("dan.test").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/inbox").with(user("dan.test").roles("AGENT")))
                .andExpect(status().is(org.hamcrest.Matchers.not(403)));
    }

    @Test
    void pathsWithoutARuleAreDeniedEvenToAdministrators() throws Exception {
        account("sep.test", "mat-khau-cua-sep-1", Role.ADMIN);
        mvc.perform(get("/admin/nothing-here").with(user("sep.test").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void loggingOutNeedsTheTokenAndEndsTheSession() throws Exception {
        mvc.perform(post("/admin/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(logout("/admin/logout")).andExpect(redirectedUrl("/admin/login?logout"));
        mvc.perform(post("/admin/logout").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?logout"));
    }
}
