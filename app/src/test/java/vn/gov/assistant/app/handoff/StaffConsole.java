package vn.gov.assistant.app.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The staff console in a browser, for the tests that drive it. */
public final class StaffConsole {

    private StaffConsole() {}

    /** Logs the first administrator in on the instance at {@code port}; returns the open inbox. */
    public static Page logIn(BrowserContext browser, int port, String password) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/admin/inbox");
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hộp thư")))
                .isVisible();
        return page;
    }
}
