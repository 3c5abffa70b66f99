package vn.gov.assistant.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.channels.ChannelContract;
import vn.gov.assistant.channels.ChannelDriver;

/**
 * The web chat over a real WebSocket: the shared channel contract, and bad input survived
 * (oversized messages, invalid JSON, invalid UTF-8, unknown types, floods), each answered with an
 * error or limited while another conversation goes on untouched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatSocketIT extends ChannelContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final java.util.Map<String, Chat> chats = new java.util.HashMap<>();

    /** One browser-like client: sends JSON, collects every message it receives. */
    final class Chat implements WebSocket.Listener {
        final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        final StringBuilder buffer = new StringBuilder();
        WebSocket socket;
        String sessionId;
        volatile boolean closed;

        Chat open() throws Exception {
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), this)
                    .get(10, TimeUnit.SECONDS);
            send("{\"type\":\"hello\"}");
            JsonNode welcome = next("welcome");
            assertThat(welcome).isNotNull();
            sessionId = welcome.path("session").asString("");
            assertThat(next("reply")).isNotNull();
            return this;
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        /** The next message of this type, skipping others (typing); null after 10 s. */
        JsonNode next(String type) throws InterruptedException {
            long end = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < end) {
                JsonNode m = received.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (m != null && m.path("type").asString("").equals(type)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                received.add(JSON.readTree(buffer.toString()));
                buffer.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed = true;
            return null;
        }
    }

    @Override
    protected ChannelDriver driver() {
        return new ChannelDriver() {
            @Override
            public Delivered say(String user, String text) throws Exception {
                Chat chat = chat(user);
                chat.send(JSON.writeValueAsString(java.util.Map.of("type", "text", "text", text)));
                return delivered(chat.next("reply"));
            }

            @Override
            public Delivered press(String user, String optionValue) throws Exception {
                Chat chat = chat(user);
                chat.send(JSON.writeValueAsString(java.util.Map.of("type", "option", "value", optionValue)));
                return delivered(chat.next("reply"));
            }
        };
    }

    private Chat chat(String user) throws Exception {
        Chat chat = chats.get(user);
        if (chat == null) {
            chat = new Chat().open();
            chats.put(user, chat);
        }
        return chat;
    }

    private static ChannelDriver.Delivered delivered(JsonNode reply) {
        assertThat(reply).as("a reply within 10 s").isNotNull();
        StringBuilder text = new StringBuilder();
        List<String> options = new ArrayList<>();
        for (JsonNode part : reply.path("parts")) {
            switch (part.path("type").asString("")) {
                case "text" -> text.append(part.path("text").asString("")).append('\n');
                case "citation" -> text.append("Nguồn: thủ tục ")
                        .append(part.path("code").asString(""))
                        .append('\n');
                case "options" -> part.path("options")
                        .forEach(o -> options.add(o.path("value").asString("")));
                default -> {}
            }
        }
        return new ChannelDriver.Delivered(text.toString(), options);
    }

    @Test
    void badInputIsAnsweredWithClearErrorsAndTheConnectionGoesOn() throws Exception {
        Chat chat = new Chat().open();
        chat.send("{not json");
        assertThat(chat.next("error").path("message").asString("")).contains("không đúng định dạng");
        chat.send("{\"type\":\"text\",\"text\":\"" + "a".repeat(5_000) + "\"}");
        assertThat(chat.next("error").path("message").asString("")).contains("dài quá");
        chat.send("{\"type\":\"launch-missiles\"}");
        assertThat(chat.next("error").path("message").asString("")).contains("không được hỗ trợ");
        chat.send("{\"type\":\"rating\",\"score\":9}");
        assertThat(chat.next("error")).isNotNull();
        chat.send("{\"type\":\"text\",\"text\":\"lệ phí đăng ký tạm trú\"}");
        assertThat(chat.next("reply").toString()).contains("7.000 đồng");
    }

    @Test
    void aFloodFromOneClientIsLimitedAndOthersAreUnaffected() throws Exception {
        Chat flooder = new Chat().open();
        Chat other = new Chat().open();
        for (int i = 0; i < 40; i++) {
            flooder.send("{\"type\":\"text\",\"text\":\"xin chào\"}");
        }
        assertThat(flooder.next("error").path("message").asString("")).contains("nhanh quá");
        other.send("{\"type\":\"text\",\"text\":\"làm hộ chiếu cần gì\"}");
        assertThat(other.next("reply").toString()).contains("hộ chiếu");
    }

    @Test
    void invalidUtf8ClosesOnlyThatConnection() throws Exception {
        Chat other = new Chat().open();
        try (Socket raw = new Socket("localhost", port)) {
            raw.setSoTimeout(5_000);
            OutputStream out = raw.getOutputStream();
            String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
            out.write(("GET /ws/chat HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                            + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\n"
                            + "Sec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = raw.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 101");
            // a masked text frame whose payload is not UTF-8 (0xC3 0x28)
            byte[] payload = {(byte) 0xC3, (byte) 0x28};
            byte[] mask = {1, 2, 3, 4};
            out.write(new byte[] {(byte) 0x81, (byte) (0x80 | payload.length)});
            out.write(mask);
            for (int i = 0; i < payload.length; i++) {
                out.write(payload[i] ^ mask[i % 4]);
            }
            out.flush();
            // the server closes this connection (close frame 1007, or the socket)
            int first = in.read();
            assertThat(first == -1 || (first & 0x0F) == 0x8).as("closed").isTrue();
        }
        other.send("{\"type\":\"text\",\"text\":\"đăng ký tạm trú ở đâu\"}");
        assertThat(other.next("reply").toString()).contains("Công an cấp xã");
    }

    @Test
    void aReconnectingClientResumesItsConversationWithHistory() throws Exception {
        Chat first = new Chat().open();
        first.send("{\"type\":\"text\",\"text\":\"đăng ký tạm trú cần giấy tờ gì\"}");
        first.next("reply");
        first.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        Chat again = new Chat();
        again.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), again)
                .get(10, TimeUnit.SECONDS);
        String session = sessionOf(first);
        again.send("{\"type\":\"hello\",\"session\":\"" + session + "\"}");
        JsonNode welcome = again.next("welcome");
        assertThat(welcome.path("session").asString("")).isEqualTo(session);
        assertThat(welcome.path("history").toString())
                .contains("đăng ký tạm trú cần giấy tờ gì")
                .contains("CT01");
        again.send("{\"type\":\"text\",\"text\":\"còn lệ phí?\"}");
        assertThat(again.next("reply").toString()).contains("7.000 đồng");
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.gov.assistant.core.handoff.SharedState sharedState;

    @Test
    void theGreetingCarriesTheNoticeAndACitizenSeesAndDeletesTheirData() throws Exception {
        Chat chat = new Chat();
        chat.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), chat)
                .get(10, TimeUnit.SECONDS);
        chat.send("{\"type\":\"hello\"}");
        chat.sessionId = chat.next("welcome").path("session").asString("");
        assertThat(chat.sessionId).isNotEmpty();
        assertThat(chat.next("reply").toString())
                .contains("Bảo vệ dữ liệu cá nhân", "trong 30 ngày (90 ngày nếu")
                .doesNotContain("{anonymous}");
        chat.send("{\"type\":\"text\",\"text\":\"đăng ký tạm trú cần giấy tờ gì\"}");
        assertThat(chat.next("reply").toString()).doesNotContain("Bảo vệ dữ liệu cá nhân");

        chat.send("{\"type\":\"text\",\"text\":\"dữ liệu của tôi\"}");
        assertThat(chat.next("reply").toString()).contains("Thời hạn lưu").contains("30 ngày");
        chat.send("{\"type\":\"text\",\"text\":\"xóa dữ liệu của tôi\"}");
        assertThat(chat.next("reply").toString()).contains("privacy:erase").contains("Xóa hết");
        chat.send("{\"type\":\"option\",\"value\":\"privacy:erase\"}");
        assertThat(chat.next("reply").toString()).contains("xóa");

        var entry = sharedState.audit().recent(1).getFirst();
        assertThat(entry.action()).isEqualTo("privacy.erase");
        assertThat(entry.actor()).isEqualTo("citizen");
        assertThat(entry.target()).startsWith("web#").doesNotContain(chat.sessionId);

        // the history kept for a reload is gone too: a reload shows only what came after
        chat.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        Chat again = new Chat();
        again.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + "/ws/chat"), again)
                .get(10, TimeUnit.SECONDS);
        again.send("{\"type\":\"hello\",\"session\":\"" + chat.sessionId + "\"}");
        assertThat(again.next("welcome").path("history").toString())
                .doesNotContain("đăng ký tạm trú cần giấy tờ gì")
                .doesNotContain("CT01");
    }

    private static String sessionOf(Chat chat) {
        return chat.sessionId;
    }

    private static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
