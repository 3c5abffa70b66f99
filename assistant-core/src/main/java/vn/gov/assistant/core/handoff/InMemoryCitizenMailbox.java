package vn.gov.assistant.core.handoff;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen mailbox of a single instance: the last {@code maxLines} lines of each conversation,
 * for at most {@code maxConversations} conversations (the least recently posted to go first), and
 * listeners called on the posting thread. Line ids are remembered a while longer than the lines,
 * so that a late duplicate of a line already dropped is still refused.
 */
public final class InMemoryCitizenMailbox implements CitizenMailbox {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryCitizenMailbox.class);

    private final int maxLines;
    private final LinkedHashMap<String, Box> boxes;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    public InMemoryCitizenMailbox(int maxLines, int maxConversations) {
        if (maxLines < 1 || maxConversations < 1) {
            throw new IllegalArgumentException("maxLines and maxConversations must be at least 1");
        }
        this.maxLines = maxLines;
        this.boxes = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Box> eldest) {
                return size() > maxConversations;
            }
        };
    }

    public InMemoryCitizenMailbox() {
        this(200, 10_000);
    }

    @Override
    public boolean post(String conversationId, TranscriptLine line) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(line, "line");
        synchronized (boxes) {
            Box box = boxes.computeIfAbsent(conversationId, id -> new Box());
            if (!box.ids.add(line.id())) {
                return false;
            }
            box.lines.addLast(line);
            while (box.lines.size() > maxLines) {
                box.lines.removeFirst();
            }
            if (box.ids.size() > 5 * maxLines) {
                box.ids.removeFirst();
            }
        }
        for (Listener listener : listeners) {
            try {
                listener.posted(conversationId, line);
            } catch (RuntimeException e) {
                LOG.warn("A mailbox listener failed ({})", e.getClass().getName());
            }
        }
        return true;
    }

    @Override
    public List<TranscriptLine> lines(String conversationId) {
        synchronized (boxes) {
            Box box = boxes.get(conversationId);
            return box == null ? List.of() : List.copyOf(box.lines);
        }
    }

    @Override
    public int clear(String conversationId) {
        synchronized (boxes) {
            Box box = boxes.remove(conversationId);
            return box == null ? 0 : box.lines.size();
        }
    }

    @Override
    public Subscription subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        // a wrapper, so that the same listener subscribed twice is removed once per close
        Listener registered = listener::posted;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    private static final class Box {
        final ArrayDeque<TranscriptLine> lines = new ArrayDeque<>();
        final LinkedHashSet<String> ids = new LinkedHashSet<>();
    }
}
