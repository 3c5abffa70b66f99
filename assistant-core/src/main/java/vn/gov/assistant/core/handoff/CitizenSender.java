package vn.gov.assistant.core.handoff;

/**
 * Sends a line to a citizen on a channel that any instance can reach (Telegram, Zalo: HTTP APIs).
 * The web chat has none: its lines go through the {@link CitizenMailbox} to the instance holding
 * the WebSocket.
 */
public interface CitizenSender {

    /** The channel's name, as in the conversation ids ({@code telegram}, {@code zalo}). */
    String channel();

    /**
     * Sends the text; throws when the channel refused or could not be reached, so that the line is
     * retried rather than lost.
     */
    void send(String conversationId, String text);
}
