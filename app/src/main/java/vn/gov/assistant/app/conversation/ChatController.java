package vn.gov.assistant.app.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;

/**
 * One conversation turn over HTTP: {@code POST /api/chat} with the conversation's id and exactly
 * one of a text, an option chosen or an event; the reply's parts and metadata come back as JSON.
 * The channels (web chat, Telegram, Zalo) drive the same engine.
 */
@RestController
@RequestMapping("/api")
class ChatController {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final ConversationEngine engine;

    ChatController(ConversationEngine engine) {
        this.engine = engine;
    }

    record ChatRequest(String conversationId, String text, String option, String event) {}

    @PostMapping("/chat")
    Map<String, Object> chat(@RequestBody ChatRequest request) {
        if (request == null
                || request.conversationId() == null
                || !CONVERSATION_ID.matcher(request.conversationId()).matches()) {
            throw new BadChat("Mã cuộc trò chuyện không hợp lệ (1-100 ký tự: chữ, số, '-' hoặc '_').");
        }
        int given = (request.text() != null ? 1 : 0)
                + (request.option() != null ? 1 : 0)
                + (request.event() != null ? 1 : 0);
        if (given != 1) {
            throw new BadChat("Cần đúng một trong các trường: text, option hoặc event.");
        }
        Inbound inbound;
        if (request.text() != null) {
            if (request.text().length() > ConversationEngine.MAX_MESSAGE_CHARS) {
                throw new BadChat("Tin nhắn dài quá " + ConversationEngine.MAX_MESSAGE_CHARS + " ký tự.");
            }
            inbound = new Inbound.Text(request.text());
        } else if (request.option() != null) {
            if (request.option().isBlank() || request.option().length() > Option.MAX_VALUE_BYTES) {
                throw new BadChat("Lựa chọn không hợp lệ.");
            }
            inbound = new Inbound.OptionChosen(request.option());
        } else {
            try {
                inbound = new Inbound.Event(Inbound.EventType.valueOf(request.event()));
            } catch (IllegalArgumentException e) {
                throw new BadChat("Sự kiện không hợp lệ: " + request.event() + ".");
            }
        }
        return json(engine.handle(request.conversationId(), inbound));
    }

    /** The reply as JSON: each part with its {@code type}, and the metadata. */
    static Map<String, Object> json(Reply reply) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ReplyPart part : reply.parts()) {
            Map<String, Object> p = new LinkedHashMap<>();
            switch (part) {
                case ReplyPart.Text t -> {
                    p.put("type", "text");
                    p.put("text", t.text());
                }
                case ReplyPart.Options o -> {
                    p.put("type", "options");
                    p.put(
                            "options",
                            o.options().stream()
                                    .map(opt -> Map.of("value", opt.value(), "label", opt.label()))
                                    .toList());
                }
                case ReplyPart.ProcedureCard c -> {
                    p.put("type", "card");
                    p.put("code", c.code());
                    p.put("title", c.title());
                    p.put("summary", c.summary());
                    p.put("url", c.url());
                }
                case ReplyPart.Link l -> {
                    p.put("type", "link");
                    p.put("label", l.label());
                    p.put("url", l.url());
                }
                case ReplyPart.Citation c -> {
                    p.put("type", "citation");
                    p.put("code", c.code());
                    p.put("name", c.name());
                    p.put("url", c.url());
                    p.put("catalogDate", c.catalogDate());
                }
            }
            parts.add(p);
        }
        ReplyMetadata m = reply.metadata();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("intent", m.intent().name());
        metadata.put("cited", m.cited());
        metadata.put("offered", m.offered());
        metadata.put("aspect", m.aspect().label());
        metadata.put("confidence", m.confidence());
        metadata.put("declined", m.declined());
        metadata.put("handoff", m.handoff());
        metadata.put("generated", m.generated());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parts", parts);
        out.put("metadata", metadata);
        return out;
    }

    static final class BadChat extends RuntimeException {
        BadChat(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadChat.class)
    ProblemDetail badChat(BadChat e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
