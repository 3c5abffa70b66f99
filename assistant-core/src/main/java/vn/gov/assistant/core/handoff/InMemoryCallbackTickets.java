package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Callback tickets of a single instance. Tickets not done are all kept; done ones up to {@code
 * keptDone} (the first done go first), since they hold a contact that is no longer needed.
 */
public final class InMemoryCallbackTickets implements CallbackTickets {

    private static final Comparator<CallbackTicket> OLDEST_FIRST =
            Comparator.comparing(CallbackTicket::created).thenComparing(CallbackTicket::number);

    private final int keptDone;
    private final Map<String, CallbackTicket> tickets = new HashMap<>();
    private final LinkedHashSet<String> done = new LinkedHashSet<>();

    public InMemoryCallbackTickets(int keptDone) {
        if (keptDone < 0) {
            throw new IllegalArgumentException("keptDone must not be negative");
        }
        this.keptDone = keptDone;
    }

    public InMemoryCallbackTickets() {
        this(10_000);
    }

    @Override
    public synchronized boolean create(CallbackTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (tickets.containsKey(ticket.number())) {
            return false;
        }
        keep(ticket);
        return true;
    }

    @Override
    public synchronized Optional<CallbackTicket> get(String number) {
        return Optional.ofNullable(tickets.get(number));
    }

    @Override
    public synchronized List<CallbackTicket> open() {
        return tickets.values().stream()
                .filter(t -> t.status() != CallbackTicket.Status.DONE)
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized boolean update(CallbackTicket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (!tickets.containsKey(ticket.number())) {
            return false;
        }
        keep(ticket);
        return true;
    }

    @Override
    public synchronized List<CallbackTicket> ofConversation(String conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        return tickets.values().stream()
                .filter(t -> t.conversationId().equals(conversationId))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized List<CallbackTicket> withContact(String contact) {
        Objects.requireNonNull(contact, "contact");
        return tickets.values().stream()
                .filter(t -> t.contact().equals(contact))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized List<CallbackTicket> doneBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        return tickets.values().stream()
                .filter(t ->
                        t.status() == CallbackTicket.Status.DONE && t.updated().isBefore(before))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized boolean delete(String number) {
        Objects.requireNonNull(number, "number");
        done.remove(number);
        return tickets.remove(number) != null;
    }

    private void keep(CallbackTicket ticket) {
        tickets.put(ticket.number(), ticket);
        done.remove(ticket.number());
        if (ticket.status() == CallbackTicket.Status.DONE) {
            done.addLast(ticket.number());
            while (done.size() > keptDone) {
                tickets.remove(done.removeFirst());
            }
        }
    }
}
