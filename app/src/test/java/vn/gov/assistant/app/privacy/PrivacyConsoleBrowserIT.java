package vn.gov.assistant.app.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.assistant.app.handoff.CitizenSocket;
import vn.gov.assistant.app.handoff.StaffConsole;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;

/**
 * A citizen's request for their data, end to end: over the web chat's WebSocket a citizen talks
 * to staff (a transcript with markup in it) and leaves a phone number for a callback; in a real
 * headless Chromium the administrator finds them by that number on the privacy page, downloads
 * the file (the transcript is in it), deletes everything with a reason after the confirmation
 * step; the desk then finds nothing, and the audit holds the view, the download and the deletion
 * under a pseudonym, never the phone number.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "assistant.admin.password=" + PrivacyConsoleBrowserIT.PASSWORD,
            "assistant.handoff.office-hours=always"
        })
class PrivacyConsoleBrowserIT {

    static final String PASSWORD = "Privacy-Browser-IT-Pass-17";

    private static final String PHONE = "0987654321";
    private static final String QUESTION = "đăng ký tạm trú cần giấy tờ gì <script>alert('x')</script>";

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffDesk desk;

    @Autowired
    PersonalDataDesk privacy;

    @Autowired
    AuditLog audit;

    @BeforeAll
    static void launch() {
        chromium = HeadlessChromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAdministratorFindsACitizenByPhoneDownloadsTheirDataAndErasesItAudited() throws Exception {
        try (BrowserContext browser = chromium.browser()
                        .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
                CitizenSocket citizen = CitizenSocket.connect(port, null)) {
            // logged in, the administrator is online: the citizen's request for a person is queued
            Page page = StaffConsole.logIn(browser, port, PASSWORD);
            String conversation = "web-" + citizen.session;
            citizen.reply(); // the welcome, with the privacy notice
            citizen.say(QUESTION);
            citizen.reply();
            citizen.send(Map.of("type", "staff"));
            assertThat(citizen.reply().path("metadata").path("handoff").asBoolean())
                    .isTrue();
            Handoff handoff = desk.inbox().stream()
                    .filter(h -> h.conversationId().equals(conversation))
                    .findFirst()
                    .orElseThrow();
            String answer = "Chào bạn, bạn cần tờ khai CT01 và giấy tờ chỗ ở hợp pháp.";
            desk.claim(handoff.id(), "admin");
            desk.reply(handoff.id(), "admin", answer);
            citizen.line(answer);
            desk.close(handoff.id(), "admin");

            // then asks to be called back and leaves a phone number
            citizen.send(Map.of("type", "option", "value", Reception.CALLBACK_START));
            assertThat(CitizenSocket.text(citizen.reply())).contains("số điện thoại");
            citizen.say("0987 654 321");
            assertThat(CitizenSocket.text(citizen.reply())).contains("0987***321");
            citizen.send(Map.of("type", "option", "value", Reception.CALLBACK_CONSENT));
            assertThat(CitizenSocket.text(citizen.reply())).contains("mã phiếu hẹn");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dữ liệu cá nhân"))
                    .click();
            page.getByLabel("Số điện thoại hoặc thư điện tử").fill("0987 654 321");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm theo liên hệ"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kết quả: 1 cuộc trò chuyện")))
                    .isVisible();
            Locator kept = page.locator("section.kept");
            Locator transcript =
                    kept.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Nội dung cuộc trò chuyện"));
            // the markup is shown as text, not run
            assertThat(transcript.locator(".line.citizen").first()).containsText(QUESTION);
            assertThat(transcript.locator(".line.staff")).containsText(answer);
            assertThat(kept.locator("tr[data-ticket]")).containsText(PHONE);
            assertThat(kept).containsText("Tự động xóa vào khoảng");

            Download download = page.waitForDownload(
                    () -> kept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải về"))
                            .click());
            assertThat(download.suggestedFilename()).isEqualTo("du-lieu-ca-nhan-web.txt");
            String file = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(file).contains("DỮ LIỆU CÁ NHÂN ĐANG LƯU", QUESTION, answer, PHONE);

            kept.getByLabel("Lý do xóa (bắt buộc, ghi vào nhật ký)").fill("Công dân đề nghị xóa qua điện thoại");
            kept.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa toàn bộ dữ liệu"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xác nhận xóa toàn bộ dữ liệu")))
                    .isVisible();
            assertThat(privacy.kept(conversation).empty()).isFalse();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận xóa"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .containsText("Đã xóa: 1 phiếu hẹn gọi lại, 1 cuộc chuyển cán bộ");

            assertThat(privacy.conversationsWithContact(PHONE)).isEmpty();
            assertThat(privacy.kept(conversation).empty()).isTrue();
            page.getByLabel("Số điện thoại hoặc thư điện tử").fill(PHONE);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm theo liên hệ"))
                    .click();
            assertThat(page.locator("#nothing-found")).isVisible();

            String pseudonym = privacy.pseudonym(conversation);
            List<AuditEntry> entries = audit.recent(1_000).stream()
                    .filter(e -> e.target().equals(pseudonym))
                    .toList();
            assertThat(entries)
                    .extracting(AuditEntry::action)
                    .contains("privacy.view", "privacy.export", "privacy.erase");
            assertThat(entries)
                    .filteredOn(e -> e.action().equals("privacy.erase"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo("admin");
                        assertThat(e.detail()).contains("phiếu hẹn: 1", "lý do: Công dân đề nghị xóa qua điện thoại");
                    });
            assertThat(audit.recent(1_000)).allSatisfy(e -> assertThat(e.target() + " " + e.detail())
                    .doesNotContain(PHONE)
                    .doesNotContain("0987 654 321")
                    .doesNotContain(citizen.session));
            assertThat(pseudonym).startsWith("web#").doesNotContain(citizen.session);
        }
    }
}
