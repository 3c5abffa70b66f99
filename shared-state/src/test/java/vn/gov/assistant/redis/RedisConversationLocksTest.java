package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.ConversationLocksContract;
import vn.gov.assistant.core.state.ConversationLocks;

class RedisConversationLocksTest extends ConversationLocksContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected ConversationLocks locks() {
        return states.first().conversationLocks();
    }

    @Override
    protected ConversationLocks otherInstance() {
        return states.second().conversationLocks();
    }
}
