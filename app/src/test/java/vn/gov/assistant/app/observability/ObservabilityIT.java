package vn.gov.assistant.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.assistant.app.handoff.CitizenSocket;
import vn.gov.assistant.channels.telegram.FakeBotApi;
import vn.gov.assistant.channels.zalo.FakeZaloApi;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The service as operators watch it, with every channel on over its real transport: the web chat
 * WebSocket, the chat API, Telegram's webhook (replies through telegrambots to a local Bot API) and
 * Zalo's signed webhook (replies and a token refresh through a local Open API). Citizens send an ID
 * number, phone numbers, an e-mail and a name given in a form on each; none of it may reach any log
 * line (all of the application's loggers, ours at DEBUG), while each turn's own line does.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "assistant.metrics.token=" + ObservabilityIT.METRICS_TOKEN,
            "assistant.telegram.token=" + FakeBotApi.TOKEN,
            "assistant.telegram.mode=webhook",
            "assistant.telegram.webhook-secret=" + ObservabilityIT.TELEGRAM_SECRET,
            "assistant.zalo.app-id=" + ObservabilityIT.ZALO_APP,
            "assistant.zalo.app-secret=app-secret-for-the-observability-test",
            "assistant.zalo.oa-secret-key=" + ObservabilityIT.ZALO_OA_SECRET,
            "assistant.zalo.access-token=access-0",
            "assistant.zalo.refresh-token=refresh-0",
            "assistant.web.rate-per-second=50",
            "assistant.web.burst=50",
            "logging.level.vn.gov.assistant=DEBUG"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityIT {

    static final String METRICS_TOKEN = "scraper-token-for-the-observability-test";
    static final String TELEGRAM_SECRET = "telegram-secret-for-the-observability-test";
    static final String ZALO_APP = "4291763606161179101";
    static final String ZALO_OA_SECRET = "oa-secret-for-the-observability-test";

    private static final String ID_NUMBER = "001203004567";
    private static final String PHONE = "0912345678";
    private static final String OTHER_PHONE = "+84 987 654 321";
    private static final String EMAIL = "ngoc.tran@example.com";
    private static final String NAME = "Trần Thị Bích Ngọc";
    private static final String BIRTH = "12/08/1990";

    /** What each citizen says on each channel: personal data in free text, a callback request and a form. */
    private static final List<String> SCRIPT = List.of(
            "Số CCCD của tôi là " + ID_NUMBER + ", điện thoại 0912 345 678 hoặc " + OTHER_PHONE + ", email " + EMAIL
                    + ". Làm hộ chiếu cần giấy tờ gì?",
            "tôi muốn gặp cán bộ",
            PHONE,
            "không đồng ý",
            "điền mẫu CT01",
            "Công an phường Ba Đình, Hà Nội",
            NAME,
            BIRTH,
            "Nữ",
            ID_NUMBER,
            PHONE,
            "tạm dừng");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeBotApi TELEGRAM;
    private static final FakeZaloApi ZALO;

    static {
        try {
            TELEGRAM = new FakeBotApi();
            ZALO = FakeZaloApi.start();
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        // the first reply to Zalo finds the token expired: the channel refreshes it
        ZALO.refuse("access-0");
    }

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("assistant.telegram.api-url", () -> TELEGRAM.url().toString());
        registry.add("assistant.zalo.api-url", () -> ZALO.url().toString());
        registry.add("assistant.zalo.oauth-url", () -> ZALO.url().toString());
    }

    @AfterAll
    static void stopPlatforms() {
        TELEGRAM.close();
        ZALO.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Every event any logger of the application writes, as text with its exception's trace. */
    static final class EveryLine extends AppenderBase<ILoggingEvent> {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            String line = event.getLoggerName() + " " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            lines.add(line + " " + event.getMDCPropertyMap());
        }

        long turns(String channel) {
            synchronized (lines) {
                return lines.stream()
                        .filter(l -> l.startsWith("vn.gov.assistant.turn turn conversation=")
                                && l.contains(" channel=" + channel + " "))
                        .count();
            }
        }
    }

    @Test
    @Order(1)
    void personalDataSentOnEveryChannelNeverReachesTheLogWhileEachTurnIsLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        EveryLine log = new EveryLine();
        log.start();
        root.addAppender(log);
        try {
            // the web chat, over its WebSocket
            try (CitizenSocket web = CitizenSocket.connect(port, null)) {
                for (String text : SCRIPT) {
                    web.say(text);
                    web.reply();
                }
            }
            // the chat API
            String api = "observability-" + UUID.randomUUID();
            for (String text : SCRIPT) {
                assertThat(chat(api, text).statusCode()).isEqualTo(200);
            }
            // Telegram's webhook: handled before the answer, replies sent through the Bot API
            long chat = 7_000_001;
            AtomicInteger update = new AtomicInteger(1);
            for (String text : SCRIPT) {
                HttpResponse<String> r = post(
                        "/channels/telegram/webhook",
                        FakeBotApi.messageUpdateJson(update.getAndIncrement(), chat, "private", text),
                        Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET, "Content-Type", "application/json"));
                assertThat(r.statusCode()).isEqualTo(200);
            }
            assertThat(TELEGRAM.nextSent(chat, 5))
                    .as("the bot answered on Telegram")
                    .isNotNull();
            // Zalo's signed webhook: answered in the background, in order per citizen
            String user = "8123456789012345678";
            for (String text : SCRIPT) {
                long at = System.currentTimeMillis();
                byte[] body = zaloText(user, text, at);
                HttpResponse<String> r = post(
                        "/channels/zalo/webhook",
                        new String(body, StandardCharsets.UTF_8),
                        Map.of("X-ZEvent-Signature", zaloSignature(body, at), "Content-Type", "application/json"));
                assertThat(r.statusCode()).isEqualTo(200);
                ZALO.next(user, Duration.ofSeconds(15));
            }
            long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (log.turns("zalo") < SCRIPT.size() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
        } finally {
            root.detachAppender(log);
        }

        for (String channel : List.of("web", "api", "telegram", "zalo")) {
            assertThat(log.turns(channel))
                    .as("one turn line per message on %s", channel)
                    .isGreaterThanOrEqualTo(SCRIPT.size());
        }
        List<String> lines;
        synchronized (log.lines) {
            lines = List.copyOf(log.lines);
        }
        // a Telegram chat id and a Zalo user id identify a person: the turn lines carry pseudonyms
        assertThat(lines)
                .filteredOn(l -> l.startsWith("vn.gov.assistant.turn "))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).doesNotContain("7000001", "8123456789012345678", "observability-"));
        assertThat(ZALO.refreshes())
                .as("the Zalo token was refreshed on the way")
                .isNotEmpty();
        assertNothingPersonal(lines);
    }

    @Test
    @Order(2)
    void metricsAreForTheScraperOnlyAndCountTheTurnsOfEachChannel() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Bearer " + METRICS_TOKEN + "x").statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", METRICS_TOKEN).statusCode()).isEqualTo(403);

        // a turn of its own, so that this test does not depend on the order of the others
        chat("observability-metrics", "làm hộ chiếu cần giấy tờ gì");
        HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer " + METRICS_TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics)
                .containsPattern("(?m)^assistant_messages_total\\{.*channel=\"api\".*intent=\"procedure\".*"
                        + "outcome=\"answered\".*} [1-9]")
                .containsPattern("(?m)^assistant_reply_latency_seconds_bucket\\{.*channel=\"api\".*le=\"")
                .containsPattern("(?m)^assistant_reply_latency_seconds_count\\{.*channel=\"web\".*} [1-9]")
                .containsPattern("(?m)^assistant_messages_total\\{.*channel=\"telegram\".*} [1-9]")
                .containsPattern("(?m)^assistant_messages_total\\{.*channel=\"zalo\".*} [1-9]")
                .containsPattern("(?m)^assistant_token_refreshes_total\\{.*channel=\"zalo\".*outcome=\"refreshed\".*} "
                        + "[1-9]")
                .containsPattern("(?m)^assistant_handoff_queue_length\\{.*} 0")
                .doesNotContain("observability-", ID_NUMBER, PHONE, EMAIL, "7000001");
    }

    @Test
    @Order(3)
    void healthIsPublicAndShowsEachChannelAndTheReadinessOfIndexAndStateWithoutDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        JsonNode components = body.path("components");
        assertThat(components.path("knowledge").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("sharedState").path("status").asString()).isEqualTo("UP");
        for (String channel : List.of("web", "telegram", "zalo")) {
            assertThat(components
                            .path("channels")
                            .path("components")
                            .path(channel)
                            .path("status")
                            .asString())
                    .as(channel)
                    .isEqualTo("UP");
        }
        assertThat(health.body())
                .as("no details for the public: no revision, no store, no secret")
                .doesNotContain("revision", "details", "redis", TELEGRAM_SECRET, METRICS_TOKEN, "access-");

        JsonNode readiness =
                JSON.readTree(get("/actuator/health/readiness", null).body());
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").propertyNames())
                .containsExactlyInAnyOrder("readinessState", "knowledge");
        JsonNode liveness = JSON.readTree(get("/actuator/health/liveness", null).body());
        assertThat(liveness.path("status").asString()).isEqualTo("UP");
    }

    // ---------------------------------------------------------------- what must never be logged

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()+\\-/]");

    private static void assertNothingPersonal(List<String> lines) {
        List<String> words = List.of(EMAIL, "ngoc.tran", NAME, "Bích Ngọc", BIRTH, "0912 345 678", OTHER_PHONE);
        List<String> digits = List.of(ID_NUMBER, PHONE, "912345678", "84987654321", "987654321", "12081990");
        for (String line : lines) {
            String folded = VietnameseText.foldedWords(line);
            String joined = SEPARATORS.matcher(line).replaceAll("");
            for (String word : words) {
                assertThat(line).as("a log line").doesNotContain(word);
                assertThat(folded).as("a log line, folded").doesNotContain(VietnameseText.foldedWords(word));
            }
            for (String number : digits) {
                assertThat(joined)
                        .as("a log line, separators removed: %s", line)
                        .doesNotContain(number);
            }
        }
    }

    // ---------------------------------------------------------------- the transports

    private HttpResponse<String> chat(String conversation, String text) throws Exception {
        return post(
                "/api/chat",
                JSON.writeValueAsString(Map.of("conversationId", conversation, "text", text)),
                Map.of("Content-Type", "application/json"));
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A text event as Zalo posts it. */
    private static byte[] zaloText(String user, String text, long timestamp) {
        ObjectNode event = JSON.createObjectNode();
        event.put("app_id", ZALO_APP).put("user_id_by_app", "app-user").put("event_name", "user_send_text");
        event.put("timestamp", Long.toString(timestamp));
        event.putObject("sender").put("id", user);
        event.putObject("recipient").put("id", "oa-1");
        event.putObject("message")
                .put("text", text)
                .put("msg_id", UUID.randomUUID().toString());
        return JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
    }

    /** Zalo's documented signature: SHA-256 of app id, raw body, timestamp and OA secret key. */
    private static String zaloSignature(byte[] body, long timestamp) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(ZALO_APP.getBytes(StandardCharsets.UTF_8));
        sha.update(body);
        sha.update(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
        sha.update(ZALO_OA_SECRET.getBytes(StandardCharsets.UTF_8));
        return "mac=" + HexFormat.of().formatHex(sha.digest());
    }
}
