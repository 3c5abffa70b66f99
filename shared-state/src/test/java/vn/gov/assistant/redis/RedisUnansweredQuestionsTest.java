package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.UnansweredQuestionsContract;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

class RedisUnansweredQuestionsTest extends UnansweredQuestionsContract {

    private TestStates states;
    private int capacity;

    @AfterEach
    void cleanUp() {
        if (states != null) {
            states.close();
        }
    }

    @Override
    protected UnansweredQuestions store(int capacity) {
        states = new TestStates();
        this.capacity = capacity;
        return states.first().unansweredQuestions(capacity);
    }

    /** The same questions seen from another instance. */
    @Override
    protected UnansweredQuestions again() {
        return states.second().unansweredQuestions(capacity);
    }
}
