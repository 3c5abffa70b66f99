package vn.gov.assistant.app.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.app.handoff.CitizenSocket;
import vn.gov.assistant.app.handoff.StaffConsole;
import vn.gov.assistant.app.web.HeadlessChromium;
import vn.gov.assistant.core.analytics.AnalyticsReport;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * The analytics page shows the counts of a known set of conversations exactly. The service (its own
 * context, so nothing else is counted) gets, through its real entries: over the chat API, an answer
 * and its follow-up, two questions it declines, and a question it asks back about then answers;
 * over the web chat's WebSocket, an aspect without a procedure asked back then answered, and a
 * citizen handed over to the staff member logged in, who claims the conversation in the console;
 * ratings 4, then 2 replaced by 5. In a headless Chromium the administrator opens "Thống kê",
 * chooses today, reads every figure, the charts' values and the tables, and downloads the CSV.
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"assistant.admin.password=" + AnalyticsBrowserIT.PASSWORD, "assistant.handoff.office-hours=always"
        })
class AnalyticsBrowserIT {

    static final String PASSWORD = "Analytics-Browser-IT-Pass-7";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static HeadlessChromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    StaffDesk desk;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Question turns' aspects, as the replies said: what the aspects chart must show. */
    private final Map<String, Integer> aspects = new TreeMap<>();

    /** The intents of the replies: what the intents table must show. */
    private final Map<String, Integer> intents = new TreeMap<>();

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

    private JsonNode api(String conversation, String field, String value) throws Exception {
        String body = JSON.writeValueAsString(Map.of("conversationId", conversation, field, value));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return tally(JSON.readTree(response.body()));
    }

    /** Notes the aspect of a question turn (an answer, an ask-back or a decline). */
    private JsonNode tally(JsonNode reply) {
        JsonNode m = reply.path("metadata");
        intents.merge(m.path("intent").asString(), 1, Integer::sum);
        boolean question = !m.path("cited").isEmpty()
                || m.path("declined").asBoolean()
                || (m.path("intent").asString().equals("PROCEDURE")
                        && !m.path("handoff").asBoolean());
        if (question) {
            aspects.merge(Aspect.fromLabel(m.path("aspect").asString()).name(), 1, Integer::sum);
        }
        return reply;
    }

    private static List<String> cited(JsonNode reply) {
        return reply.path("metadata")
                .path("cited")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    @Test
    void theAnalyticsPageShowsTheCountsOfTheSeededConversationsExactly() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsStore.ZONE);
        String chosen;
        Duration waited;
        try (BrowserContext browser = chromium.browser()
                        .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
                CitizenSocket asker = CitizenSocket.connect(port, null);
                CitizenSocket handedOver = CitizenSocket.connect(port, null)) {
            // the staff member's inbox is open: citizens asking for a person are queued
            Page page = StaffConsole.logIn(browser, port, PASSWORD);

            // the chat API: answered twice, declined twice, asked back then answered
            assertThat(cited(api("an-1", "text", "đăng ký tạm trú cần giấy tờ gì")))
                    .containsExactly("1.004194");
            assertThat(cited(api("an-1", "option", "aspect:fee"))).containsExactly("1.004194");
            assertThat(api("an-2", "text", "giá vàng hôm nay bao nhiêu")
                            .path("metadata")
                            .path("declined")
                            .asBoolean())
                    .isTrue();
            assertThat(api("an-3", "text", "abc xyz qwe")
                            .path("metadata")
                            .path("declined")
                            .asBoolean())
                    .isTrue();
            JsonNode ask = api("an-4", "text", "cấp giấy phép");
            assertThat(cited(ask)).isEmpty();
            assertThat(ask.path("metadata").path("declined").asBoolean()).isFalse();
            chosen = ask.path("metadata").path("offered").get(0).asString();
            assertThat(cited(api("an-4", "option", "proc:" + chosen))).containsExactly(chosen);

            // the web chat: an aspect without a procedure is asked back, then answered; rated 4
            asker.reply(); // the welcome: opening the chat is not a message
            asker.say("lệ phí bao nhiêu?");
            JsonNode which = tally(asker.reply());
            assertThat(cited(which)).isEmpty();
            assertThat(which.path("metadata").path("declined").asBoolean()).isFalse();
            asker.say("đăng ký tạm trú");
            assertThat(cited(tally(asker.reply()))).containsExactly("1.004194");
            asker.send(Map.of("type", "rating", "score", 4));
            asker.next(m -> CitizenSocket.type(m).equals("rated"));

            // the web chat: a person asked for, claimed in the console, then a message to them
            handedOver.reply();
            handedOver.send(Map.of("type", "staff"));
            assertThat(tally(handedOver.reply())
                            .path("metadata")
                            .path("handoff")
                            .asBoolean())
                    .isTrue();
            Handoff handoff = desk.inbox().stream()
                    .filter(h -> h.conversationId().equals("web-" + handedOver.session))
                    .findFirst()
                    .orElseThrow();
            Locator row = page.locator("tr[data-handoff='" + handoff.id() + "']");
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mở"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bạn đã nhận xử lý");
            Handoff claimed = desk.view(handoff.id()).orElseThrow().handoff();
            assertThat(claimed.status()).isEqualTo(Handoff.Status.CLAIMED);
            waited = Duration.between(claimed.requested(), claimed.updated());
            handedOver.say("Tôi muốn hỏi thêm về giấy tờ");
            handedOver.next(m -> CitizenSocket.type(m).equals("forwarded"));
            handedOver.send(Map.of("type", "rating", "score", 2));
            handedOver.next(m -> CitizenSocket.type(m).equals("rated"));
            handedOver.send(Map.of("type", "rating", "score", 5)); // the last rating counts
            handedOver.next(m ->
                    CitizenSocket.type(m).equals("rated") && m.path("score").asInt() == 5);

