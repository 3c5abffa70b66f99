package vn.gov.assistant.core.state;

import java.time.Clock;
import vn.gov.assistant.core.contract.RateLimitsContract;

class InMemoryRateLimitsTest extends RateLimitsContract {

    private final InMemoryRateLimits limits = new InMemoryRateLimits(Clock.systemUTC());

    @Override
    protected RateLimits rateLimits() {
        return limits;
    }
}
