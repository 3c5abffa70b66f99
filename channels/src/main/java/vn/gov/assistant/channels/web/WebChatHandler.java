package vn.gov.assistant.channels.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;

/**
 * The web chat over WebSocket. The widget sends JSON messages: {@code hello} (with the session id
 * it kept, to resume), {@code text}, {@code option}, {@code staff}, {@code rating}; the handler
 * answers {@code welcome} (with the session's history), {@code typing}, {@code reply},
 * {@code rated} or {@code error} (a Vietnamese message; the connection stays open). Each
 * connection is rate limited and every message size checked; nothing a citizen typed is logged.
 */
public final class WebChatHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(WebChatHandler.class);

    /** The largest message accepted, in characters; larger ones get an error, not a reply. */
    public static final int MAX_MESSAGE_CHARS = 4_000;

    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String LIMITER = "limiter";
    private static final String SESSION_ID = "session";
    private static final String OUT = "out";

    private final ConversationEngine engine;
    private final WebChatAdapter adapter = new WebChatAdapter();
    private final WebChatHistory history;
    private final Ratings ratings;
    private final JsonMapper json = JsonMapper.builder().build();
    private final double perSecond;
    private final double burst;

    public WebChatHandler(
            ConversationEngine engine, WebChatHistory history, Ratings ratings, double perSecond, double burst) {
        this.engine = engine;
        this.history = history;
        this.ratings = ratings;
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.getAttributes().put(LIMITER, new RateLimiter(perSecond, burst, System.nanoTime()));
        session.getAttributes().put(OUT, new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        if (!((RateLimiter) session.getAttributes().get(LIMITER)).tryAcquire(System.nanoTime())) {
            error(session, "Bạn gửi tin nhắn nhanh quá, vui lòng chờ một chút rồi gửi lại.");
            return;
        }
        if (message.getPayloadLength() > MAX_MESSAGE_CHARS) {
            error(session, "Tin nhắn dài quá " + MAX_MESSAGE_CHARS + " ký tự, bạn hãy viết ngắn hơn.");
            return;
        }
        JsonNode in;
        try {
            in = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            error(session, "Tin nhắn không đúng định dạng.");
            return;
        }
        String type = in.path("type").asString("");
        String sessionId = (String) session.getAttributes().get(SESSION_ID);
        if (!type.equals("hello") && sessionId == null) {
            error(session, "Cuộc trò chuyện chưa bắt đầu, vui lòng tải lại trang.");
            return;
        }
        switch (type) {
            case "hello" -> hello(session, in.path("session").asString(""));
            case "text" -> {
                String text = in.path("text").asString("");
                if (text.isBlank() || text.length() > ConversationEngine.MAX_MESSAGE_CHARS) {
                    error(session, "Tin nhắn trống hoặc dài quá " + ConversationEngine.MAX_MESSAGE_CHARS + " ký tự.");
                    return;
                }
                turn(session, sessionId, new Inbound.Text(text), citizen("text", text));
            }
            case "option" -> {
                String value = in.path("value").asString("");
                if (value.isBlank() || value.length() > Option.MAX_VALUE_BYTES) {
                    error(session, "Lựa chọn không hợp lệ.");
                    return;
                }
                String label = in.path("label").asString(value);
                turn(session, sessionId, new Inbound.OptionChosen(value), citizen("text", clip(label, 200)));
            }
            case "staff" -> turn(
                    session,
                    sessionId,
                    new Inbound.Event(Inbound.EventType.HANDOFF_REQUESTED),
                    citizen("text", "Gặp cán bộ"));
            case "rating" -> {
                int score = in.path("score").asInt(0);
                if (score < 1 || score > 5) {
                    error(session, "Đánh giá phải từ 1 đến 5 sao.");
                    return;
                }
                ratings.record(score);
                send(session, Map.of("type", "rated", "score", score));
            }
            default -> error(session, "Loại tin nhắn không được hỗ trợ.");
        }
    }

    private void hello(WebSocketSession session, String requested) throws IOException {
        String id = SESSION.matcher(requested).matches()
                ? requested
                : UUID.randomUUID().toString();
        session.getAttributes().put(SESSION_ID, id);
        List<WebChatHistory.Entry> past = history.of(id);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (WebChatHistory.Entry e : past) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("from", e.from());
            line.put("message", e.message());
            lines.add(line);
        }
        Map<String, Object> welcome = new LinkedHashMap<>();
        welcome.put("type", "welcome");
        welcome.put("session", id);
        welcome.put("history", lines);
        send(session, welcome);
        if (past.isEmpty()) {
            Reply reply = engine.handle(
                    adapter.conversationId(id), new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED));
            Map<String, Object> out = WebChatAdapter.json(reply);
            history.add(id, new WebChatHistory.Entry("assistant", out));
            send(session, out);
        }
    }

    private void turn(WebSocketSession session, String id, Inbound inbound, Map<String, Object> said)
            throws IOException {
        history.add(id, new WebChatHistory.Entry("citizen", said));
        send(session, Map.of("type", "typing"));
        Reply reply = engine.handle(adapter.conversationId(id), inbound);
        Map<String, Object> out = WebChatAdapter.json(reply);
        history.add(id, new WebChatHistory.Entry("assistant", out));
        send(session, out);
    }

    private static Map<String, Object> citizen(String type, String text) {
        return Map.of("type", type, "text", text);
    }

    private void error(WebSocketSession session, String message) throws IOException {
        send(session, Map.of("type", "error", "message", message));
    }

    private void send(WebSocketSession session, Map<String, Object> message) throws IOException {
        WebSocketSession out = (WebSocketSession) session.getAttributes().getOrDefault(OUT, session);
        if (out.isOpen()) {
            out.sendMessage(new TextMessage(json.writeValueAsString(message)));
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        // the class only: a message could carry what the citizen typed
        log.debug("web chat transport error: {}", exception.getClass().getSimpleName());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        session.getAttributes().clear();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
