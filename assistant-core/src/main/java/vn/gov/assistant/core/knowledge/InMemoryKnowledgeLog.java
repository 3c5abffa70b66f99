package vn.gov.assistant.core.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The change log in this process's memory: for tests and a single instance that may forget. */
public class InMemoryKnowledgeLog implements KnowledgeLog {

    private final List<KnowledgeChange> changes = new ArrayList<>();
    private final Map<String, Long> heads = new HashMap<>();

    @Override
    public synchronized KnowledgeChange append(KnowledgeChange change, long expectedHead) {
        long head = heads.getOrDefault(change.head(), 0L);
        if (expectedHead != ANY && expectedHead != head) {
            throw new ConflictingChangeException(change.head(), head);
        }
        KnowledgeChange stored = change.at(changes.size() + 1L);
        stored(stored);
        changes.add(stored);
        heads.put(stored.head(), stored.revision());
        return stored;
    }

    /** Called with each change before it is kept; a subclass that cannot keep it throws. */
    protected void stored(KnowledgeChange change) {}

    /** Takes a change read back from storage, in order. */
    protected synchronized void restore(KnowledgeChange change) {
        if (change.revision() != changes.size() + 1L) {
            throw new IllegalStateException(
                    "change " + change.revision() + " follows change " + changes.size() + ": the log has a gap");
        }
        changes.add(change);
        heads.put(change.head(), change.revision());
    }

    @Override
    public synchronized List<KnowledgeChange> since(long revision) {
        int from = (int) Math.max(0, Math.min(revision, changes.size()));
        return List.copyOf(changes.subList(from, changes.size()));
    }

    @Override
    public synchronized long latest() {
        return changes.size();
    }
}
