package vn.gov.assistant.core.conversation;

import java.util.Optional;

/**
 * Where conversation states live between turns. The embedded default keeps them in memory; a
 * shared store (Redis) lets several instances serve the same conversation.
 */
public interface ConversationStore {

    Optional<ConversationState> load(String conversationId);

    void save(String conversationId, ConversationState state);

    void remove(String conversationId);
}
