package vn.gov.assistant.channels.web;

import java.io.IOException;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Sends every message back as it came: the load test's yardstick, to tell the cost of the
 * assistant from the cost of WebSocket itself on the same server. Off unless configured.
 */
public final class EchoHandler extends TextWebSocketHandler {

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        if (message.getPayloadLength() <= WebChatHandler.MAX_MESSAGE_CHARS) {
            session.sendMessage(new TextMessage(message.getPayload()));
        }
    }
}
