package vn.gov.assistant.channels.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was said in each web chat session, so that a reconnecting widget shows the conversation
 * again: bounded per session and in sessions (least recently used go first), and forgotten after
 * a time without a message, like the conversation state itself. Kept by the instance that served
 * the session: a widget reconnecting to another instance finds no history there.
 */
public final class WebChatHistory {

    /** One line of a conversation: who said it ({@code citizen} or {@code assistant}) and what. */
    public record Entry(String from, Map<String, Object> message) {}

    /** One session's lines, oldest first; mutated only under the history's lock. */
    private static final class Session {
        final ArrayDeque<Entry> entries = new ArrayDeque<>();
        Instant updated;
    }

    private final int maxSessions;
    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Session> sessions = new LinkedHashMap<>(64, 0.75f, true);

    public WebChatHistory(int maxSessions, int maxEntries, Duration ttl, Clock clock) {
        this.maxSessions = maxSessions;
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    public synchronized void add(String session, Entry entry) {
        Session s = sessions.get(session);
        if (s == null || expired(s)) {
            s = new Session();
            sessions.put(session, s);
        }
        s.entries.addLast(entry);
        if (s.entries.size() > maxEntries) {
            s.entries.removeFirst();
        }
        s.updated = clock.instant();
        while (sessions.size() > maxSessions) {
            sessions.remove(sessions.keySet().iterator().next());
        }
        // quiet sessions go as soon as they expire, not when capacity is reached: at a steady
        // rate of new chats the heap stays at what the ttl holds (found by the soak test)
        var eldest = sessions.values().iterator();
        while (eldest.hasNext()) {
            if (!expired(eldest.next())) {
                break;
            }
            eldest.remove();
        }
    }

    /** Forgets a session's history (the citizen asked for their data to be deleted). */
    public synchronized void forget(String session) {
        sessions.remove(session);
    }

    /** How many sessions are held. */
    synchronized int sessions() {
        return sessions.size();
    }

    public synchronized List<Entry> of(String session) {
        Session s = sessions.get(session);
        if (s == null || expired(s)) {
            sessions.remove(session);
            return List.of();
        }
        return List.copyOf(s.entries);
    }

    private boolean expired(Session s) {
        return s.updated.plus(ttl).isBefore(clock.instant());
    }
}
