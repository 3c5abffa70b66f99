package vn.gov.assistant.app.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;

/**
 * The staff console end to end: the service with a first administrator configured; a citizen asks
 * for a person over the web chat's WebSocket; in a real headless Chromium the staff member logs
 * in, sees the hand-off in the live inbox, claims it and replies (the citizen's socket receives
 * the reply), sees the citizen's answer arrive in the transcript, writes an internal note (which
 * the citizen never receives) and gives the conversation back to the bot (the citizen is told).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "assistant.admin.password=" + StaffInboxBrowserIT.PASSWORD,
            "assistant.handoff.office-hours=always"
        })
class StaffInboxBrowserIT {

    static final String PASSWORD = "Inbox-Browser-IT-Pass-42";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffDesk desk;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        // the inbox and the transcript refresh every 2 s
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void staffLogInClaimReplyReadTheCitizenAndReturnTheConversationToTheBot() throws Exception {
        try (BrowserContext browser = chromium.browser().newContext();
                CitizenSocket citizen = CitizenSocket.connect(port, null)) {
            Page page = StaffConsole.logIn(browser, port, PASSWORD);

            // the inbox is open, so the citizen is offered a person and queued
            citizen.reply(); // the welcome
            citizen.say("đăng ký tạm trú cần giấy tờ gì");
            assertThat(CitizenSocket.text(citizen.reply())).contains("CT01");
            citizen.send(Map.of("type", "staff"));
            assertThat(citizen.reply().path("metadata").path("handoff").asBoolean())
                    .isTrue();
            Handoff handoff = desk.inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + citizen.session))
                    .findFirst()
                    .orElseThrow();

            Locator row = page.locator("tr[data-handoff='" + handoff.id() + "']");
            assertThat(row).containsText("Đang chờ");
            assertThat(row).containsText("Web");
            assertThat(row).containsText("Đăng ký tạm trú");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở"))
                    .click();

            Locator transcript =
                    page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Nội dung cuộc trò chuyện"));
            assertThat(transcript.locator(".line.citizen").first()).containsText("đăng ký tạm trú cần giấy tờ gì");
            assertThat(transcript.locator(".line.assistant").first()).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bạn đã nhận xử lý");
            citizen.line("đã nhận cuộc trò chuyện");

            String answer = "Chào bạn, tôi là cán bộ một cửa. Bạn cần tờ khai CT01 và giấy tờ chỗ ở hợp pháp.";
            page.getByLabel("Trả lời công dân").fill(answer);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Trả lời").setExact(true))
                    .click();
            JsonNode delivered = citizen.line(answer);
            assertThat(delivered.path("from").asString()).isEqualTo("staff");
            assertThat(transcript.locator(".line.staff")).containsText(answer);

            String question = "Giấy tờ chỗ ở có cần công chứng không ạ?";
            citizen.say(question);
            assertThat(transcript.locator(".line.citizen").last()).containsText(question);

            String note = "Công dân ở nhà thuê, cần hướng dẫn thêm về hợp đồng thuê.";
            page.getByLabel("Ghi chú nội bộ (công dân không thấy)").fill(note);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi chú nội bộ"))
                    .click();
            assertThat(transcript.locator(".line.note")).containsText(note);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại cho trợ lý ảo"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã trả cuộc trò chuyện lại cho trợ lý ảo");
            assertThat(page.locator("tr[data-handoff='" + handoff.id() + "']")).hasCount(0);
            citizen.line("chuyển bạn lại cho trợ lý ảo");

            citizen.say("lệ phí bao nhiêu?");
            JsonNode followUp = citizen.reply();
            assertThat(followUp.path("metadata").path("handoff").asBoolean()).isFalse();
            assertThat(CitizenSocket.text(followUp)).contains("đồng");
            synchronized (citizen.all) {
                assertThat(citizen.all).noneMatch(m -> m.toString().contains(note));
            }
        }
    }
}
