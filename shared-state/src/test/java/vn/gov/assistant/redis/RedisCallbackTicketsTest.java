package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.CallbackTicketsContract;
import vn.gov.assistant.core.handoff.CallbackTickets;

class RedisCallbackTicketsTest extends CallbackTicketsContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected CallbackTickets tickets() {
        return states.first().callbackTickets();
    }
}
