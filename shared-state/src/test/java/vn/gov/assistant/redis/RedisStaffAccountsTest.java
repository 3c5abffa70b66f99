package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.StaffAccountsContract;
import vn.gov.assistant.core.staff.StaffAccounts;

class RedisStaffAccountsTest extends StaffAccountsContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected StaffAccounts accounts() {
        return states.first().staffAccounts();
    }
}
