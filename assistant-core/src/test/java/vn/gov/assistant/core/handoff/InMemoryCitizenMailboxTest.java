package vn.gov.assistant.core.handoff;

import vn.gov.assistant.core.contract.CitizenMailboxContract;

class InMemoryCitizenMailboxTest extends CitizenMailboxContract {

    private final InMemoryCitizenMailbox mailbox = new InMemoryCitizenMailbox(MAX_LINES, 1_000);

    @Override
    protected CitizenMailbox mailbox() {
        return mailbox;
    }
}
