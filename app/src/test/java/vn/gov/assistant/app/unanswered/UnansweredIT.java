package vn.gov.assistant.app.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.unanswered.UnansweredQuestion;
import vn.gov.assistant.core.unanswered.UnansweredQuestion.Reason;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * Unanswered questions captured in the running service through its real transports: a question
 * the bot declines over {@code POST /api/chat} (kept masked, without the conversation), a web
 * chat rated 1 star over the WebSocket (its answered question kept), and a clarification the
 * citizen never answered (kept once the timeout, here 5 s, passes).
 */
// publishes knowledge (or records conversations): a context of its own, closed after
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = UnansweredIT.CLARIFICATION_TIMEOUT)
class UnansweredIT {

    /** Shared with {@link UnansweredBrowserIT}: one application context for both. */
    static final String CLARIFICATION_TIMEOUT = "assistant.unanswered.clarification-timeout=PT5S";

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Declined by the search as it is (eval colloq-141). */
    private static final String LICENCE = "làm lại bằng lái b2 bị mất hết bao nhiêu tiền";

    @LocalServerPort
    int port;

    @Autowired
    UnansweredQuestions questions;

    /** One turn over the chat API; the reply's JSON. */
    static JsonNode chat(int port, String conversation, String field, String value) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("conversationId", conversation, field, value))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<UnansweredQuestion> kept(Instant since, Predicate<UnansweredQuestion> which) {
        return questions.since(since).stream().filter(which).toList();
    }

    @Test
    void aQuestionDeclinedOverTheApiIsKeptMaskedWithItsChannel() throws Exception {
        Instant start = Instant.now();
        String conversation = "ua-" + UUID.randomUUID();
        String question = "số em 0912345678, " + LICENCE;

        JsonNode reply = chat(port, conversation, "text", question);

        assertThat(reply.path("metadata").path("declined").asBoolean()).isTrue();
        assertThat(kept(start, q -> q.text().endsWith(LICENCE))).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("số em [số điện thoại], " + LICENCE);
            assertThat(q.channel()).isEqualTo("api");
            assertThat(q.reason()).isEqualTo(Reason.DECLINED);
            assertThat(q.toString()).doesNotContain(conversation);
        });
    }

    @Test
    void aWebChatRatedOneStarKeepsTheQuestionItAnswered() throws Exception {
        Instant start = Instant.now();
        String question =
                "đăng ký tạm trú cần giấy tờ gì " + UUID.randomUUID().toString().substring(0, 4);
        try (Socket chat = Socket.connect(port)) {
            chat.send(Map.of("type", "text", "text", question));
            JsonNode answer = chat.next(m -> m.path("type").asString("").equals("reply"));
            assertThat(answer.path("metadata").path("cited").toString()).contains("1.004194");
            assertThat(kept(start, q -> q.text().equals(question))).isEmpty();

            chat.send(Map.of("type", "rating", "score", 1));
            chat.next(m -> m.path("type").asString("").equals("rated"));
        }

        assertThat(kept(start, q -> q.text().equals(question))).singleElement().satisfies(q -> {
            assertThat(q.reason()).isEqualTo(Reason.RATED_BADLY);
            assertThat(q.channel()).isEqualTo("web");
        });
    }

    @Test
    void aClarificationTheCitizenLeftIsKeptOnceTheTimeoutPasses() throws Exception {
        Instant start = Instant.now();
        JsonNode asked = chat(port, "ua-" + UUID.randomUUID(), "text", "đăng ký kinh doanh");
        assertThat(asked.path("metadata").path("offered").size()).isGreaterThan(1);
        assertThat(asked.path("metadata").path("cited").size()).isZero();

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (kept(start, q -> q.text().equals("đăng ký kinh doanh")).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
        }
        assertThat(kept(start, q -> q.text().equals("đăng ký kinh doanh")))
                .singleElement()
                .satisfies(q -> assertThat(q.reason()).isEqualTo(Reason.CLARIFICATION_FAILED));
    }

    /** The web chat over a real WebSocket, as the widget speaks it. */
    static final class Socket implements WebSocket.Listener, AutoCloseable {

        private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
        private final StringBuilder buffer = new StringBuilder();
        private WebSocket socket;

        static Socket connect(int port) throws Exception {
            Socket s = new Socket();
            s.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), s)
                    .get(10, TimeUnit.SECONDS);
            s.send(Map.of("type", "hello"));
            s.next(m -> m.path("type").asString("").equals("welcome"));
            s.next(m -> m.path("type").asString("").equals("reply")); // the greeting of a new chat
            return s;
        }

        void send(Map<String, ?> message) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }

        JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end) {
                JsonNode m = inbox.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (m != null && wanted.test(m)) {
                    return m;
                }
            }
            throw new AssertionError("nothing matching within 30 s");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                inbox.add(JSON.readTree(buffer.toString()));
                buffer.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
    }
}
