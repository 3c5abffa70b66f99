package vn.gov.assistant.app.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;

/**
 * The re-import end to end in a real headless Chromium: a citizen is told the fee of temporary
 * residence; an editor uploads the portal's record with the online fee changed, sees that field's
 * diff, publishes it with a reason; the citizen asking again is told the new fee. An agent may not
 * open the page.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogImportBrowserIT {

    private static final String PASSWORD = "Import-Browser-IT-Pass-42";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KnowledgeCurator curator;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        // publishing rebuilds the whole index before the page comes back: seconds, more on a busy machine
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void account(String login, Role role) {
        if (accounts.find(login).isEmpty()) {
            accounts.create(new StaffAccount(
                    login, "Cán bộ " + login, encoder.encode(PASSWORD), Set.of(role), true, Instant.now()));
        }
    }

    /** Opens the re-import page, logging in on the way. */
    private Page logInTo(BrowserContext browser, String login) {
        Page page = browser.newPage();
        page.setDefaultTimeout(180_000);
        page.navigate("http://localhost:" + port + "/admin/knowledge/import");
        page.getByLabel("Tên đăng nhập").fill(login);
        page.getByLabel("Mật khẩu").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        return page;
    }

    /** The citizen's question in the web chat; the log of the conversation. */
    private Locator ask(Page chat, String question) {
        Locator input = chat.getByLabel("Câu hỏi của bạn");
        input.fill(question);
        input.press("Enter");
        return chat.getByRole(AriaRole.LOG);
    }

    private Page openChat(BrowserContext browser) {
        Page chat = browser.newPage();
        chat.setDefaultTimeout(60_000);
        chat.navigate("http://localhost:" + port + "/");
        chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                .click();
        assertThat(chat.getByRole(AriaRole.LOG)).containsText("Xin chào");
        return chat;
    }

    @Test
    void anEditorPublishesAChangedFeeAndTheChatAnswersWithIt(@TempDir Path dir) throws IOException {
        account("thu-editor", Role.EDITOR);
        Path record = Files.writeString(dir.resolve("1.004194.json"), residenceWithOnlineFee("8,000", "8.000"));

        try (BrowserContext citizen = chromium.browser().newContext();
                BrowserContext staff = chromium.browser().newContext()) {
            Page chat = openChat(citizen);
            Locator log = ask(chat, "lệ phí đăng ký tạm trú bao nhiêu");
            assertThat(log).containsText("Trực tuyến: 7.000 đồng");

            Page page = logInTo(staff, "thu-editor");
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nhập lại danh mục thủ tục")))
                    .isVisible();
            page.getByLabel("Bản ghi thủ tục (.json)", new Page.GetByLabelOptions().setExact(false))
                    .setInputFiles(record);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và so sánh"))
                    .click();

            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("So sánh với danh mục đang phục vụ")))
                    .isVisible();
            assertThat(page.locator("[data-count='changed'] strong")).hasText("1");
            Locator procedure = page.locator(".procedure[data-code='1.004194']");
            assertThat(procedure).containsText("Khác ở: Phí, lệ phí");
            assertThat(procedure.getByRole(AriaRole.CHECKBOX)).isChecked();
            procedure.locator("summary").click();
            Locator fee = procedure.locator(".field").filter(new Locator.FilterOptions().setHasText("Phí, lệ phí"));
            assertThat(fee.locator("li.removed").first()).containsText("Trực tuyến: 7.000 đồng");
            assertThat(fee.locator("li.removed del").first()).hasText("7.000");
            assertThat(fee.locator("li.added").first()).containsText("Trực tuyến: 8.000 đồng");
            assertThat(fee.locator("li.added ins").first()).hasText("8.000");
            assertThat(fee.locator("li.kept")).containsText("Trực tiếp: 10.000 đồng");

            page.getByLabel("Lý do", new Page.GetByLabelOptions().setExact(false))
                    .fill("Cổng dịch vụ công công bố mức lệ phí trực tuyến mới");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng các thủ tục đã chọn"))
                    .click();

            assertThat(page.locator("section.result")).containsText("Đã đăng 1 thủ tục");
            assertThat(page.locator("section.result")).containsText("1 thay đổi");
            assertThat(page.locator("[data-count='unchanged'] strong")).hasText("1");
            assertThat(curator.history(ChangeKind.PROCEDURE, "1.004194")
                            .getFirst()
                            .author())
                    .isEqualTo("thu-editor");
            // put into search aside; the console says when citizens see it
            assertThat(page.locator(".served-status")).containsText("Công dân đang thấy phiên bản 1.");

            try (BrowserContext later = chromium.browser().newContext()) {
                Locator again = ask(openChat(later), "lệ phí đăng ký tạm trú bao nhiêu");
                assertThat(again).containsText("Trực tuyến: 8.000 đồng");
                assertThat(again).not().containsText("Trực tuyến: 7.000 đồng");
            }
        } finally {
            curator.restore("test", ChangeKind.PROCEDURE, "1.004194", 0, "Trả lại bản gốc sau kiểm thử");
        }
    }

    @Test
    void anAgentMayNotOpenTheReimport() {
        account("hoa-agent", Role.AGENT);
        try (BrowserContext staff = chromium.browser().newContext()) {
            Page page = staff.newPage();
            page.navigate("http://localhost:" + port + "/admin/inbox");
            page.getByLabel("Tên đăng nhập").fill("hoa-agent");
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hộp thư")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập lại danh mục")))
                    .hasCount(0);

            Response refused = page.navigate("http://localhost:" + port + "/admin/knowledge/import");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("body")).containsText("Bạn không có quyền truy cập trang này.");
        }
    }

    /** The portal's record of temporary residence with its online fee (table and wording) changed. */
    static String residenceWithOnlineFee(String table, String wording) throws IOException {
        try (InputStream in =
                CatalogImportBrowserIT.class.getResourceAsStream("/fixtures/portal/bo-cong-an/1.004194.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("7,000 Việt Nam Đồng", table + " Việt Nam Đồng")
                    .replace("thu 7.000 đồng/lần", "thu " + wording + " đồng/lần");
        }
    }
}
