package vn.gov.assistant.app.handoff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.core.handoff.TranscriptLine;

/**
 * Two instances of the service on one Redis: the citizen's WebSocket on A, the staff member in a
 * real Chromium on B's console. A hand-off asked for on A is claimed on B; lines cross both ways;
 * B returns the conversation to the bot and A answers the next question about the same procedure.
 */
class TwoInstancesIT {

    private static Instances instances;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    static final String PASSWORD = "Two-Instances-IT-Pass-7";

    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        instances = new Instances();
        a = instances.start("instance-a", "--assistant.admin.password=" + PASSWORD);
        b = instances.start("instance-b", "--assistant.admin.password=" + PASSWORD);
        chromium = HeadlessChromium.launch();
        // the inbox and the transcript refresh every 2 s
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        instances.close();
    }

    @Test
    void citizenOnAStaffOnBBothWaysThenBackToTheBotInContext() throws Exception {
        try (BrowserContext browser = chromium.browser().newContext();
                CitizenSocket citizen = CitizenSocket.connect(Instances.port(a), null)) {
            // the staff member logs in to the console of instance B; the open inbox marks them online
            Page page = StaffConsole.logIn(browser, Instances.port(b), PASSWORD);

            citizen.reply(); // welcome
            citizen.say("làm căn cước cần giấy tờ gì");
            JsonNode answer = citizen.reply();
            String code = answer.path("metadata").path("cited").get(0).asString();

            citizen.send(Map.of("type", "staff"));
            JsonNode queued = citizen.reply();
            org.assertj.core.api.Assertions.assertThat(
                            queued.path("metadata").path("handoff").asBoolean())
                    .isTrue();
            org.assertj.core.api.Assertions.assertThat(CitizenSocket.text(queued))
                    .contains("vị trí đầu tiên");
            Handoff handoff = b.getBean(StaffDesk.class).inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + citizen.session))
                    .findFirst()
                    .orElseThrow();
            org.assertj.core.api.Assertions.assertThat(handoff.procedure()).isEqualTo(code);

            Locator row = page.locator("tr[data-handoff='" + handoff.id() + "']");
            assertThat(row).containsText("Đang chờ");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở"))
                    .click();
            Locator transcript =
                    page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Nội dung cuộc trò chuyện"));
            assertThat(transcript.locator(".line.citizen").first()).containsText("làm căn cước cần giấy tờ gì");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý"))
                    .click();
            citizen.line("đã nhận cuộc trò chuyện");

            String reply = "Chào bạn, bạn cần hỗ trợ gì về căn cước?";
            page.getByLabel("Trả lời công dân").fill(reply);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Trả lời").setExact(true))
                    .click();
            JsonNode staffLine = citizen.line(reply);
            org.assertj.core.api.Assertions.assertThat(staffLine.path("from").asString())
                    .isEqualTo("staff");

            String question = "Tôi bị mất giấy khai sinh thì làm sao?";
            citizen.say(question);
            citizen.next(m -> CitizenSocket.type(m).equals("forwarded"));
            assertThat(transcript.locator(".line.citizen").last()).containsText(question);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại cho trợ lý ảo"))
                    .click();
            citizen.line("chuyển bạn lại cho trợ lý ảo");

            citizen.say("lệ phí bao nhiêu?");
            JsonNode followUp = citizen.reply();
            org.assertj.core.api.Assertions.assertThat(
                            followUp.path("metadata").path("handoff").asBoolean())
                    .isFalse();
            org.assertj.core.api.Assertions.assertThat(
                            followUp.path("metadata").path("cited").get(0).asString())
                    .isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(citizen.linesWithText(reply))
                    .isEqualTo(1);
        }
    }

    @Test
    void aBrowserReconnectingToTheOtherInstanceReloadsTheStaffLines() throws Exception {
        StaffDesk staffOnB = b.getBean(StaffDesk.class);
        staffOnB.heartbeat("admin");
        String session;
        String handoffId;
        try (CitizenSocket citizen = CitizenSocket.connect(Instances.port(a), null)) {
            citizen.reply();
            citizen.say("cho tôi gặp cán bộ");
            citizen.reply();
            session = citizen.session;
            handoffId = staffOnB.inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + session))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
        staffOnB.claim(handoffId, "admin");
        staffOnB.reply(handoffId, "admin", "Bạn còn ở đó không?");
        awaitTranscript(staffOnB, handoffId, "Bạn còn ở đó không?");
        try (CitizenSocket back = CitizenSocket.connect(Instances.port(b), session)) {
            JsonNode welcome = back.all.getFirst();
            org.assertj.core.api.Assertions.assertThat(welcome.path("history").toString())
                    .contains("Bạn còn ở đó không?");
        }
        staffOnB.close(handoffId, "admin");
    }

    private static void awaitTranscript(StaffDesk desk, String handoffId, String text) throws InterruptedException {
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end) {
            boolean there = desk.view(handoffId).orElseThrow().transcript().stream()
                    .map(TranscriptLine::text)
                    .anyMatch(text::equals);
            if (there) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not in the transcript within 15 s: " + text);
    }
}