            // the console: Thống kê, today only
            page.getByRole(AriaRole.NAVIGATION)
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thống kê"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thống kê")))
                    .isVisible();
            page.getByLabel("Từ ngày").fill(today.toString());
            page.getByLabel("Đến ngày (không tính)").fill(today.plusDays(1).toString());
            page.getByLabel("Kênh").selectOption("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem thống kê"))
                    .click();
            String day = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(page.locator(".period-shown"))
                    .hasText("Từ " + day + " đến hết " + day + " (1 ngày), tất cả các kênh");

            // conversations: an-1..an-4 and the two web chats; messages: 2 + 1 + 1 + 2 + 2 + 2
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            expected.put("conversations", "6");
            expected.put("messages", "10");
            expected.put("questions", "8");
            expected.put("answers", "4");
            expected.put("containment", "83,3 %");
            expected.put("handoffRate", "16,7 %");
            expected.put("askedForPerson", "1");
            expected.put("callbacks", "0");
            expected.put("fallbackRate", "25,0 %");
            expected.put("declined", "2");
            expected.put("clarificationSuccess", "100,0 %");
            expected.put("satisfaction", "4,50 / 5");
            assertThat(waited).isLessThan(Duration.ofSeconds(60));
            expected.put("medianWait", Math.round(waited.toMillis() / 1000.0) + " giây");
            assertThat(page.locator("[data-figure]")).hasCount(expected.size());
            for (var figure : expected.entrySet()) {
                assertThat(page.locator("[data-figure='" + figure.getKey() + "'] .value"))
                        .hasText(figure.getValue());
            }
            assertThat(page.locator("[data-figure='containment'] .detail")).hasText("5 / 6 cuộc trò chuyện");
            assertThat(page.locator("[data-figure='fallbackRate'] .detail")).hasText("2 / 8 câu hỏi");
            assertThat(page.locator("[data-figure='clarificationSuccess'] .detail"))
                    .hasText("2 / 2 lần hỏi lại");
            assertThat(page.locator("[data-figure='satisfaction'] .detail")).hasText("2 đánh giá");
            assertThat(page.locator("[data-figure='medianWait'] .detail")).hasText("1 lượt được cán bộ nhận");
            assertThat(page.locator("[data-figure='containment'] .explain"))
                    .containsText("không chuyển vào hàng chờ cán bộ và không tạo phiếu hẹn gọi lại");

            // the charts' values
            String dm = today.format(DateTimeFormatter.ofPattern("dd/MM"));
            Locator perDay = page.locator("svg[data-chart='per-day']");
            assertThat(perDay.locator("rect.conversations title")).hasText(dm + ": 6 cuộc trò chuyện");
            assertThat(perDay.locator("rect.messages title")).hasText(dm + ": 10 tin nhắn");
            assertThat(page.locator("svg[data-chart='satisfaction'] rect title"))
                    .hasText(new String[] {
                        "5 sao: 1 đánh giá",
                        "4 sao: 1 đánh giá",
                        "3 sao: 0 đánh giá",
                        "2 sao: 0 đánh giá",
                        "1 sao: 0 đánh giá"
                    });
            Locator procedures = page.locator("table.procedures tbody tr");
            assertThat(procedures).hasCount(2);
            assertThat(procedures.nth(0).locator("td")).hasText(new String[] {"1.004194", "Đăng ký tạm trú", "3"});
            assertThat(procedures.nth(1).locator("td").first()).hasText(chosen);
            assertThat(procedures.nth(1).locator("td").last()).hasText("1");
            assertThat(page.locator("svg[data-chart='procedures'] rect title").first())
                    .hasText("1.004194 — Đăng ký tạm trú: 3 câu trả lời");
            List<String> aspectTitles = aspects.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(e -> Aspect.valueOf(e.getKey())))
                    .map(e -> AnalyticsReport.label(Aspect.valueOf(e.getKey())) + ": " + e.getValue() + " câu hỏi")
                    .toList();
            assertThat(aspects.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(8);
            assertThat(page.locator("svg[data-chart='aspects'] rect title"))
                    .hasText(aspectTitles.toArray(String[]::new));
            assertThat(intents)
                    .containsEntry("PROCEDURE", 7)
                    .containsEntry("OTHER", 1)
                    .containsEntry("HUMAN", 1);
            for (var intent : intents.entrySet()) {
                assertThat(page.locator("table.intents tr[data-intent='" + intent.getKey() + "'] td"))
                        .hasText(new String[] {
                            AnalyticsReport.label(vn.gov.assistant.core.intent.Intent.valueOf(intent.getKey())),
                            Integer.toString(intent.getValue())
                        });
            }
            assertThat(page.locator("table.intents tbody tr")).hasCount(intents.size());
            page.getByText("Bảng số liệu theo ngày").click();
            assertThat(page.locator("table.per-day tbody tr td"))
                    .hasText(new String[] {day, "6", "10", "8", "2", "1", "0", "2"});

            // what the page looks like, for whoever reviews a change to it
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(java.nio.file.Path.of("target", "analytics-page.png")));

            // the CSV of the same period
            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải về tệp CSV"))
                            .click());
            assertThat(download.suggestedFilename()).isEqualTo("thong-ke-" + today + "-den-" + today + "-tat-ca.csv");
            byte[] bytes = Files.readAllBytes(download.path());
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            List<String> lines = List.of(csv.split("\r\n"));
            assertThat(lines)
                    .contains(
                            "Kênh,Tất cả các kênh",
                            "Từ ngày (tính cả ngày này)," + today,
                            "Đến ngày (không tính ngày này)," + today.plusDays(1),
                            today + ",6,10,8,4,2,1,0,2",
                            "1.004194,Đăng ký tạm trú,3",
                            "4,1",
                            "5,1");
            assertThat(lines)
                    .anySatisfy(l -> assertThat(l).startsWith("Cuộc trò chuyện,6,cuộc,,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Tin nhắn của người dân,10,tin,,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ tự xử lý,83.3,%,5 / 6 cuộc trò chuyện,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ chuyển cán bộ,16.7,%,1 / 6 cuộc trò chuyện,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ không trả lời được,25.0,%,2 / 8 câu hỏi,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Câu hỏi không trả lời được,2,câu,,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Tỷ lệ hỏi lại thành công,100.0,%,2 / 2 lần hỏi lại,"))
                    .anySatisfy(l -> assertThat(l).startsWith("Mức hài lòng,4.50,sao (1-5),2 đánh giá,"))
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("Thời gian chờ cán bộ (trung vị)," + Math.round(waited.toMillis() / 1000.0)
                                    + ",giây,1 lượt"));
        }
    }
}
