package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation handed to staff: which conversation and channel, why, where it stands, what the
 * bot understood before (procedure code, aspect label; empty when nothing), when it was asked
 * for, who has it ({@code assignee}, empty while waiting) and when it last changed.
 */
public record Handoff(
        String id,
        String conversationId,
        String channel,
        Reason reason,
        Status status,
        String procedure,
        String aspect,
        Instant requested,
        String assignee,
        Instant updated) {

    /** Why the bot handed the conversation over. */
    public enum Reason {
        /** The citizen asked for a person (words, the staff button, /staff). */
        REQUESTED,
        /** The bot could not help several turns in a row. */
        REPEATED_FAILURE,
        /** A topic configured as sensitive (complaints, denunciations). */
        SENSITIVE_TOPIC
    }

    /** Where a hand-off stands; only {@code WAITING} and {@code CLAIMED} are open. */
    public enum Status {
        WAITING,
        CLAIMED,
        /** Staff gave the conversation back to the bot. */
        RETURNED,
        CLOSED,
        /** Nobody could take it in time (e.g. Zalo's reply window); a callback ticket replaced it. */
        MOVED_TO_CALLBACK;

        public boolean open() {
            return this == WAITING || this == CLAIMED;
        }
    }

    public Handoff {
        requireText(id, "id");
        requireText(conversationId, "conversationId");
        requireText(channel, "channel");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        procedure = procedure == null ? "" : procedure;
        aspect = aspect == null ? "" : aspect;
        Objects.requireNonNull(requested, "requested");
        assignee = assignee == null ? "" : assignee;
        Objects.requireNonNull(updated, "updated");
    }

    public Handoff claimedBy(String staff, Instant now) {
        return new Handoff(
                id, conversationId, channel, reason, Status.CLAIMED, procedure, aspect, requested, staff, now);
    }

    public Handoff ended(Status end, Instant now) {
        if (end.open()) {
            throw new IllegalArgumentException("not an end: " + end);
        }
        return new Handoff(id, conversationId, channel, reason, end, procedure, aspect, requested, assignee, now);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
