package vn.gov.assistant.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.assistant.channels.TestEngine;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;

/**
 * The channel as Spring wires it from {@code assistant.zalo.*}, over real HTTP: a signed event
 * posted to {@code /channels/zalo/webhook} is answered 200 and replied to through the (fake) Open
 * API; an unsigned one is refused. Without the properties there is no channel at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ZaloWebhookHttpIT.Service.class)
class ZaloWebhookHttpIT {

    private static final FakeZaloApi API = start();

    /** The part of the service the channel needs: web, the engine, the Zalo configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ZaloConfiguration.class, ZaloWebhookController.class})
    static class Service {
        @Bean
        Reception reception() {
            return TestEngine.reception();
        }

        @Bean
        SharedState sharedState() {
            return TestEngine.state();
        }
    }

    @DynamicPropertySource
    static void zalo(DynamicPropertyRegistry properties) {
        properties.add("assistant.zalo.app-id", () -> ZaloFixture.APP_ID);
        properties.add("assistant.zalo.app-secret", () -> ZaloFixture.APP_SECRET);
        properties.add("assistant.zalo.oa-secret-key", () -> ZaloFixture.OA_SECRET);
        properties.add("assistant.zalo.access-token", () -> "access-0");
        properties.add("assistant.zalo.refresh-token", () -> "refresh-0");
        properties.add("assistant.zalo.api-url", () -> API.url().toString());
        properties.add("assistant.zalo.oauth-url", () -> API.url().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    TokenStore tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ZaloSignature signature = new ZaloSignature(ZaloFixture.APP_ID, ZaloFixture.OA_SECRET);

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void aSignedEventPostedOverHttpIsAcknowledgedAndAnswered() throws Exception {
        long now = System.currentTimeMillis();
        byte[] body = ("{\"app_id\":\"" + ZaloFixture.APP_ID + "\",\"event_name\":\"user_send_text\",\"timestamp\":\""
                        + now + "\",\"sender\":{\"id\":\"http-1\"},\"recipient\":{\"id\":\"oa-1\"},"
                        + "\"message\":{\"text\":\"xin chào\",\"msg_id\":\"http-msg-1\"}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(post(body, signature.sign(body, Long.toString(now)))).isEqualTo(200);
        assertThat(API.next("http-1", ZaloFixture.WAIT).text()).isNotBlank();
        assertThat(tokens.current().accessToken()).isEqualTo("access-0");

        assertThat(post(body, null)).isEqualTo(401);
        assertThat(post(body, signature.sign(body, Long.toString(now)))).isEqualTo(200); // duplicate: acknowledged
        assertThat(API.sentTo("http-1")).hasSize(1);
    }

    @Test
    void withoutItsPropertiesTheChannelIsOff() {
        new ApplicationContextRunner()
                .withUserConfiguration(ZaloConfiguration.class, ZaloWebhookController.class)
                .withPropertyValues("assistant.zalo.app-id=1", "assistant.zalo.oa-secret-key=s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ZaloWebhook.class);
                    assertThat(context).doesNotHaveBean(ZaloWebhookController.class);
                    assertThat(context).doesNotHaveBean(ZaloClient.class);
                });
    }

    private int post(byte[] body, String signatureHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + ZaloWebhookController.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signatureHeader != null) {
            request.header(ZaloSignature.HEADER, signatureHeader);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static FakeZaloApi start() {
        try {
            return FakeZaloApi.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
