package vn.gov.assistant.app.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.assistant.core.analytics.Analytics;
import vn.gov.assistant.core.analytics.AnalyticsQuery;
import vn.gov.assistant.core.analytics.AnalyticsStore;

/**
 * The web chat end to end in a real headless Chromium (Debian's package, no browser download):
 * open the home page, open the widget, ask without diacritics, get a cited answer, press a quick
 * reply, rate; citizen text is shown as text; a reload resumes the conversation with its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserIT {

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Analytics analytics;

    /** Today's five-star ratings on the web chat, as the analytics page counts them. */
    private long fiveStars() {
        LocalDate today = LocalDate.now(AnalyticsStore.ZONE);
        return analytics
                .report(new AnalyticsQuery(today, today.plusDays(1), Optional.of("web")))
                .ratingCount(5);
    }

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void askWithoutDiacriticsPressAQuickReplyRateAndResume() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                    .click();
            Locator log = page.getByRole(AriaRole.LOG);
            assertThat(log).containsText("Xin chào");

            Locator input = page.getByLabel("Câu hỏi của bạn");
            input.fill("dang ky tam tru can giay to gi");
            input.press("Enter");
            assertThat(log).containsText("Nguồn: thủ tục 1.004194");
            assertThat(log).containsText("CT01");

            page.locator(".tldvc-options button[data-value='aspect:fee']")
                    .last()
                    .click();
            assertThat(log).containsText("7.000 đồng");

            input.fill("<img src=x onerror=alert(1)> <b>đậm</b>");
            input.press("Enter");
            assertThat(log).containsText("<img src=x onerror=alert(1)>");
            assertThat(page.locator(".tldvc-log img")).hasCount(0);
            assertThat(page.locator(".tldvc-log b")).hasCount(0);

            long fives = fiveStars();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kết thúc và đánh giá"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("5 sao"))
                    .click();
            assertThat(log).containsText("Cảm ơn bạn đã đánh giá 5 sao");
            assertThat(fiveStars()).isEqualTo(fives + 1);

            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                    .click();
            Locator resumed = page.getByRole(AriaRole.LOG);
            assertThat(resumed).containsText("dang ky tam tru can giay to gi");
            assertThat(resumed).containsText("7.000 đồng");
        }
    }
}
