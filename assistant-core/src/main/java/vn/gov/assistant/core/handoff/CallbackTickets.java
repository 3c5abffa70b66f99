package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where callback tickets are kept. Numbers are made by the caller, unique without the store. */
public interface CallbackTickets {

    /** Keeps a new ticket; false, and nothing changes, when its number exists. */
    boolean create(CallbackTicket ticket);

    Optional<CallbackTicket> get(String number);

    /** Tickets not done, oldest first. */
    List<CallbackTicket> open();

    /** Replaces a kept ticket by its new version (same number); false when there is none. */
    boolean update(CallbackTicket ticket);

    /** Every ticket of a conversation, whatever its status, oldest first. */
    List<CallbackTicket> ofConversation(String conversationId);

    /** Every ticket left with this contact (as {@link ContactDetails#parse} gives it), oldest first. */
    List<CallbackTicket> withContact(String contact);

    /** Done tickets last changed before {@code before}: those the retention may delete. */
    List<CallbackTicket> doneBefore(Instant before);

    /**
     * Deletes a ticket, whatever its status, with every trace of it in the store's indexes; false
     * when there was none (deleting twice, or on two instances at once, deletes once).
     */
    boolean delete(String number);
}
