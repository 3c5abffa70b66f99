package vn.gov.assistant.core.staff;

import vn.gov.assistant.core.contract.StaffAccountsContract;

class InMemoryStaffAccountsTest extends StaffAccountsContract {

    private final InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();

    @Override
    protected StaffAccounts accounts() {
        return accounts;
    }
}
