package vn.gov.assistant.core.handoff;

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
}
