package vn.gov.assistant.core.privacy;

import java.time.Clock;
import java.time.Duration;
import vn.gov.assistant.core.contract.RetentionContract;
import vn.gov.assistant.core.handoff.SharedState;

class InMemoryRetentionTest extends RetentionContract {

    @Override
    protected SharedState state(Clock clock) {
        return SharedState.inMemory(1_000, Duration.ofHours(1), clock);
    }
}
