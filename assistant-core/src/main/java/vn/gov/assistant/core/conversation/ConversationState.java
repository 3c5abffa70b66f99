package vn.gov.assistant.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * What the engine remembers of a conversation between turns: the procedure being discussed
 * ({@code procedure}, empty when none), the aspect last answered, the codes offered when it asked
 * back, the aspect the citizen asked before choosing among them, how many turns in a row it could
 * not help, and when it was last updated. Small and serialisable: it is all a shared store keeps.
 */
public record ConversationState(
        String procedure, Aspect lastAspect, List<String> offered, Aspect pendingAspect, int misses, Instant updated) {

    public ConversationState {
        procedure = procedure == null ? "" : procedure;
        Objects.requireNonNull(lastAspect, "lastAspect");
        offered = List.copyOf(offered);
        Objects.requireNonNull(pendingAspect, "pendingAspect");
        if (misses < 0) {
            throw new IllegalArgumentException("misses must not be negative");
        }
        Objects.requireNonNull(updated, "updated");
    }

    public static ConversationState fresh(Instant now) {
        return new ConversationState("", Aspect.GENERAL, List.of(), Aspect.GENERAL, 0, now);
    }

    public boolean hasProcedure() {
        return !procedure.isEmpty();
    }

    /** The procedure is now this one, answered on this aspect; nothing is pending. */
    public ConversationState answered(String code, Aspect aspect, Instant now) {
        return new ConversationState(code, aspect, List.of(), Aspect.GENERAL, 0, now);
    }

    /** The engine asked back among these codes; the aspect asked waits for the choice. */
    public ConversationState asked(List<String> codes, Aspect aspect, Instant now) {
        return new ConversationState(procedure, lastAspect, codes, aspect, misses, now);
    }

    /** The engine could not help this turn. */
    public ConversationState missed(Instant now) {
        return new ConversationState(procedure, lastAspect, List.of(), Aspect.GENERAL, misses + 1, now);
    }

    public ConversationState touched(Instant now) {
        return new ConversationState(procedure, lastAspect, offered, pendingAspect, misses, now);
    }
}
