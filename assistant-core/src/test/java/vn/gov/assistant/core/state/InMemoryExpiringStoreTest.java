package vn.gov.assistant.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.ExpiringStoreContract;
import vn.gov.assistant.core.forms.FormProgress;

class InMemoryExpiringStoreTest extends ExpiringStoreContract {

    private final InMemoryExpiringStore<FormProgress> store = new InMemoryExpiringStore<>(3, Clock.systemUTC());

    @Override
    protected ExpiringStore<FormProgress> store() {
        return store;
    }

    @Test
    void theOldestGoFirstBeyondCapacity() {
        for (int i = 0; i < 5; i++) {
            store.put("k" + i, FormProgress.start("ct01", java.time.Instant.now()), Duration.ofMinutes(1));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get("k0")).isEmpty();
        assertThat(store.get("k4")).isPresent();
    }
}
