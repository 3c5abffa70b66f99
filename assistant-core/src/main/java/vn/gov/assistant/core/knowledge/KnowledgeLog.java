package vn.gov.assistant.core.knowledge;

import java.util.List;

/**
 * The published changes of the curated knowledge, in order, only ever appended: the bundled
 * catalog and dictionaries plus this log are the knowledge every instance serves. Implementations:
 * {@link InMemoryKnowledgeLog}, {@link FileKnowledgeLog} (one instance, kept across restarts) and
 * Redis (several instances).
 */
public interface KnowledgeLog {

    /** Any head: appends whatever the key's latest change is. */
    long ANY = -1;

    /**
     * Appends a change and gives it the next revision, provided the key's latest change is still
     * {@code expectedHead} (0 when the key has none; {@link #ANY} to skip the check).
     *
     * @throws ConflictingChangeException when someone else changed the key in between
     * @throws vn.gov.assistant.core.state.StateUnavailableException when the store cannot be reached
     */
    KnowledgeChange append(KnowledgeChange change, long expectedHead);

    /** The changes after {@code revision}, oldest first. */
    List<KnowledgeChange> since(long revision);

    /** The latest revision, 0 when nothing was ever changed. */
    long latest();
}
