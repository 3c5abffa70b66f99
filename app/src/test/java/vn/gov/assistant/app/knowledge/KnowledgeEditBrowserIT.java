package vn.gov.assistant.app.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * Knowledge curation end to end in a real headless Chromium: an editor finds a procedure as a
 * citizen would ask for it, corrects its fee with a reason and a note; the citizen's next answer
 * in the web chat shows the new fee with the date of the change; the editor compares the versions
 * and restores the original, and the chat answers the catalog's fee again. The note holds a script
 * tag, shown as text in the console and the chat; an agent cannot open the editor.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeEditBrowserIT {

    private static final String QUESTION = "đăng ký khai sinh lệ phí bao nhiêu";
    private static final String NOTE = "Từ 01/12/2026 nộp tại bộ phận một cửa. <script>alert('x')</script>";
    private static final String PASSWORD = "Knowledge-Browser-IT-42";

    /** An index build takes seconds, more on a busy machine. */
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LiveKnowledge knowledge;

    @Autowired
    AuditLog audit;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void staff() {
        for (var account : List.of(new Object[] {"bien.tap", Role.EDITOR}, new Object[] {"tiep.dan", Role.AGENT})) {
            String login = (String) account[0];
            if (accounts.find(login).isEmpty()) {
                accounts.create(new StaffAccount(
                        login,
                        "Cán bộ " + login,
                        encoder.encode(PASSWORD),
                        Set.of((Role) account[1]),
                        true,
                        Instant.now()));
            }
        }
    }

    private Page logIn(BrowserContext browser, String login, String path) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + path);
        page.getByLabel("Tên đăng nhập").fill(login);
        page.getByLabel("Mật khẩu").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        return page;
    }

    /** Asks the question in a fresh web chat; returns the chat's log once the cited answer is in. */
    private Locator ask(BrowserContext browser, String code) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        // a new conversation each time: the widget would resume the previous one
        page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                .click();
        Locator log = page.getByRole(AriaRole.LOG);
        assertThat(log).containsText("Xin chào");
        Locator input = page.getByLabel("Câu hỏi của bạn");
        input.fill(QUESTION);
        input.press("Enter");
        assertThat(log).containsText("Nguồn: thủ tục " + code);
        return log;
    }

    @Test
    void anEditorChangesAFeeTheChatShowsItWithItsDateAndARestoreBringsTheCatalogFeeBack() {
        String code = knowledge
                .current()
                .search()
                .search(QUESTION, 1)
                .hits()
                .get(0)
                .code()
                .value();
        Procedure original = knowledge
                .current()
                .catalog()
                .find(knowledge
                        .current()
                        .search()
                        .search(QUESTION, 1)
                        .hits()
                        .get(0)
                        .code())
                .orElseThrow();
        assertThat(original.channels()).isNotEmpty();
        String today = DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.now());
        List<String> dialogs = new CopyOnWriteArrayList<>();

        try (BrowserContext citizen = chromium.browser().newContext();
                BrowserContext editor = chromium.browser().newContext();
                BrowserContext agent = chromium.browser().newContext()) {
            citizen.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            editor.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            Locator before = ask(citizen, code);
            assertThat(before).not().containsText("50.000 đồng");

            // the editor finds it the way citizens ask, and opens the editor
            Page page = logIn(editor, "bien.tap", "/admin/knowledge/procedures");
            page.getByLabel("Tìm thủ tục").fill("khai sinh");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm"))
                    .click();
            page.locator("tr[data-code='" + code + "'] a").first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(original.name());
            assertThat(page.getByText("Chưa có thay đổi nào: thủ tục như danh mục."))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thủ tục"))
                    .click();

            // without a reason nothing is published
            String firstChannel = original.channels().get(0).method().label();
            page.getByLabel("Số tiền lệ phí 1 (" + firstChannel + ")", new Page.GetByLabelOptions().setExact(true))
                    .fill("50.000");
            page.getByLabel("Ghi chú cho công dân (hiện dưới mọi câu trả lời về thủ tục này)")
                    .fill(NOTE);
            page.getByLabel("Lý do thay đổi (bắt buộc)").fill("   ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng thay đổi"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Hãy ghi lý do của thay đổi.");
            assertThat(knowledge.current().revision()).isZero();

            // a bad amount is refused, with the form kept as typed
            page.getByLabel("Số tiền lệ phí 1 (" + firstChannel + ")", new Page.GetByLabelOptions().setExact(true))
                    .fill("năm mươi nghìn");
            page.getByLabel("Lý do thay đổi (bắt buộc)").fill("Thông tư mới điều chỉnh lệ phí");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng thay đổi"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("không phải số tiền");
            assertThat(page.getByLabel("Ghi chú cho công dân (hiện dưới mọi câu trả lời về thủ tục này)"))
                    .hasValue(NOTE);
            assertThat(knowledge.current().revision()).isZero();

            page.getByLabel("Số tiền lệ phí 1 (" + firstChannel + ")", new Page.GetByLabelOptions().setExact(true))
                    .fill("50.000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng thay đổi"))
                    .click();
            assertThat(page.locator(".flash.info")).containsText("Đã đăng phiên bản 1.");
            // the index is built aside: the page says when citizens see the change
            assertThat(page.locator(".served-status")).containsText("Công dân đang thấy phiên bản 1.", SLOW);
            assertThat(page.locator(".columns")).containsText("50.000 đồng");
            assertThat(page.locator(".columns")).containsText("<script>alert('x')</script>");
            assertThat(page.locator("main script")).hasCount(0);

            // the citizen's next answer: the new fee, the date of the change, the note as text
            Locator after = ask(citizen, code);
            assertThat(after).containsText(firstChannel + ": 50.000 đồng");
            assertThat(after).containsText("Thông tin được cán bộ cập nhật ngày " + today);
            assertThat(after).containsText("<script>alert('x')</script>");
            assertThat(citizen.pages().get(1).locator(".tldvc-log script")).hasCount(0);

            // history and comparison
            page.navigate("http://localhost:" + port + "/admin/knowledge/procedures/" + code);
            Locator version = page.locator("tr[data-revision]").first();
            assertThat(version).containsText("bien.tap");
            assertThat(version).containsText("Thông tư mới điều chỉnh lệ phí");
            version.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("So với bản gốc"))
                    .click();
            Locator diff = page.locator("table.diff");
            assertThat(diff).containsText("Cách thức thực hiện, thời hạn, lệ phí");
            assertThat(diff.locator("ins").first()).containsText("50.000 đồng");
            assertThat(diff).containsText("Ghi chú của cơ quan cho công dân");

            // an agent cannot open the editor
            Page agentPage = logIn(agent, "tiep.dan", "/admin/inbox");
            Response refused =
                    agentPage.navigate("http://localhost:" + port + "/admin/knowledge/procedures/" + code + "/edit");
            assertThat(refused.status()).isEqualTo(403);

            // restore the original: the chat answers the catalog's fee again
            page.navigate("http://localhost:" + port + "/admin/knowledge/procedures/" + code);
            page.getByLabel("Lý do trở về bản gốc của danh mục").fill("Thông tư chưa có hiệu lực");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khôi phục bản gốc"))
                    .click();
            assertThat(page.locator(".flash.info")).containsText("Đã khôi phục bản gốc");
            assertThat(page.locator(".served-status")).containsText("Công dân đang thấy phiên bản 2.", SLOW);
            assertThat(page.getByText("Giống hệt bản gốc.")).isVisible();
            Locator restored = ask(citizen, code);
            assertThat(restored).not().containsText("50.000 đồng");
            assertThat(restored).not().containsText("cập nhật ngày");
            assertThat(knowledge.current().catalog().find(original.code()).orElseThrow())
                    .isEqualTo(original);
        }

        assertThat(dialogs).as("no script ran").isEmpty();
        List<AuditEntry> entries = audit.recent(20);
        assertThat(entries)
                .filteredOn(e -> e.action().startsWith("knowledge.procedure"))
                .extracting(AuditEntry::actor, AuditEntry::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bien.tap", code),
                        org.assertj.core.groups.Tuple.tuple("bien.tap", code));
    }
}
