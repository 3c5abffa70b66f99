package vn.gov.assistant.core.handoff;

import vn.gov.assistant.core.contract.HandoffBoardContract;

class InMemoryHandoffBoardTest extends HandoffBoardContract {

    private final InMemoryHandoffBoard board = new InMemoryHandoffBoard();

    @Override
    protected HandoffBoard board() {
        return board;
    }
}
