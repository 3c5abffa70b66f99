package vn.gov.assistant.core.unanswered;

import vn.gov.assistant.core.contract.UnansweredQuestionsContract;

class InMemoryUnansweredQuestionsTest extends UnansweredQuestionsContract {

    private UnansweredQuestions store;

    @Override
    protected UnansweredQuestions store(int capacity) {
        store = new InMemoryUnansweredQuestions(capacity);
        return store;
    }

    @Override
    protected UnansweredQuestions again() {
        return store; // one process: the same store
    }
}
