package vn.gov.assistant.core.knowledge;

/** A change was based on a version of its entry that someone else has replaced meanwhile. */
public final class ConflictingChangeException extends RuntimeException {

    private final long currentHead;

    public ConflictingChangeException(String head, long currentHead) {
        super(head + " was changed meanwhile (now at revision " + currentHead + ")");
        this.currentHead = currentHead;
    }

    public long currentHead() {
        return currentHead;
    }
}
