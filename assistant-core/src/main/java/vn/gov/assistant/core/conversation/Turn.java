package vn.gov.assistant.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;

/**
 * One citizen message as the reception handled it, for whatever watches the service (analytics,
 * unanswered questions). {@code reply} is empty when the message went to a staff member instead
 * ({@code withStaff}); otherwise it is the bot's reply, hand-over and callback offers included.
 * {@code took} is how long the reception took over it, waiting for the conversation's previous
 * turn included.
 */
public record Turn(
        Instant at,
        String channel,
        String conversationId,
        Inbound inbound,
        Optional<Reply> reply,
        boolean withStaff,
        Duration took) {

    public Turn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(took, "took");
        if (took.isNegative()) {
            throw new IllegalArgumentException("a turn cannot take a negative time: " + took);
        }
    }

    /** A turn whose duration nobody measured. */
    public Turn(
            Instant at,
            String channel,
            String conversationId,
            Inbound inbound,
            Optional<Reply> reply,
            boolean withStaff) {
        this(at, channel, conversationId, inbound, reply, withStaff, Duration.ZERO);
    }
}
