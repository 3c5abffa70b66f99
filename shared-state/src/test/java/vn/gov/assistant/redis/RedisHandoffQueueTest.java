package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.HandoffQueueContract;
import vn.gov.assistant.core.handoff.HandoffEvent;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.TranscriptLine;

class RedisHandoffQueueTest extends HandoffQueueContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected HandoffQueue queue() {
        return states.first().handoffQueue();
    }

    @Override
    protected HandoffQueue otherInstance() {
        return states.second().handoffQueue();
    }

    @Test
    void theGroupIsCreatedAgainWhenTheStreamWasDeleted() {
        HandoffQueue queue = queue();
        HandoffEvent event = new HandoffEvent(
                HandoffEvent.Kind.TO_STAFF,
                "h1",
                "conv-1",
                "web",
                new TranscriptLine("l1", TranscriptLine.Speaker.CITIZEN, "", "Xin chào", Instant.now()));
        queue.ack(queue.publish(event));
        RedisState state = states.first();
        state.client().del(state.redis().key("handoff-queue"));

        String id = queue.publish(event);

        assertThat(queue.poll("c1", 10, Duration.ZERO)).containsExactly(new HandoffQueue.Delivery(id, event));
        assertThat(otherInstance().pending()).isEqualTo(1);
    }
}
