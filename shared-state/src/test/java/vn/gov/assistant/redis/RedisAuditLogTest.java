package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.AuditLogContract;
import vn.gov.assistant.core.staff.AuditLog;

class RedisAuditLogTest extends AuditLogContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected AuditLog audit() {
        return states.first().auditLog();
    }
}
