package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.HandoffBoardContract;
import vn.gov.assistant.core.handoff.HandoffBoard;

class RedisHandoffBoardTest extends HandoffBoardContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected HandoffBoard board() {
        return states.first().handoffBoard();
    }

    @Override
    protected HandoffBoard otherInstance() {
        return states.second().handoffBoard();
    }
}
