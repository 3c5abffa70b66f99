package vn.gov.assistant.redis;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.RetentionContract;
import vn.gov.assistant.core.handoff.SharedState;

/** The retention job on Redis: the same deletions as in memory, by the stores' time indexes. */
class RedisRetentionTest extends RetentionContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected SharedState state(Clock clock) {
        RedisState redis = states.first();
        // the backstop expiry (a day after the longer period) is real time: it never fires in a test
        Duration backstop = Duration.ofDays(91);
        return new SharedState(
                redis.conversationStore(Duration.ofHours(1)),
                redis.conversationLocks(),
                redis.rateLimits(),
                redis.deduplication(),
                redis.handoffBoard(backstop),
                redis.handoffQueue(),
                redis.citizenMailbox(),
                redis.callbackTickets(backstop),
                redis.staffPresence(),
                redis.staffAccounts(),
                redis.auditLog());
    }
}
