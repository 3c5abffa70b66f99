package vn.gov.assistant.core.handoff;

import vn.gov.assistant.core.contract.CallbackTicketsContract;

class InMemoryCallbackTicketsTest extends CallbackTicketsContract {

    private final InMemoryCallbackTickets tickets = new InMemoryCallbackTickets();

    @Override
    protected CallbackTickets tickets() {
        return tickets;
    }
}
