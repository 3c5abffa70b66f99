package vn.gov.assistant.core.analytics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.CallbackTickets;

/** Tickets that tell the recorder of each ticket made. */
final class RecordedCallbackTickets implements CallbackTickets {

    private final CallbackTickets tickets;
    private final AnalyticsRecorder recorder;

    RecordedCallbackTickets(CallbackTickets tickets, AnalyticsRecorder recorder) {
        this.tickets = Objects.requireNonNull(tickets);
        this.recorder = Objects.requireNonNull(recorder);
    }

    @Override
    public boolean create(CallbackTicket ticket) {
        boolean created = tickets.create(ticket);
        if (created) {
            recorder.ticketMade(ticket);
        }
        return created;
    }

    @Override
    public Optional<CallbackTicket> get(String number) {
        return tickets.get(number);
    }

    @Override
    public List<CallbackTicket> open() {
        return tickets.open();
    }

    @Override
    public boolean update(CallbackTicket ticket) {
        return tickets.update(ticket);
    }

    @Override
    public List<CallbackTicket> ofConversation(String conversationId) {
        return tickets.ofConversation(conversationId);
    }

    @Override
    public List<CallbackTicket> withContact(String contact) {
        return tickets.withContact(contact);
    }

    @Override
    public List<CallbackTicket> doneBefore(java.time.Instant before) {
        return tickets.doneBefore(before);
    }

    @Override
    public boolean delete(String number) {
        return tickets.delete(number);
    }
}
