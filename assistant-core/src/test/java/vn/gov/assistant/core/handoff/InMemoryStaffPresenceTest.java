package vn.gov.assistant.core.handoff;

import vn.gov.assistant.core.contract.StaffPresenceContract;

class InMemoryStaffPresenceTest extends StaffPresenceContract {

    private final InMemoryStaffPresence presence = new InMemoryStaffPresence();

    @Override
    protected StaffPresence presence() {
        return presence;
    }
}
