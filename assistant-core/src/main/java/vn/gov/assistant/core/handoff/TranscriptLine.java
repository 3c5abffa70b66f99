package vn.gov.assistant.core.handoff;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a handed-off conversation as staff and citizen see it: its id (unique, so a line
 * delivered twice is shown once), who said it, the staff member's login for staff lines and
 * notes (empty otherwise), the text, and when.
 */
public record TranscriptLine(String id, Speaker speaker, String author, String text, Instant at) {

    /** Who said a line. {@code NOTE} lines are internal: staff see them, citizens never do. */
    public enum Speaker {
        CITIZEN,
        ASSISTANT,
        STAFF,
        NOTE,
        SYSTEM
    }

    public TranscriptLine {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a line needs an id");
        }
        Objects.requireNonNull(speaker, "speaker");
        author = author == null ? "" : author;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    /** True for lines the citizen may see. */
    public boolean visibleToCitizen() {
        return speaker != Speaker.NOTE;
    }
}
