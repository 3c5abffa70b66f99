package vn.gov.assistant.core.conversation;

import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * May rephrase a templated answer about a procedure before it is sent. {@link #NONE} sends the
 * template as it is: the default, with no language model configured and nothing leaving the
 * process.
 */
@FunctionalInterface
public interface ReplyRewriter {

    ReplyRewriter NONE = (question, procedure, reply) -> reply;

    /** The reply to send for {@code question}, answered from {@code procedure} by {@code templated}. */
    Reply rewrite(String question, Procedure procedure, Reply templated);
}
