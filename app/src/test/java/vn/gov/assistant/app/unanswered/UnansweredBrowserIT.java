package vn.gov.assistant.app.unanswered;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import tools.jackson.databind.JsonNode;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Unanswered questions end to end in a real headless Chromium: citizens ask a colloquial question
 * the search declines, three times through the chat API (one without diacritics), and a question
 * holding a script tag; an editor sees the group with its exact count, finds the procedure with
 * the served search, links the group to it with the everyday name offered and a reason; the
 * page then measures the resolution, and the same question asked again in the web chat is
 * answered with that procedure cited. The script tag stays text; an agent gets 403 on the page
 * and on its forms.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = UnansweredIT.CLARIFICATION_TIMEOUT)
class UnansweredBrowserIT {

    /** Declined by the search as it is (eval colloq-008): a couple from the provinces renting a room. */
    static final String LODGING = "vợ chồng em từ Nghệ An ra HN làm công nhân, ở trọ thì có cần báo công an phường k";

    private static final String TEMPORARY_RESIDENCE = "1.004194";
    private static final String PASSWORD = "Unanswered-Browser-IT-42";
    private static final String SCRIPT = "<script>alert(1)</script> xin phép bắn pháo hoa đêm giao thừa";

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
        for (var account :
                List.of(new Object[] {"bien.tap.ua", Role.EDITOR}, new Object[] {"tiep.dan.ua", Role.AGENT})) {
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

    private void declined(String question) throws Exception {
        JsonNode reply = UnansweredIT.chat(port, "ua-browser-" + UUID.randomUUID(), "text", question);
        assertThat(reply.path("metadata").path("declined").asBoolean())
                .as("declined: %s", question)
                .isTrue();
    }

    /** Asks in a fresh web chat; returns the chat's log once a reply is in. */
    private Locator askInTheChat(BrowserContext browser, String question) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }");
        page.reload();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hỏi trợ lý dịch vụ công"))
                .click();
        Locator log = page.getByRole(AriaRole.LOG);
        assertThat(log).containsText("Xin chào");
        Locator input = page.getByLabel("Câu hỏi của bạn");
        input.fill(question);
        input.press("Enter");
        return log;
    }

    @Test
    void anEditorLinksAGroupOfDeclinedQuestionsToAProcedureAndTheQuestionIsThenAnswered() throws Exception {
        declined(LODGING);
        declined(LODGING);
        declined(VietnameseText.stripDiacritics(LODGING));
        declined(SCRIPT);
        List<String> dialogs = new CopyOnWriteArrayList<>();

        try (BrowserContext editor = chromium.browser().newContext();
                BrowserContext agent = chromium.browser().newContext();
                BrowserContext citizen = chromium.browser().newContext()) {
            for (BrowserContext context : List.of(editor, citizen)) {
                context.onDialog(d -> {
                    dialogs.add(d.message());
                    d.dismiss();
                });
            }
            Page page = logIn(editor, "bien.tap.ua", "/admin/unanswered");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Câu hỏi chưa trả lời được");

            // the group, with its exact count; the script is text
            Locator group = page.locator("section[data-group='" + ChangeKind.keyOf(LODGING) + "']");
            assertThat(group.getByRole(AriaRole.HEADING)).hasText(LODGING);
            assertThat(group.locator(".count")).hasText("3 câu hỏi");
            assertThat(group).containsText("kênh: API (3)");
            Locator scripted = page.locator("section[data-group='" + ChangeKind.keyOf(SCRIPT) + "']");
            assertThat(scripted.getByRole(AriaRole.HEADING)).hasText(SCRIPT);
            assertThat(page.locator("main script")).hasCount(0);

            // link it: the procedure found with the served search, the name offered, a reason
            group.getByText("Gắn với một thủ tục").click();
            Locator link = group.locator("details.link form");
            link.getByLabel("Tìm thủ tục (tên, mã, hoặc như công dân hỏi)").fill("đăng ký tạm trú");
            assertThat(link.locator(".searched")).hasText("Kết quả tìm cho «đăng ký tạm trú»");
            Locator choice = link.getByLabel(TEMPORARY_RESIDENCE + " – Đăng ký tạm trú");
            assertThat(choice).isVisible();
            choice.check();
            Locator name = link.getByLabel("Tên gọi thường dùng (cách công dân hỏi; trợ lý ảo sẽ nhận ra tên này)");
            assertThat(name)
                    .hasValue("vợ chồng em từ nghệ an ra hn làm công nhân, ở trọ thì có cần báo công an phường k");
            link.getByLabel("Lý do").fill("Người ở trọ hỏi có cần báo công an: đó là đăng ký tạm trú");
            link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gắn với thủ tục"))
                    .click();
            assertThat(page.locator(".flash.info"))
                    .containsText("Đã gắn nhóm câu hỏi với thủ tục " + TEMPORARY_RESIDENCE);
            assertThat(page.locator("section[data-group='" + ChangeKind.keyOf(LODGING) + "']"))
                    .hasCount(0);

            // resolved: who, how, why, and the measure once the new index serves
            Locator resolved = resolvedOnceServed(page, ChangeKind.keyOf(LODGING));
            assertThat(resolved)
                    .containsText("Cách xử lý: gắn với thủ tục " + TEMPORARY_RESIDENCE + " – Đăng ký tạm trú");
            assertThat(resolved).containsText("bien.tap.ua");
            assertThat(resolved).containsText("Người ở trọ hỏi có cần báo công an");
            assertThat(resolved.locator(".measure"))
                    .containsText("1/1 câu hỏi nay được trả lời bằng thủ tục " + TEMPORARY_RESIDENCE);

            // the same question in the web chat is now answered with the procedure cited
            Locator chat = askInTheChat(citizen, LODGING);
            assertThat(chat).containsText("Nguồn: thủ tục " + TEMPORARY_RESIDENCE, SLOW);

            // an agent gets 403 on the page and on its forms, even with a valid token
            Page agentPage = logIn(agent, "tiep.dan.ua", "/admin/inbox");
            assertThat(agentPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hộp thư")))
                    .isVisible();
            Response refused = agentPage.navigate("http://localhost:" + port + "/admin/unanswered");
            assertThat(refused.status()).isEqualTo(403);
            agentPage.navigate("http://localhost:" + port + "/admin/inbox");
            String token = agentPage.locator("meta[name='_csrf']").getAttribute("content");
            for (String form : List.of("link", "answer", "out-of-scope")) {
                APIResponse post = agent.request()
                        .post(
                                "http://localhost:" + port + "/admin/unanswered/" + form,
                                RequestOptions.create()
                                        .setForm(FormData.create()
                                                .set("_csrf", token)
                                                .set("group", ChangeKind.keyOf(SCRIPT))
                                                .set("head", "0")
                                                .set("reason", "thử")));
                assertThat(post.status()).as(form).isEqualTo(403);
            }
            page.navigate("http://localhost:" + port + "/admin/unanswered");
            assertThat(page.locator("section[data-group='" + ChangeKind.keyOf(SCRIPT) + "']"))
                    .isVisible();
        }
        assertThat(dialogs).as("no script ran").isEmpty();
    }

    /** The resolved tab, reloaded until the knowledge served includes the resolution. */
    private Locator resolvedOnceServed(Page page, String key) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (true) {
            page.navigate("http://localhost:" + port + "/admin/unanswered?tab=resolved");
            Locator section = page.locator("section[data-group='" + key + "']");
            assertThat(section).isVisible();
            String measure = section.locator(".measure").textContent();
            if (!measure.contains("đang được xây dựng") || System.nanoTime() > end) {
                return section;
            }
            Thread.sleep(1_000);
        }
    }
}
