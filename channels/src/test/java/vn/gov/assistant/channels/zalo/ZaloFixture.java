package vn.gov.assistant.channels.zalo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.assistant.channels.TestEngine;

/**
 * The Zalo channel as the service wires it, over the real engine and a {@link FakeZaloApi}, plus
 * an object mother for webhook events signed as Zalo signs them.
 */
final class ZaloFixture implements AutoCloseable {

    static final String APP_ID = "4291763606161179100";
    static final String OA_SECRET = "oa-secret-key-for-tests";
    static final String APP_SECRET = "app-secret-for-tests";
    static final Duration WAIT = Duration.ofSeconds(15);

    /** A webhook request: the raw body and its {@code X-ZEvent-Signature}. */
    record Signed(byte[] body, String signature) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final FakeZaloApi api;
    final TokenStore tokens;
    final ZaloSettings settings;
    final ZaloAdapter adapter;
    final ZaloWebhook webhook;
    final ZaloWebhookController controller;
    private final ZaloWorkers workers;
    private final ZaloSignature signature = new ZaloSignature(APP_ID, OA_SECRET);

    ZaloFixture() throws IOException {
        api = FakeZaloApi.start();
        settings = new ZaloSettings(
                APP_ID,
                APP_SECRET,
                OA_SECRET,
                new ZaloTokens("access-0", "refresh-0"),
                api.url(),
                api.url(),
                Duration.ofMinutes(5));
        tokens = new InMemoryTokenStore(settings.tokens());
        api.watch(tokens);
        adapter = new ZaloAdapter(TestEngine.reception(), ZaloClient.create(settings, tokens), 1000);
        workers = new ZaloWorkers(2, 50);
        webhook = new ZaloWebhook(
                settings,
                adapter,
                workers,
                new vn.gov.assistant.core.state.InMemoryDeduplication(Clock.systemUTC()),
                Clock.systemUTC());
        controller = new ZaloWebhookController(webhook);
    }

    /** Posts a request through the controller, as Spring would hand it over; returns the HTTP status. */
    int post(Signed request) throws IOException {
        return controller
                .receive(new ByteArrayInputStream(request.body()), request.signature())
                .getStatusCode()
                .value();
    }

    Signed text(String user, String text) {
        return text(user, text, UUID.randomUUID().toString(), System.currentTimeMillis());
    }

    Signed text(String user, String text, String msgId, long timestamp) {
        ObjectNode event = event("user_send_text", timestamp);
        event.putObject("sender").put("id", user);
        event.putObject("recipient").put("id", "oa-1");
        event.putObject("message").put("text", text).put("msg_id", msgId);
        return sign(event, timestamp);
    }

    Signed image(String user) {
        long timestamp = System.currentTimeMillis();
        ObjectNode event = event("user_send_image", timestamp);
        event.putObject("sender").put("id", user);
        event.putObject("recipient").put("id", "oa-1");
        ObjectNode message = event.putObject("message");
        message.put("msg_id", UUID.randomUUID().toString());
        message.putArray("attachments")
                .addObject()
                .put("type", "image")
                .putObject("payload")
                .put("url", "https://example.invalid/photo.jpg");
        return sign(event, timestamp);
    }

    Signed follow(String user) {
        long timestamp = System.currentTimeMillis();
        ObjectNode event = event("follow", timestamp);
        event.put("oa_id", "oa-1").put("source", "testing");
        event.putObject("follower").put("id", user);
        return sign(event, timestamp);
    }

    /** Signs the exact bytes of a body the way Zalo does. */
    String signatureOf(byte[] body, long timestamp) {
        return signature.sign(body, Long.toString(timestamp));
    }

    private static ObjectNode event(String name, long timestamp) {
        ObjectNode event = JSON.createObjectNode();
        event.put("app_id", APP_ID).put("user_id_by_app", "app-user").put("event_name", name);
        event.put("timestamp", Long.toString(timestamp));
        return event;
    }

    private Signed sign(ObjectNode event, long timestamp) {
        byte[] body = JSON.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
        return new Signed(body, signatureOf(body, timestamp));
    }

    @Override
    public void close() {
        workers.close();
        api.close();
    }
}
