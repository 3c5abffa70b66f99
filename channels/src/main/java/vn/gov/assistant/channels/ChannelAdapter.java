package vn.gov.assistant.channels;

/**
 * A way citizens reach the assistant (web chat, Telegram, Zalo). An adapter turns the channel's
 * updates into {@link vn.gov.assistant.core.message.Inbound} messages for the one
 * {@link vn.gov.assistant.core.conversation.ConversationEngine}, under a conversation id of its
 * own ({@link #conversationId}), and renders each {@link vn.gov.assistant.core.message.Reply} as
 * well as the channel allows ({@link #capabilities}).
 */
public interface ChannelAdapter {

    /** Short lower-case name, e.g. {@code web}, {@code telegram}, {@code zalo}. */
    String name();

    ChannelCapabilities capabilities();

    /**
     * The engine's conversation id for a user of this channel: the channel's name and the user's
     * id in it, so that two channels never share a conversation.
     */
    default String conversationId(String channelUserId) {
        return name() + "-" + channelUserId;
    }

    /**
     * The channel's user id in one of this channel's conversation ids (the inverse of {@link
     * #conversationId}).
     *
     * @throws IllegalArgumentException when the conversation is not this channel's
     */
    default String channelUserId(String conversationId) {
        String prefix = name() + "-";
        if (!conversationId.startsWith(prefix) || conversationId.length() == prefix.length()) {
            throw new IllegalArgumentException("not a " + name() + " conversation");
        }
        return conversationId.substring(prefix.length());
    }
}
