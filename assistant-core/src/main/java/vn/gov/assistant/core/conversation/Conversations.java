package vn.gov.assistant.core.conversation;

import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;

/**
 * The bot's side of a conversation: one turn in, one reply out. The {@link ConversationEngine}
 * answers from one fixed knowledge base; {@code core.knowledge.LiveKnowledge} hands each turn to
 * the engine of the knowledge published last, so staff edits reach citizens without a restart.
 */
@FunctionalInterface
public interface Conversations {

    Reply handle(String conversationId, Inbound inbound);
}
