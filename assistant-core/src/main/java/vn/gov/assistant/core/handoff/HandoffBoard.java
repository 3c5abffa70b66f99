package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hand-offs every instance and every staff member sees: each hand-off, its transcript, the
 * waiting order and which conversation has an open hand-off. Every state change is atomic: two
 * staff members claiming the same conversation at once get it once.
 */
public interface HandoffBoard {

    /**
     * Records a new hand-off ({@code WAITING}), at the end of the waiting order, as the open
     * hand-off of its conversation, with the transcript so far. False, and nothing changes, when
     * the conversation already has an open hand-off.
     */
    boolean open(Handoff handoff, List<TranscriptLine> transcript);

    Optional<Handoff> get(String id);

    /** The open hand-off of a conversation, if any. */
    Optional<Handoff> openFor(String conversationId);

    /** Open hand-offs: the waiting ones oldest first, then the claimed ones. */
    List<Handoff> open();

    /** Position in the waiting order, from 1; 0 when the hand-off is not waiting. */
    int position(String id);

    /** {@code WAITING} to {@code CLAIMED} by this staff member; empty when it was not waiting. */
    Optional<Handoff> claim(String id, String staff, Instant now);

    /** A claimed hand-off passes to another staff member; empty unless {@code from} holds it. */
    Optional<Handoff> transfer(String id, String from, String to, Instant now);

    /**
     * Ends an open hand-off ({@code RETURNED}, {@code CLOSED} or {@code MOVED_TO_CALLBACK}): it
     * leaves the waiting order and its conversation has no open hand-off any more. Empty when it
     * was not open.
     */
    Optional<Handoff> end(String id, Handoff.Status end, Instant now);

    /** Adds a line to the transcript; false, and nothing changes, when a line of that id is there. */
    boolean append(String id, TranscriptLine line);

    /** The transcript, oldest line first. */
    List<TranscriptLine> transcript(String id);

    /** Every hand-off of a conversation still kept, open or ended, oldest first. */
    List<Handoff> ofConversation(String conversationId);

    /** Ended hand-offs whose end was before {@code before}: those the retention may delete. */
    List<Handoff> endedBefore(Instant before);

    /**
     * Deletes an ended hand-off and its transcript; false, and nothing changes, when there is none
     * or it is still open (an open hand-off is ended first, by staff). Deleting twice, or on two
     * instances at once, deletes once.
     */
    boolean delete(String id);
}
