package vn.gov.assistant.app.knowledge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.gov.assistant.app.handoff.StaffConsole;
import vn.gov.assistant.app.web.HeadlessChromium;

/**
 * The dictionary end to end in a real headless Chromium: an editor adds an everyday name for a
 * procedure (picked through the served search) and a canned answer whose text holds a script tag;
 * the console shows that text as text; then a citizen's web chat finds the procedure by the new
 * name and answers the frequent question with staff's text, dated, the tag shown as text too.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "assistant.admin.password=" + DictionaryBrowserIT.PASSWORD)
class DictionaryBrowserIT {

    static final String PASSWORD = "Dictionary-Browser-IT-Pass-7";

    /** Publishing builds the next index before the page comes back: seconds, more on a busy machine. */
    private static final double PUBLISH_TIMEOUT = 120_000;

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The page after a publication comes back once the next index is built and served. */
    private static LocatorAssertions.ContainsTextOptions published() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(PUBLISH_TIMEOUT);
    }

    @Test
    void anEditorsNewNameAndCannedAnswerReachTheWebChat() {
        try (BrowserContext browser = chromium.browser().newContext()) {
            AtomicInteger alerts = new AtomicInteger();
            browser.onPage(p -> p.onDialog(dialog -> {
                alerts.incrementAndGet();
                dialog.dismiss();
            }));
            Page console = StaffConsole.logIn(browser, port, PASSWORD);
            console.setDefaultTimeout(PUBLISH_TIMEOUT);
            console.setDefaultNavigationTimeout(PUBLISH_TIMEOUT);

            // before: the chat does not know the name
            Page chat = browser.newPage();
            chat.setDefaultTimeout(PUBLISH_TIMEOUT);
            chat.navigate("http://localhost:" + port + "/");
            chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                    .click();
            Locator log = chat.getByRole(AriaRole.LOG);
            assertThat(log).containsText("Xin chào");
            Locator input = chat.getByLabel("Câu hỏi của bạn");
            input.fill("xin giấy ở nhờ cần gì");
            input.press("Enter");
            // the name means nothing yet: only the aspect asked is understood
            assertThat(log).containsText("Bạn muốn hỏi giấy tờ cần chuẩn bị của thủ tục nào?");
            assertThat(log).not().containsText("Nguồn: thủ tục 1.004194");

            // an everyday name, the procedure found through the served search
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Từ điển"))
                    .click();
            assertThat(console.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tên gọi thông thường của thủ tục")))
                    .isVisible();
            console.getByLabel("Tên gọi người dân hay dùng").fill("xin giấy ở nhờ");
            console.getByLabel("Thủ tục: nhập mã hoặc vài chữ để tìm").fill("đăng ký tạm trú");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm thủ tục"))
                    .click();
            console.locator("#found input[value='1.004194']").check();
            console.locator("#name-reason").fill("Người dân ở nhờ nhà người quen hay hỏi như vậy");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm tên gọi"))
                    .click();
            assertThat(console.locator(".flash.info")).containsText("Đã thêm tên gọi \"xin giấy ở nhờ\"", published());
            assertThat(console.locator("tr[data-name='xin giay o nho']")).containsText("1.004194 - Đăng ký tạm trú");

            // a canned answer with a script tag, tried in the form before it is published
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Câu trả lời soạn sẵn"))
                    .first()
                    .click();
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm câu trả lời"))
                    .click();
            String answer = "Từ thứ Hai đến thứ Sáu, sáng 7h30 - 11h30, chiều 13h30 - 17h. <script>alert('x')</script>";
            console.getByLabel("Tiêu đề").fill("Giờ làm việc của bộ phận một cửa <b>phường</b>");
            console.getByLabel("Câu hỏi người dân hay hỏi (mỗi dòng một câu)")
                    .fill("Bộ phận một cửa làm việc mấy giờ?\nThứ bảy có làm việc không?");
            console.getByLabel("Câu trả lời", new Page.GetByLabelOptions().setExact(true))
                    .fill(answer);
            console.getByLabel("Câu người dân nhắn").fill("bo phan mot cua lam viec may gio vay a");
            console.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Thử").setExact(true))
                    .click();
            assertThat(console.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Kết quả thử")))
                    .containsText("giống 100%");
            console.locator("#answer-reason").fill("Câu hỏi hay gặp nhất ở bộ phận một cửa");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm câu trả lời"))
                    .click();
            assertThat(console.locator(".flash.info")).containsText("Đã thêm câu trả lời", published());
            Locator row = console.locator("tr[data-answer]").first();
            assertThat(row).containsText("<script>alert('x')</script>");
            assertThat(row).containsText("<b>phường</b>");
            assertThat(console.locator("main script")).hasCount(0);
            assertThat(console.locator("main b")).hasCount(0);
            // both are put into search aside; the console says when citizens see them
            assertThat(console.locator(".served-status")).containsText("Công dân đang thấy phiên bản 2.", published());

            // the chat: the procedure by its new name, the frequent question by staff's text
            input.fill("xin giấy ở nhờ cần gì");
            input.press("Enter");
            assertThat(log).containsText("Nguồn: thủ tục 1.004194");
            input.fill("bộ phận một cửa làm việc mấy giờ vậy ạ");
            input.press("Enter");
            assertThat(log).containsText("sáng 7h30 - 11h30, chiều 13h30 - 17h. <script>alert('x')</script>");
            assertThat(log).containsText("(Câu trả lời của cơ quan, cập nhật ngày ");
            assertThat(log).containsText("Giờ làm việc của bộ phận một cửa <b>phường</b>");
            assertThat(chat.locator(".tldvc-log script")).hasCount(0);
            assertThat(chat.locator(".tldvc-log b")).hasCount(0);
            assertThat(alerts).as("no script of staff's text ran").hasValue(0);
        }
    }
}
