package vn.gov.assistant.core.message;

import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * What a reply is, for channels to render it and for evaluation and analytics to score it:
 * the intent understood, the procedure codes the answer cites (the first is the one answered),
 * the codes offered as options when the engine asked back, the aspect answered, the confidence,
 * whether the engine declined (no procedure fits), whether a person should take over, and the id
 * of staff's canned answer that answered ("" for none; the intent is then {@link Intent#CANNED}).
 */
public record ReplyMetadata(
        Intent intent,
        List<String> cited,
        List<String> offered,
        Aspect aspect,
        double confidence,
        boolean declined,
        boolean handoff,
        boolean generated,
        String cannedAnswer) {

    public ReplyMetadata {
        Objects.requireNonNull(intent, "intent");
        cited = List.copyOf(cited);
        offered = List.copyOf(offered);
        Objects.requireNonNull(aspect, "aspect");
        cannedAnswer = cannedAnswer == null ? "" : cannedAnswer;
    }

    /** Metadata of a reply no canned answer gave. */
    public ReplyMetadata(
            Intent intent,
            List<String> cited,
            List<String> offered,
            Aspect aspect,
            double confidence,
            boolean declined,
            boolean handoff,
            boolean generated) {
        this(intent, cited, offered, aspect, confidence, declined, handoff, generated, "");
    }

    public static ReplyMetadata of(Intent intent) {
        return new ReplyMetadata(intent, List.of(), List.of(), Aspect.GENERAL, 1, false, false, false);
    }

    /** Staff's canned answer {@code id} answered, the message matching one of its questions this closely. */
    public static ReplyMetadata canned(String id, double similarity) {
        return new ReplyMetadata(
                Intent.CANNED, List.of(), List.of(), Aspect.GENERAL, similarity, false, false, false, id);
    }

    public ReplyMetadata withGenerated(boolean generated) {
        return new ReplyMetadata(
                intent, cited, offered, aspect, confidence, declined, handoff, generated, cannedAnswer);
    }
}
