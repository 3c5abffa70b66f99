package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.DeduplicationContract;
import vn.gov.assistant.core.state.Deduplication;

class RedisDeduplicationTest extends DeduplicationContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected Deduplication deduplication() {
        return states.first().deduplication();
    }
}
