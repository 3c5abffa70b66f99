package vn.gov.assistant.redis;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import vn.gov.assistant.core.contract.CitizenMailboxContract;
import vn.gov.assistant.core.handoff.CitizenMailbox;

class RedisCitizenMailboxTest extends CitizenMailboxContract {

    private final TestStates states = new TestStates();
    private RedisCitizenMailbox first;
    private RedisCitizenMailbox second;

    @AfterEach
    void cleanUp() {
        for (RedisCitizenMailbox mailbox : new RedisCitizenMailbox[] {first, second}) {
            if (mailbox != null) {
                mailbox.close();
            }
        }
        states.close();
    }

    @Override
    protected CitizenMailbox mailbox() {
        if (first == null) {
            first = mailboxOf(states.first());
        }
        return first;
    }

    @Override
    protected CitizenMailbox otherInstance() {
        if (second == null) {
            second = mailboxOf(states.second());
        }
        return second;
    }

    /** A mailbox as {@link RedisState} makes one, keeping fewer lines. */
    private static RedisCitizenMailbox mailboxOf(RedisState state) {
        return new RedisCitizenMailbox(state.redis(), state.client(), MAX_LINES, Duration.ofMinutes(5));
    }
}
