package vn.gov.assistant.app.conversation;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.assistant.channels.web.WebChatAdapter;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;

/**
 * One conversation turn over HTTP: {@code POST /api/chat} with the conversation's id and exactly
 * one of a text, an option chosen or an event; the reply's parts and metadata come back as JSON.
 * The channels (web chat, Telegram, Zalo) drive the same engine.
 */
@RestController
@RequestMapping("/api")
class ChatController {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final Reception reception;

    ChatController(Reception reception) {
        this.reception = reception;
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
        // the same JSON the web chat sends: parts with their type, and the metadata
        // under a prefix of its own: an API caller cannot reach a web, Telegram or Zalo conversation
        return reception
                .handle("api", "api-" + request.conversationId(), inbound)
                .map(WebChatAdapter::json)
                .orElse(Map.of("type", "forwarded"));
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
