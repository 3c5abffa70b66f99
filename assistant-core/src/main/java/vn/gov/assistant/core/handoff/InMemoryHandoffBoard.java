package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-off board of a single instance. Every method holds the board's monitor, which is what
 * makes a claim atomic here; ended hand-offs are kept, with their transcripts, up to {@code
 * keptEnded} (the oldest ended go first), so that memory stays bounded.
 */
public final class InMemoryHandoffBoard implements HandoffBoard {

    private final int keptEnded;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, String> openByConversation = new HashMap<>();
    /** Open hand-offs in the order they were opened: the waiting order is its waiting subset. */
    private final LinkedHashSet<String> openOrder = new LinkedHashSet<>();

    private final ArrayDeque<String> ended = new ArrayDeque<>();

    public InMemoryHandoffBoard(int keptEnded) {
        if (keptEnded < 0) {
            throw new IllegalArgumentException("keptEnded must not be negative");
        }
        this.keptEnded = keptEnded;
    }

    public InMemoryHandoffBoard() {
        this(10_000);
    }

    @Override
    public synchronized boolean open(Handoff handoff, List<TranscriptLine> transcript) {
        if (handoff.status() != Handoff.Status.WAITING) {
            throw new IllegalArgumentException("a hand-off opens waiting");
        }
        if (openByConversation.containsKey(handoff.conversationId()) || entries.containsKey(handoff.id())) {
            return false;
        }
        Entry entry = new Entry(handoff);
        for (TranscriptLine line : transcript) {
            entry.add(line);
        }
        entries.put(handoff.id(), entry);
        openByConversation.put(handoff.conversationId(), handoff.id());
        openOrder.add(handoff.id());
        return true;
    }

    @Override
    public synchronized Optional<Handoff> get(String id) {
        Entry entry = entries.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.handoff);
    }

    @Override
    public synchronized Optional<Handoff> openFor(String conversationId) {
        String id = openByConversation.get(conversationId);
        return id == null ? Optional.empty() : get(id);
    }

    @Override
    public synchronized List<Handoff> open() {
        List<Handoff> waiting = new ArrayList<>();
        List<Handoff> claimed = new ArrayList<>();
        for (String id : openOrder) {
            Handoff handoff = entries.get(id).handoff;
            (handoff.status() == Handoff.Status.WAITING ? waiting : claimed).add(handoff);
        }
        waiting.addAll(claimed);
        return waiting;
    }

    @Override
    public synchronized int position(String id) {
        Entry entry = entries.get(id);
        if (entry == null || entry.handoff.status() != Handoff.Status.WAITING) {
            return 0;
        }
        int position = 0;
        for (String openId : openOrder) {
            if (entries.get(openId).handoff.status() == Handoff.Status.WAITING) {
                position++;
            }
            if (openId.equals(id)) {
                return position;
            }
        }
        return 0;
    }

    @Override
    public synchronized Optional<Handoff> claim(String id, String staff, Instant now) {
        requireStaff(staff);
        Entry entry = entries.get(id);
        if (entry == null || entry.handoff.status() != Handoff.Status.WAITING) {
            return Optional.empty();
        }
        entry.handoff = entry.handoff.claimedBy(staff, now);
        return Optional.of(entry.handoff);
    }

    @Override
    public synchronized Optional<Handoff> transfer(String id, String from, String to, Instant now) {
        requireStaff(to);
        Entry entry = entries.get(id);
        if (entry == null
                || entry.handoff.status() != Handoff.Status.CLAIMED
                || !entry.handoff.assignee().equals(from)) {
            return Optional.empty();
        }
        entry.handoff = entry.handoff.claimedBy(to, now);
        return Optional.of(entry.handoff);
    }

    @Override
    public synchronized Optional<Handoff> end(String id, Handoff.Status end, Instant now) {
        Entry entry = entries.get(id);
        if (end.open()) {
            throw new IllegalArgumentException("not an end: " + end);
        }
        if (entry == null || !entry.handoff.status().open()) {
            return Optional.empty();
        }
        entry.handoff = entry.handoff.ended(end, now);
        openOrder.remove(id);
        openByConversation.remove(entry.handoff.conversationId(), id);
        ended.addLast(id);
        while (ended.size() > keptEnded) {
            entries.remove(ended.removeFirst());
        }
        return Optional.of(entry.handoff);
    }

    @Override
    public synchronized boolean append(String id, TranscriptLine line) {
        Objects.requireNonNull(line, "line");
        Entry entry = entries.get(id);
        return entry != null && entry.add(line);
    }

    @Override
    public synchronized List<TranscriptLine> transcript(String id) {
        Entry entry = entries.get(id);
        return entry == null ? List.of() : List.copyOf(entry.transcript);
    }

    @Override
    public synchronized List<Handoff> ofConversation(String conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        return entries.values().stream()
                .map(e -> e.handoff)
                .filter(h -> h.conversationId().equals(conversationId))
                .sorted(java.util.Comparator.comparing(Handoff::requested).thenComparing(Handoff::id))
                .toList();
    }

    @Override
    public synchronized List<Handoff> endedBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        List<Handoff> out = new ArrayList<>();
        for (String id : ended) {
            Handoff h = entries.get(id).handoff;
            if (h.updated().isBefore(before)) {
                out.add(h);
            }
        }
        return out;
    }

    @Override
    public synchronized boolean delete(String id) {
        Entry entry = entries.get(id);
        if (entry == null || entry.handoff.status().open()) {
            return false;
        }
        entries.remove(id);
        ended.remove(id);
        return true;
    }

    private static void requireStaff(String staff) {
        if (staff == null || staff.isBlank()) {
            throw new IllegalArgumentException("a staff login is needed");
        }
    }

    private static final class Entry {
        Handoff handoff;
        final List<TranscriptLine> transcript = new ArrayList<>();
        final Set<String> lineIds = new HashSet<>();

        Entry(Handoff handoff) {
            this.handoff = handoff;
        }

        boolean add(TranscriptLine line) {
            if (!lineIds.add(line.id())) {
                return false;
            }
            transcript.add(line);
            return true;
        }
    }
}
