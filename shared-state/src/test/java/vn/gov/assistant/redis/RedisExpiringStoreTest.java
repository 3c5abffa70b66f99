package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.ExpiringStoreContract;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.state.ExpiringStore;

class RedisExpiringStoreTest extends ExpiringStoreContract {

    private final TestStates states = new TestStates();
    private boolean second;

    @AfterEach
    void cleanUp() {
        states.close();
    }

    /** Alternates between two instances' connections: what one puts, the other reads. */
    @Override
    protected ExpiringStore<FormProgress> store() {
        second = !second;
        return (second ? states.second() : states.first()).expiringStore("form-draft", FormProgress.class);
    }
}
