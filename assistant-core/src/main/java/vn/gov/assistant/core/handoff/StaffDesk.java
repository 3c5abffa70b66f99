package vn.gov.assistant.core.handoff;

import java.util.List;
import java.util.Optional;

/**
 * What staff do with hand-offs and callback tickets. Every action names the staff member (login),
 * is checked (a {@link DeskException} with a Vietnamese message when it cannot be done, and then
 * nothing changed) and is written to the audit log. Lines for the citizen reach them on their
 * channel through the hand-off queue.
 */
public interface StaffDesk {

    /** Open hand-offs: waiting ones oldest first, then claimed ones. */
    List<Handoff> inbox();

    /** A hand-off with its transcript (notes included) and waiting position (0 when not waiting). */
    Optional<HandoffView> view(String handoffId);

    Handoff claim(String handoffId, String staff);

    /** Sends a line to the citizen; only the staff member who holds the hand-off may. */
    void reply(String handoffId, String staff, String text);

    void transfer(String handoffId, String staff, String to);

    /** An internal note: staff see it in the transcript, the citizen never does. */
    void note(String handoffId, String staff, String text);

    /** The bot takes the conversation back where it stopped, and tells the citizen so. */
    void returnToBot(String handoffId, String staff);

    void close(String handoffId, String staff);

    /** Callback tickets not done, oldest first. */
    List<CallbackTicket> tickets();

    void assignTicket(String number, String staff, String to);

    void recordOutcome(String number, String staff, String outcome);

    /** The staff member's inbox is open (called every few seconds while it is). */
    void heartbeat(String staff);

    /** A hand-off as the inbox shows it. */
    record HandoffView(Handoff handoff, List<TranscriptLine> transcript, int position) {}
}
