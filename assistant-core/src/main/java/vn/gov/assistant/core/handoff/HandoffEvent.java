package vn.gov.assistant.core.handoff;

import java.util.Objects;

/**
 * A message between citizen and staff on its way through the {@link HandoffQueue}: {@code
 * TO_STAFF} lines (what the citizen wrote while handed over) join the hand-off's transcript;
 * {@code TO_CITIZEN} lines (staff replies, queue updates, "back to the bot") are delivered on the
 * citizen's channel. {@code handoffId} may be empty for a notice outside a hand-off.
 */
public record HandoffEvent(Kind kind, String handoffId, String conversationId, String channel, TranscriptLine line) {

    public enum Kind {
        TO_STAFF,
        TO_CITIZEN
    }

    public HandoffEvent {
        Objects.requireNonNull(kind, "kind");
        handoffId = handoffId == null ? "" : handoffId;
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(line, "line");
    }
}
