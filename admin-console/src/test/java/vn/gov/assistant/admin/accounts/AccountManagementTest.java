package vn.gov.assistant.admin.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/** Administrators manage staff accounts; every change is audited and nothing is saved on error. */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class AccountManagementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditLog audit;

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private void create(String login, String name, String password, String... roles) throws Exception {
        var request = post("/admin/accounts")
                .with(admin())
                .with(csrf())
                .param("login", login)
                .param("name", name)
                .param("password", password);
        for (String role : roles) {
            request.param("roles", role);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/accounts"));
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanLogIn() throws Exception {
        create("lan.nguyen", "Nguyễn Thị Lan", "mat-khau-cua-lan-1", "AGENT", "EDITOR");

        StaffAccount lan = accounts.find("lan.nguyen").orElseThrow();
        assertThat(lan.displayName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(lan.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.EDITOR);
        assertThat(lan.enabled()).isTrue();
        assertThat(lan.passwordHash()).startsWith("{bcrypt}");

        AuditEntry entry = audit.recent(1).getFirst();
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.action()).isEqualTo("account.create");
        assertThat(entry.target()).isEqualTo("lan.nguyen");
        assertThat(entry.toString()).doesNotContain("mat-khau-cua-lan-1");

        mvc.perform(get("/admin/accounts").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nguyễn Thị Lan")))
                .andExpect(content().string(containsString("Biên tập viên")));
        mvc.perform(formLogin("/admin/login").user("lan.nguyen").password("mat-khau-cua-lan-1"))
                .andExpect(authenticated().withRoles("AGENT", "EDITOR"));
    }

    @Test
    void aTakenLoginIsRefusedAndTheAccountUnchanged() throws Exception {
        create("minh.tran", "Trần Văn Minh", "mat-khau-cua-minh-1", "AGENT");
        int audited = audit.recent(10_000).size();

        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("login", "minh.tran")
                        .param("name", "Người khác")
                        .param("roles", "ADMIN")
                        .param("password", "mat-khau-khac-12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập minh.tran đã được dùng.")))
                .andExpect(content().string(not(containsString("mat-khau-khac-12345"))));

        StaffAccount minh = accounts.find("minh.tran").orElseThrow();
        assertThat(minh.displayName()).isEqualTo("Trần Văn Minh");
        assertThat(minh.roles()).containsExactly(Role.AGENT);
        assertThat(audit.recent(10_000)).hasSize(audited);
    }

    @Test
    void badInputIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
        List<StaffAccount> before = accounts.all();
        int audited = audit.recent(10_000).size();

        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("login", "Bad Login!")
                        .param("name", "   ")
                        .param("password", "ngan-qua"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3 đến 40 ký tự")))
                .andExpect(content().string(containsString("Nhập họ tên cán bộ.")))
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 12 ký tự.")))
                .andExpect(content().string(not(containsString("ngan-qua"))));

        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .with(csrf())
                        .param("login", "dai.qua")
                        .param("name", "Mật khẩu dài")
                        .param("roles", "AGENT")
                        .param("password", "ệ".repeat(30)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu dài quá 72 byte")));

        assertThat(accounts.all()).isEqualTo(before);
        assertThat(audit.recent(10_000)).hasSize(audited);
    }

    @Test
    void aDisabledAccountCannotLogInAndItsSessionEnds() throws Exception {
        create("hoa.le", "Lê Thị Hoa", "mat-khau-cua-hoa-1", "AGENT");
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/admin/login").user("hoa.le").password("mat-khau-cua-hoa-1"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/hoa.le/enabled")
                        .with(admin())
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.find("hoa.le").orElseThrow().enabled()).isFalse();
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("account.disable");

        mvc.perform(formLogin("/admin/login").user("hoa.le").password("mat-khau-cua-hoa-1"))
                .andExpect(unauthenticated());
        mvc.perform(get("/admin").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/login"));

        mvc.perform(post("/admin/accounts/hoa.le/enabled")
                        .with(admin())
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin("/admin/login").user("hoa.le").password("mat-khau-cua-hoa-1"))
                .andExpect(authenticated());
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        create("tuan.pham", "Phạm Anh Tuấn", "mat-khau-cu-cua-tuan", "AGENT");
        mvc.perform(post("/admin/accounts/tuan.pham/password")
                        .with(admin())
                        .with(csrf())
                        .param("password", "ngan"))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin("/admin/login").user("tuan.pham").password("mat-khau-cu-cua-tuan"))
                .andExpect(authenticated());

        mvc.perform(post("/admin/accounts/tuan.pham/password")
                        .with(admin())
                        .with(csrf())
                        .param("password", "mat-khau-moi-cua-tuan"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(audit.recent(1).getFirst().action()).isEqualTo("account.password-reset");
        mvc.perform(formLogin("/admin/login").user("tuan.pham").password("mat-khau-cu-cua-tuan"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/admin/login").user("tuan.pham").password("mat-khau-moi-cua-tuan"))
                .andExpect(authenticated());
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        mvc.perform(post("/admin/accounts/admin/enabled")
                        .with(admin())
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "Bạn không thể tự khoá tài khoản của mình."));
        assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void onlyAdministratorsManageAccountsAndEveryChangeNeedsTheCsrfToken() throws Exception {
        create("an.vo", "Võ Văn An", "mat-khau-cua-an-12", "AGENT");
        mvc.perform(get("/admin/accounts").with(user("an.vo").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts")
                        .with(admin())
                        .param("login", "khong.token")
                        .param("name", "Không token")
                        .param("roles", "ADMIN")
                        .param("password", "mat-khau-khong-token"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find("khong.token")).isEmpty();
    }
}
