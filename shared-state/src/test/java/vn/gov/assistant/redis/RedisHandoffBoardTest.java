package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.contract.HandoffBoardContract;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.TranscriptLine;

class RedisHandoffBoardTest extends HandoffBoardContract {

    private final TestStates states = new TestStates();

    @AfterEach
    void cleanUp() {
        states.close();
    }

    @Override
    protected HandoffBoard board() {
        return states.first().handoffBoard();
    }

    @Override
    protected HandoffBoard otherInstance() {
        return states.second().handoffBoard();
    }

    @Test
    void anEndedHandoffAndItsTranscriptExpireAfterTheRetention() {
        RedisState state = states.first();
        Duration retention = Duration.ofMinutes(10);
        RedisHandoffBoard board = new RedisHandoffBoard(state.redis(), retention);
        Instant now = Instant.now();
        Handoff handoff = new Handoff(
                "h1", "conv-1", "web", Handoff.Reason.REQUESTED, Handoff.Status.WAITING, "", "", now, "", now);
        board.open(handoff, List.of(new TranscriptLine("l1", TranscriptLine.Speaker.CITIZEN, "", "Xin chào", now)));
        List<String> keys = List.of(
                state.redis().key("handoff", "h1"),
                state.redis().key("handoff", "h1", "transcript"),
                state.redis().key("handoff", "h1", "line-ids"));
        assertThat(keys)
                .allSatisfy(key -> assertThat(state.client().pttl(key)).as(key).isEqualTo(-1));

        board.end("h1", Handoff.Status.CLOSED, now);

        assertThat(keys)
                .allSatisfy(key -> assertThat(state.client().pttl(key)).as(key).isBetween(1L, retention.toMillis()));
        assertThat(state.client().exists(state.redis().key("handoffs", "conversation", "conv-1")))
                .isFalse();
    }
}
