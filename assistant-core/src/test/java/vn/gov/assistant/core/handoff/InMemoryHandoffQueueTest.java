package vn.gov.assistant.core.handoff;

import java.time.Clock;
import vn.gov.assistant.core.contract.HandoffQueueContract;

class InMemoryHandoffQueueTest extends HandoffQueueContract {

    private final InMemoryHandoffQueue queue = new InMemoryHandoffQueue(Clock.systemUTC());

    @Override
    protected HandoffQueue queue() {
        return queue;
    }
}
