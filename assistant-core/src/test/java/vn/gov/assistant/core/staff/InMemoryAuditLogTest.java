package vn.gov.assistant.core.staff;

import vn.gov.assistant.core.contract.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
