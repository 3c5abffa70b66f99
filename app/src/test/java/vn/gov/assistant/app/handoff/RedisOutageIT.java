package vn.gov.assistant.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.redis.TestRedis;

/**
 * Redis goes away under a running instance: citizens still get answers, a request for a person
 * says hand-off is unavailable and offers a callback, the ticket promised is kept on the instance
 * and saved once Redis is back; nothing crashes.
 */
class RedisOutageIT {

    @Test
    void theBotAnswersThroughAnOutageAndTheCallbackIsSavedWhenRedisReturns() throws Exception {
        int port = TestRedis.freePort();
        RedisServer redis = TestRedis.embedded(port);
        try (Instances instances = new Instances("redis://127.0.0.1:" + port)) {
            ConfigurableApplicationContext app = instances.start("outage");
            b(app).heartbeat("staff1");
            try (CitizenSocket citizen = CitizenSocket.connect(Instances.port(app), null)) {
                citizen.reply();
                int http = Instances.port(app);
                assertThat(health(http, "")).isEqualTo("UP");
                redis.stop();
                // health reflects the outage; readiness does not follow the shared Redis (decision 19)
                assertThat(component(http, "sharedState")).isEqualTo("DOWN");
                assertThat(health(http, "")).isEqualTo("DOWN");
                assertThat(health(http, "/readiness")).isEqualTo("UP");

                citizen.say("đăng ký khai sinh cần giấy tờ gì");
                JsonNode answer = citizen.reply();
                assertThat(answer.path("metadata").path("cited")).isNotEmpty();

                citizen.say("còn lệ phí thì sao?");
                JsonNode followUp = citizen.reply();
                assertThat(followUp.path("metadata").path("cited").get(0))
                        .isEqualTo(answer.path("metadata").path("cited").get(0));

                citizen.send(java.util.Map.of("type", "staff"));
                JsonNode unavailable = citizen.reply();
                assertThat(CitizenSocket.text(unavailable)).contains("tạm gián đoạn", "số điện thoại");

                citizen.say("0912 345 678");
                assertThat(CitizenSocket.text(citizen.reply())).contains("0912***678");
                citizen.send(java.util.Map.of("type", "option", "value", Reception.CALLBACK_CONSENT));
                String promised = CitizenSocket.text(citizen.reply());
                assertThat(promised).contains("mã phiếu hẹn");
                assertThat(app.getBean(Reception.class).waitingTickets()).isEqualTo(1);

                redis = TestRedis.embedded(port);
                long end = System.nanoTime() + 30_000_000_000L;
                List<CallbackTicket> saved = List.of();
                while (System.nanoTime() < end) {
                    try {
                        saved = b(app).tickets();
                        if (!saved.isEmpty()) {
                            break;
                        }
                    } catch (RuntimeException stillDown) {
                        // the pool reconnects on its next use
                    }
                    Thread.sleep(200);
                }
                assertThat(saved).singleElement().satisfies(t -> {
                    assertThat(promised).contains(t.number());
                    assertThat(t.contact()).isEqualTo("0912345678");
                });
                assertThat(app.getBean(Reception.class).waitingTickets()).isZero();
                assertThat(app.isRunning()).isTrue();
                assertThat(component(http, "sharedState")).isEqualTo("UP");
            }
        } finally {
            redis.stop();
        }
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private static JsonNode healthJson(int port, String group) throws Exception {
        java.net.http.HttpResponse<String> r = HTTP.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health" + group))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body());
    }

    private static String health(int port, String group) throws Exception {
        return healthJson(port, group).path("status").asString();
    }

    private static String component(int port, String name) throws Exception {
        return healthJson(port, "").path("components").path(name).path("status").asString();
    }

    private static StaffDesk b(ConfigurableApplicationContext app) {
        return app.getBean(StaffDesk.class);
    }
}
