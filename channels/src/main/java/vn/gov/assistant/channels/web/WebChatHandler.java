package vn.gov.assistant.channels.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import vn.gov.assistant.core.analytics.AnalyticsRecorder;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.state.RateLimits;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The web chat over WebSocket. The widget sends JSON messages: {@code hello} (with the session id
 * it kept, to resume), {@code text}, {@code option}, {@code staff}, {@code rating}; the handler
 * answers {@code welcome} (with the session's history), {@code typing}, {@code reply},
 * {@code rated}, {@code forwarded} (the message went to the staff member talking with the citizen),
 * {@code line} (a staff member's line or a notice from the hand-off desk, pushed whenever it comes,
 * from whichever instance) or {@code error} (a Vietnamese message; the connection stays open).
 * Each chat session is rate limited (shared by its tabs and instances) and every message size
 * checked; nothing a citizen typed is logged.
 */
public final class WebChatHandler extends TextWebSocketHandler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebChatHandler.class);

    /** The largest message accepted, in characters; larger ones get an error, not a reply. */
    public static final int MAX_MESSAGE_CHARS = 4_000;

    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String SESSION_ID = "session";
    private static final String OUT = "out";

    private final Reception reception;
    private final WebChatAdapter adapter = new WebChatAdapter();
    private final WebChatHistory history;
    private final AnalyticsRecorder analytics;
    private final RateLimits limits;
    private final JsonMapper json = JsonMapper.builder().build();
    private final double perSecond;
    private final int burst;
    /** The open connections on this instance, by conversation id (a citizen may have two tabs). */
    private final Map<String, Set<WebSocketSession>> open = new ConcurrentHashMap<>();

    private final CitizenMailbox mailbox;
    private final ServiceMonitor monitor;
    private volatile CitizenMailbox.Subscription subscription;
    private volatile boolean closed;

    public WebChatHandler(
            Reception reception,
            CitizenMailbox mailbox,
            WebChatHistory history,
            AnalyticsRecorder analytics,
            RateLimits limits,
            double perSecond,
            int burst) {
        this(reception, mailbox, history, analytics, limits, perSecond, burst, ServiceMonitor.NONE);
    }

    /** {@code monitor} hears of every staff line that could not be pushed to an open chat. */
    public WebChatHandler(
            Reception reception,
            CitizenMailbox mailbox,
            WebChatHistory history,
            AnalyticsRecorder analytics,
            RateLimits limits,
            double perSecond,
            int burst,
            ServiceMonitor monitor) {
        this.monitor = java.util.Objects.requireNonNull(monitor, "monitor");
        this.reception = reception;
        this.mailbox = mailbox;
        this.history = history;
        this.analytics = analytics;
        this.limits = limits;
        this.perSecond = perSecond;
        this.burst = burst;
        subscribe();
    }

    /**
     * Listens for lines posted to citizens; while the shared store is down (at start-up, say),
     * keeps trying in the background: the chat works meanwhile, staff lines wait in the mailbox.
     */
    private void subscribe() {
        try {
            subscription = mailbox.subscribe(this::posted);
        } catch (StateUnavailableException e) {
            log.warn("citizen mailbox unavailable; staff lines will be pushed once it is back");
            Thread.ofVirtual().name("mailbox-resubscribe").start(() -> {
                while (!closed && subscription == null) {
                    try {
                        Thread.sleep(2_000);
                        subscription = mailbox.subscribe(this::posted);
                        log.info("citizen mailbox available again");
                    } catch (StateUnavailableException again) {
                        // still down
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            });
        }
    }

    /**
     * Forgets what this instance keeps of a web chat conversation for a page reload (its history),
     * once its data is erased; another channel's conversation is none of its business.
     */
    public void forget(String conversationId) {
        if (conversationId.startsWith(adapter.name() + "-")) {
            history.forget(adapter.channelUserId(conversationId));
        }
    }

    @Override
    public void close() {
        closed = true;
        CitizenMailbox.Subscription s = subscription;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.getAttributes().put(OUT, new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024));
    }

    private boolean allowed(WebSocketSession session) {
        Object id = session.getAttributes().get(SESSION_ID);
        try {
            return limits.tryAcquire("web:" + (id != null ? id : session.getId()), perSecond, burst);
        } catch (StateUnavailableException e) {
            return true; // a limit that cannot be checked does not stop citizens
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        if (!allowed(session)) {
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
                // one rating per conversation and day counts (the last); shared by every instance
                analytics.rated(adapter.name(), adapter.conversationId(sessionId), score);
                reception.rated(adapter.name(), adapter.conversationId(sessionId), score);
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
        String conversationId = adapter.conversationId(id);
        open.computeIfAbsent(conversationId, c -> ConcurrentHashMap.newKeySet()).add(session);
        List<WebChatHistory.Entry> past = history.of(id);
        List<Map<String, Object>> lines = new ArrayList<>();
        Set<Object> shown = new java.util.HashSet<>();
        for (WebChatHistory.Entry e : past) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("from", e.from());
            line.put("message", e.message());
            lines.add(line);
            if (e.message().get("id") != null) {
                shown.add(e.message().get("id"));
            }
        }
        // lines from staff kept while this browser was away or connected to another instance
        for (TranscriptLine l : mailboxLines(conversationId)) {
            if (!shown.contains(l.id())) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("from", from(l));
                line.put("message", lineJson(l));
                lines.add(line);
            }
        }
        Map<String, Object> welcome = new LinkedHashMap<>();
        welcome.put("type", "welcome");
        welcome.put("session", id);
        welcome.put("history", lines);
        send(session, welcome);
        if (lines.isEmpty()) {
            Optional<Reply> reply = reception.handle(
                    adapter.name(), conversationId, new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED));
            if (reply.isPresent()) {
                Map<String, Object> out = WebChatAdapter.json(reply.get());
                history.add(id, new WebChatHistory.Entry("assistant", out));
                send(session, out);
            }
        }
    }

    private List<TranscriptLine> mailboxLines(String conversationId) {
        try {
            return mailbox.lines(conversationId);
        } catch (StateUnavailableException e) {
            return List.of();
        }
    }

    private void turn(WebSocketSession session, String id, Inbound inbound, Map<String, Object> said)
            throws IOException {
        history.add(id, new WebChatHistory.Entry("citizen", said));
        send(session, Map.of("type", "typing"));
        Optional<Reply> reply = reception.handle(adapter.name(), adapter.conversationId(id), inbound);
        if (reply.isEmpty()) {
            send(session, Map.of("type", "forwarded"));
            return;
        }
        Map<String, Object> out = WebChatAdapter.json(reply.get());
        history.add(id, new WebChatHistory.Entry("assistant", out));
        send(session, out);
    }

    /** A line for a citizen, posted on any instance: pushed if their chat is open here. */
    private void posted(String conversationId, TranscriptLine line) {
        Set<WebSocketSession> sockets = open.get(conversationId);
        if (sockets == null || sockets.isEmpty() || !line.visibleToCitizen()) {
            return;
        }
        Map<String, Object> out = lineJson(line);
        boolean kept = false;
        for (WebSocketSession s : sockets) {
            Object id = s.getAttributes().get(SESSION_ID);
            if (!kept && id instanceof String sessionId) {
                history.add(sessionId, new WebChatHistory.Entry(from(line), out));
                kept = true;
            }
            try {
                send(s, out);
            } catch (IOException | RuntimeException e) {
                monitor.sendFailed(adapter.name());
                log.debug("could not push a line: {}", e.getClass().getSimpleName());
            }
        }
    }

    private static String from(TranscriptLine line) {
        return line.speaker() == TranscriptLine.Speaker.STAFF ? "staff" : "system";
    }

    private static Map<String, Object> lineJson(TranscriptLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "line");
        out.put("id", line.id());
        out.put("from", from(line));
        out.put("text", line.text());
        out.put("at", line.at().toString());
        return out;
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
        if (session.getAttributes().get(SESSION_ID) instanceof String id) {
            open.computeIfPresent(adapter.conversationId(id), (c, sockets) -> {
                sockets.remove(session);
                return sockets.isEmpty() ? null : sockets;
            });
        }
        session.getAttributes().clear();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
