package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.KnowledgeLogContract;
import vn.gov.assistant.core.knowledge.KnowledgeLog;

class RedisKnowledgeLogTest extends KnowledgeLogContract {

    private TestStates states;

    @AfterEach
    void cleanUp() {
        if (states != null) {
            states.close();
        }
    }

    @Override
    protected KnowledgeLog log() {
        states = new TestStates();
        return states.first().knowledgeLog();
    }

    /** The same log seen from another instance. */
    @Override
    protected KnowledgeLog again() {
        return states.second().knowledgeLog();
    }
}
