package vn.gov.assistant.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.app.handoff.CitizenSocket;
import vn.gov.assistant.app.handoff.Instances;
import vn.gov.assistant.core.analytics.Analytics;
import vn.gov.assistant.core.analytics.AnalyticsQuery;
import vn.gov.assistant.core.analytics.AnalyticsReport;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.redis.TestRedis;

/**
 * Analytics of two instances on one Redis are one: a conversation whose turns reach both counts
 * once, a citizen rating on one instance then again on the other counts once (the last rating), a
 * hand-off opened on one and claimed on the other gives its wait, and both instances report the
 * same figures. Nothing kept under the analytics keys holds a conversation id or what was written.
 */
class AnalyticsAcrossInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Instances instances;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        instances = new Instances();
        a = instances.start("analytics-a");
        b = instances.start("analytics-b");
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    private JsonNode chat(ConfigurableApplicationContext instance, String conversation, String field, String value)
            throws Exception {
        String body = JSON.writeValueAsString(Map.of("conversationId", conversation, field, value));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + Instances.port(instance) + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void twoInstancesCountAsOneAndKeepNoIdentifierOrText() throws Exception {
        LocalDate today = LocalDate.now(AnalyticsStore.ZONE);
        String session;

        // one conversation, a turn on each instance
        assertThat(chat(a, "across-0912345678", "text", "đăng ký tạm trú cần giấy tờ gì")
                        .path("metadata")
                        .path("cited")
                        .get(0)
                        .asString())
                .isEqualTo("1.004194");
        assertThat(chat(b, "across-0912345678", "option", "aspect:fee").toString())
                .contains("7.000 đồng");
        assertThat(chat(b, "across-2", "text", "giá vàng hôm nay bao nhiêu")
                        .path("metadata")
                        .path("declined")
                        .asBoolean())
                .isTrue();

        // rated 2 on A, then 5 on B by the same web chat session: one rating, the last
        try (CitizenSocket onA = CitizenSocket.connect(Instances.port(a), null)) {
            session = onA.session;
            onA.send(Map.of("type", "rating", "score", 2));
            onA.next(m -> CitizenSocket.type(m).equals("rated"));
        }
        try (CitizenSocket onB = CitizenSocket.connect(Instances.port(b), session)) {
            onB.send(Map.of("type", "rating", "score", 5));
            onB.next(m -> CitizenSocket.type(m).equals("rated"));
        }

        // a hand-off asked for on A (a staff member online on B), claimed on B
        StaffDesk deskA = a.getBean(StaffDesk.class);
        StaffDesk deskB = b.getBean(StaffDesk.class);
        deskB.heartbeat("annguyen");
        assertThat(chat(a, "across-3", "text", "cho tôi gặp cán bộ")
                        .path("metadata")
                        .path("handoff")
                        .asBoolean())
                .isTrue();
        Handoff waiting = deskA.inbox().stream()
                .filter(h -> h.conversationId().equals("api-across-3"))
                .findFirst()
                .orElseThrow();
        Thread.sleep(1_100);
        Handoff claimed = deskB.claim(waiting.id(), "annguyen");
        Duration waited = Duration.ofMillis(
                Duration.between(claimed.requested(), claimed.updated()).toMillis());

        AnalyticsQuery todayOnly = new AnalyticsQuery(today, today.plusDays(1), Optional.empty());
        AnalyticsReport fromA = a.getBean(Analytics.class).report(todayOnly);
        AnalyticsReport fromB = b.getBean(Analytics.class).report(todayOnly);
        assertThat(fromA).isEqualTo(fromB);
        assertThat(fromA.conversations()).isEqualTo(3);
        assertThat(fromA.messages()).isEqualTo(4);
        assertThat(fromA.answers()).isEqualTo(2);
        assertThat(fromA.declined()).isEqualTo(1);
        assertThat(fromA.handedOver()).isEqualTo(1);
        assertThat(fromA.ratings()).containsExactly(0L, 0L, 0L, 0L, 1L);
        assertThat(fromA.medianWait()).contains(waited);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        // what Redis holds for analytics: counters, waits, salted keys; no id, no text
        List<String> held = new ArrayList<>();
        try (RedisClient redis = RedisClient.create(TestRedis.url())) {
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams match =
                    new ScanParams().match(instances.prefix + "analytics:*").count(500);
            do {
                ScanResult<String> page = redis.scan(cursor, match);
                for (String key : page.getResult()) {
                    held.add(key);
                    switch (redis.type(key)) {
                        case "hash" -> redis.hgetAll(key).forEach((f, v) -> held.add(f + "=" + v));
                        case "list" -> held.addAll(redis.lrange(key, 0, -1));
                        case "set" -> held.addAll(redis.smembers(key));
                        default -> held.add(redis.get(key));
                    }
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
        assertThat(held).anyMatch(s -> s.contains("procedure:1.004194=2"));
        assertThat(held)
                .noneMatch(s -> s.contains("0912345678") || s.contains("across") || s.contains(session))
                .noneMatch(s -> s.contains("tạm trú") || s.contains("giá vàng") || s.contains("cán bộ"));
    }
}
