package vn.gov.assistant.app.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * Service points end to end in a real headless Chromium: an editor logs in to the console, adds a
 * point for a commune (the areas read back while typed), and a citizen who then asks the web chat
 * where to submit a procedure, naming that commune, gets the point's address and hours after the
 * catalog's text. The point's name carries a script tag: shown as text in the console and the
 * chat, never run. The point is made up for the test.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assistant.admin.password=" + ServicePointsBrowserIT.PASSWORD)
class ServicePointsBrowserIT {

    static final String PASSWORD = "Service-Points-IT-Pass-42";
    private static final String EDITOR_PASSWORD = "Bien-Tap-Vien-IT-Pass-7";
    private static final String NAME = "<script>window.hacked = 1</script> Một cửa phường Ba Đình (ví dụ)";
    private static final String ADDRESS = "Số 1 đường Ví Dụ, phường Ba Đình";
    private static final String HOURS = "Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        // publishing rebuilds the index of the whole catalog before the page comes back: seconds
        // alone, much longer on a busy two-core machine
        PlaywrightAssertions.setDefaultAssertionTimeout(120_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anEditorAddsAPointAndACitizenAskingWhereToGoInThatCommuneIsShownIt() {
        accounts.create(new StaffAccount(
                "bien-tap-it",
                "Biên tập viên kiểm thử",
                encoder.encode(EDITOR_PASSWORD),
                Set.of(Role.EDITOR),
                true,
                Instant.now()));
        try (BrowserContext staff = chromium.browser().newContext();
                BrowserContext citizen = chromium.browser().newContext()) {
            Page console = staff.newPage();
            console.setDefaultTimeout(180_000);
            console.navigate("http://localhost:" + port + "/admin/knowledge/service-points");
            console.getByLabel("Tên đăng nhập").fill("bien-tap-it");
            console.getByLabel("Mật khẩu").fill(EDITOR_PASSWORD);
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Điểm tiếp nhận hồ sơ")))
                    .isVisible();
            assertThat(console.locator("nav")).not().containsText("Hộp thư");

            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm điểm tiếp nhận"))
                    .click();
            console.getByLabel("Tên điểm tiếp nhận").fill(NAME);
            console.getByLabel("Địa chỉ").fill(ADDRESS);
            console.getByLabel("Giờ làm việc").fill(HOURS);
            console.getByLabel("Điện thoại (không bắt buộc)").fill("024 3825 1234");
            Locator communes = console.getByLabel("Xã/phường phục vụ");
            communes.fill("phường Ba Đình, Hà Nội");
            communes.press("End");
            assertThat(console.locator("#communes-check")).containsText("Dòng 1: Phường Ba Đình, Thành phố Hà Nội");
            console.getByLabel("Hộ tịch", new Page.GetByLabelOptions().setExact(true))
                    .check();
            console.getByLabel("Lý do thay đổi (bắt buộc, ghi vào lịch sử)").fill("Điểm tiếp nhận mới");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm điểm tiếp nhận"))
                    .click();

            assertThat(console.locator(".flash.info")).containsText("Đã thêm điểm tiếp nhận");
            Locator row = console.locator("tr[data-point]");
            assertThat(row).containsText(NAME);
            assertThat(row).containsText("Phường Ba Đình, Thành phố Hà Nội");
            assertThat(console.evaluate("() => window.hacked")).isNull();
            // the point is put into search aside; the console says when citizens see it
            assertThat(console.locator(".served-status")).containsText("Công dân đang thấy phiên bản 1.");

            Page chat = citizen.newPage();
            chat.navigate("http://localhost:" + port + "/");
            chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                    .click();
            Locator log = chat.getByRole(AriaRole.LOG);
            assertThat(log).containsText("Xin chào");
            Locator input = chat.getByLabel("Câu hỏi của bạn");
            input.fill("đăng ký khai sinh ở phường Ba Đình nộp ở đâu");
            input.press("Enter");

            assertThat(log).containsText("Nơi tiếp nhận hồ sơ cho Phường Ba Đình, Thành phố Hà Nội");
            assertThat(log).containsText(NAME);
            assertThat(log).containsText("Địa chỉ: " + ADDRESS);
            assertThat(log).containsText("Giờ làm việc: " + HOURS);
            assertThat(log).containsText("Nguồn: thủ tục 1.001193");
            assertThat(chat.locator(".tldvc-log script")).hasCount(0);
            assertThat(chat.evaluate("() => window.hacked")).isNull();
        }
    }
}
