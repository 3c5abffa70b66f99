package vn.gov.assistant.redis;

import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.RateLimitsContract;
import vn.gov.assistant.core.state.RateLimits;

class RedisRateLimitsTest extends RateLimitsContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected RateLimits rateLimits() {
        return states.first().rateLimits();
    }
}
