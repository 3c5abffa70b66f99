package vn.gov.assistant.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.answer.AnswerComposer;
import vn.gov.assistant.core.llm.GroundedAnswer;
import vn.gov.assistant.core.llm.GuardedRewriter;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * Lets the language model rephrase the answer's text (the first text part) and keeps it only if
 * the guard finds every number, code and form name of it in the record; otherwise the template
 * goes out. Options, links and the citation are never touched. The reply's metadata says whether
 * the text was generated.
 */
public final class GuardedReplyRewriter implements ReplyRewriter {

    private final GuardedRewriter rewriter;

    public GuardedReplyRewriter(GuardedRewriter rewriter) {
        this.rewriter = Objects.requireNonNull(rewriter);
    }

    @Override
    public Reply rewrite(String question, Procedure procedure, Reply templated) {
        int at = -1;
        for (int i = 0; i < templated.parts().size() && at < 0; i++) {
            if (templated.parts().get(i) instanceof ReplyPart.Text) {
                at = i;
            }
        }
        if (at < 0) {
            return templated;
        }
        String text = ((ReplyPart.Text) templated.parts().get(at)).text();
        GuardedRewriter.Rewritten rewritten =
                rewriter.rewrite(new GroundedAnswer(question, text, AnswerComposer.recordText(procedure)));
        if (!rewritten.generated()) {
            return templated;
        }
        List<ReplyPart> parts = new ArrayList<>(templated.parts());
        parts.set(at, new ReplyPart.Text(rewritten.text()));
        return new Reply(parts, templated.metadata().withGenerated(true));
    }
}
