package vn.gov.assistant.core.conversation;

import java.time.Clock;
import java.time.Duration;
import vn.gov.assistant.core.contract.ConversationStoreContract;

class InMemoryConversationStoreContractTest extends ConversationStoreContract {

    @Override
    protected ConversationStore store(Duration ttl) {
        return new InMemoryConversationStore(1_000, ttl, Clock.systemUTC());
    }
}
