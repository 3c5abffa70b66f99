package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;
import vn.gov.assistant.core.contract.Eventually;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The mailbox's subscriber thread survives a Redis restart, and its durable copy expires. The
 * restart uses a redis-server of this test's own, whatever {@code ASSISTANT_TEST_REDIS_URL} says.
 */
class RedisMailboxSubscriberTest {

    private static TranscriptLine line(String id) {
        return new TranscriptLine(
                id, TranscriptLine.Speaker.STAFF, "lan.nguyen", "Cán bộ trả lời " + id, Instant.now());
    }

    @Test
    void theSubscriberReconnectsAfterRedisRestarts() throws IOException {
        int port = TestRedis.freePort();
        String url = "redis://127.0.0.1:" + port;
        String prefix = TestRedis.newPrefix();
        RedisServer server = TestRedis.embedded(port);
        List<String> received = new CopyOnWriteArrayList<>();
        try (RedisState listening = RedisState.connect(url, prefix);
                RedisState posting = RedisState.connect(url, prefix)) {
            CitizenMailbox mailbox = listening.citizenMailbox();
            mailbox.subscribe((conversation, l) -> received.add(l.id()));
            posting.citizenMailbox().post("conv-1", line("before"));
            assertThat(Eventually.within(Duration.ofSeconds(5), () -> received.contains("before")))
                    .isTrue();

            server.stop();
            Eventually.pause(Duration.ofMillis(300));
            server = TestRedis.embedded(port);

            // post until a line gets through: the first posts may meet a broken pooled connection
            boolean delivered = Eventually.within(Duration.ofSeconds(15), () -> {
                try {
                    posting.citizenMailbox().post("conv-1", line("after-" + System.nanoTime()));
                } catch (StateUnavailableException e) {
                    return false;
                }
                return Eventually.within(
                        Duration.ofMillis(300), () -> received.stream().anyMatch(id -> id.startsWith("after-")));
            });
            assertThat(delivered).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void theDurableCopyExpiresAfterTheMailboxTtl() {
        try (TestStates states = new TestStates()) {
            RedisState state = states.first();
            Duration ttl = Duration.ofMinutes(5);
            RedisCitizenMailbox mailbox = new RedisCitizenMailbox(state.redis(), state.client(), 20, ttl);

            mailbox.post("conv-1", line("l1"));

            for (String key : List.of(
                    state.redis().key("mailbox", "conv-1", "lines"),
                    state.redis().key("mailbox", "conv-1", "ids"))) {
                assertThat(state.client().pttl(key)).as(key).isBetween(1L, ttl.toMillis());
            }
            mailbox.close();
        }
    }
}
