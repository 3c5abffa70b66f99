package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.StaffPresenceContract;
import vn.gov.assistant.core.handoff.StaffPresence;

class RedisStaffPresenceTest extends StaffPresenceContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected StaffPresence presence() {
        return states.first().staffPresence();
    }
}
