package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.HandoffQueueContract;
import vn.gov.assistant.core.handoff.HandoffQueue;

class RedisHandoffQueueTest extends HandoffQueueContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected HandoffQueue queue() {
        return states.first().handoffQueue();
    }

    @Override
    protected HandoffQueue otherInstance() {
        return states.second().handoffQueue();
    }
}
