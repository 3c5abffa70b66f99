package vn.gov.assistant.core.unanswered;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link UnansweredCapture} remembers of one conversation between its turns, kept a short
 * while in an expiring store (shared by every instance on Redis): the question the bot last asked
 * back about, if it is still waiting for the citizen's choice, and the last questions the bot
 * answered, in case the citizen then rates the conversation badly. Texts are masked.
 */
public record ConversationWatch(Pending pending, List<String> answered) {

    /** A question the bot asked back about: which of the {@code offered} procedure codes was meant. */
    public record Pending(String id, String question, String channel, Instant at, List<String> offered) {
        public Pending {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(at, "at");
            offered = List.copyOf(offered == null ? List.of() : offered);
        }
    }

    public ConversationWatch {
        answered = List.copyOf(answered == null ? List.of() : answered);
    }

    static final ConversationWatch NONE = new ConversationWatch(null, List.of());

    boolean isEmpty() {
        return pending == null && answered.isEmpty();
    }
}
