package vn.gov.assistant.core.message;

import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * What a reply is, for channels to render it and for evaluation and analytics to score it:
 * the intent understood, the procedure codes the answer cites (the first is the one answered),
 * the codes offered as options when the engine asked back, the aspect answered, the confidence,
 * whether the engine declined (no procedure fits), and whether a person should take over.
 */
public record ReplyMetadata(
        Intent intent,
        List<String> cited,
        List<String> offered,
        Aspect aspect,
        double confidence,
        boolean declined,
        boolean handoff,
        boolean generated) {

    public ReplyMetadata {
        Objects.requireNonNull(intent, "intent");
        cited = List.copyOf(cited);
        offered = List.copyOf(offered);
        Objects.requireNonNull(aspect, "aspect");
    }

    public static ReplyMetadata of(Intent intent) {
        return new ReplyMetadata(intent, List.of(), List.of(), Aspect.GENERAL, 1, false, false, false);
    }

    public ReplyMetadata withGenerated(boolean generated) {
        return new ReplyMetadata(intent, cited, offered, aspect, confidence, declined, handoff, generated);
    }
}
