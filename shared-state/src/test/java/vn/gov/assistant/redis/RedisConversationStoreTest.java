package vn.gov.assistant.redis;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.ConversationStoreContract;
import vn.gov.assistant.core.conversation.ConversationStore;

class RedisConversationStoreTest extends ConversationStoreContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected ConversationStore store(Duration ttl) {
        return states.first().conversationStore(ttl);
    }
}
