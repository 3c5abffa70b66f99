package vn.gov.assistant.channels.zalo;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One webhook event, reduced to what the assistant acts on: its name and {@link Kind}, the
 * citizen's id for the OA, the message id (for de-duplication), the text, and the timestamp both
 * as sent (it is part of the signature) and as epoch milliseconds (for the replay window).
 */
record ZaloEvent(String name, Kind kind, String userId, String msgId, String text, String timestamp, long epochMillis) {

    /** What the assistant does with an event. */
    enum Kind {
        /** A message typed, or a query button pressed (its payload arrives as text). */
        TEXT,
        /** The citizen followed the OA: a welcome. */
        FOLLOW,
        /** The citizen unfollowed: forget what was offered, send nothing. */
        UNFOLLOW,
        /** An image, sticker, file, voice...: the assistant says it reads text only. */
        NOT_TEXT,
        /** Anything else, including the echo of the OA's own messages: acknowledged, not acted on. */
        OTHER
    }

    private static final Set<String> NOT_TEXT = Set.of(
            "user_send_image",
            "user_send_sticker",
            "user_send_gif",
            "user_send_file",
            "user_send_audio",
            "user_send_video",
            "user_send_location",
            "user_send_link",
            "user_send_business_card");

    /** The key under which a repeated delivery of this event is recognised. */
    String dedupKey() {
        return msgId.isEmpty() ? name + ':' + userId + ':' + timestamp : "msg:" + msgId;
    }

    /** Thrown for a body that is not a Zalo event the assistant can read. */
    static final class MalformedEvent extends Exception {
        MalformedEvent(String why) {
            super(why);
        }
    }

    static ZaloEvent parse(byte[] rawBody, JsonMapper json) throws MalformedEvent {
        JsonNode root;
        try {
            root = json.readTree(rawBody);
        } catch (JacksonException e) {
            throw new MalformedEvent("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEvent("not a JSON object");
        }
        String name = text(root.path("event_name"));
        String timestamp = text(root.path("timestamp"));
        if (name.isEmpty() || !timestamp.matches("\\d{1,15}")) {
            throw new MalformedEvent("no event name or timestamp");
        }
        Kind kind = kind(name);
        String userId = text(
                kind == Kind.FOLLOW || kind == Kind.UNFOLLOW
                        ? root.path("follower").path("id")
                        : root.path("sender").path("id"));
        JsonNode message = root.path("message");
        String msgId = text(message.path("msg_id"));
        String body = text(message.path("text"));
        if (kind != Kind.OTHER && userId.isEmpty()) {
            throw new MalformedEvent("no user id");
        }
        if (kind == Kind.TEXT && (msgId.isEmpty() || !message.path("text").isString())) {
            throw new MalformedEvent("a text event without message id or text");
        }
        return new ZaloEvent(name, kind, userId, msgId, body, timestamp, Long.parseLong(timestamp));
    }

    private static Kind kind(String name) {
        return switch (name) {
            case "user_send_text" -> Kind.TEXT;
            case "follow" -> Kind.FOLLOW;
            case "unfollow" -> Kind.UNFOLLOW;
            default -> NOT_TEXT.contains(name) ? Kind.NOT_TEXT : Kind.OTHER;
        };
    }

    private static String text(JsonNode node) {
        return node.isString() || node.isNumber() ? node.asString() : "";
    }

    @Override
    public String toString() {
        // never the text: it may hold personal data
        return "ZaloEvent[" + name + ", msgId=" + msgId + "]";
    }
}
