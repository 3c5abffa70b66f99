package vn.gov.assistant.core.state;

import java.time.Clock;
import vn.gov.assistant.core.contract.DeduplicationContract;

class InMemoryDeduplicationTest extends DeduplicationContract {

    private final InMemoryDeduplication dedup = new InMemoryDeduplication(Clock.systemUTC());

    @Override
    protected Deduplication deduplication() {
        return dedup;
    }
}
