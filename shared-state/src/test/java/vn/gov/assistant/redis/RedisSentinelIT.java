package vn.gov.assistant.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisSentinelClient;
import redis.embedded.RedisInstance;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;
import vn.gov.assistant.core.conversation.ConversationState;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * A primary, its replica and a sentinel, all real redis-servers of this test's own: the state
 * reached through {@code redis-sentinel://} reads and writes on the primary, and once Sentinel has
 * failed over to the replica it goes on there, with what was written before.
 */
class RedisSentinelIT {

    private static final String MASTER = "assistant";
    private final List<RedisInstance> started = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (RedisInstance r : started.reversed()) {
            r.stop();
        }
    }

    @Test
    void theStateFollowsThePrimaryWhenSentinelFailsOver() throws Exception {
        int primaryPort = TestRedis.freePort();
        int replicaPort = TestRedis.freePort();
        int sentinelPort = TestRedis.freePort();
        started.add(TestRedis.embedded(primaryPort));
        RedisServer replica = RedisServer.newRedisServer()
                .port(replicaPort)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("replicaof 127.0.0.1 " + primaryPort)
                .build();
        replica.start();
        started.add(replica);
        RedisSentinel sentinel = RedisSentinel.newRedisSentinel()
                .bind("127.0.0.1")
                .port(sentinelPort)
                .masterName(MASTER)
                .masterPort(primaryPort)
                .quorumSize(1)
                .downAfterMilliseconds(1_000)
                .failOverTimeout(5_000)
                .build();
        sentinel.start();
        started.add(sentinel);
        awaitReplicaKnown(sentinelPort);

        Instant now = Clock.systemUTC().instant();
        try (RedisState state = RedisState.connect(
                "redis-sentinel://127.0.0.1:" + sentinelPort + "/0#" + MASTER, TestRedis.newPrefix())) {
            ConversationStore store = state.conversationStore(Duration.ofMinutes(5));
            store.save("before", ConversationState.fresh(now));
            assertThat(store.load("before")).isPresent();
            awaitReplicated(replicaPort, state.redis().key("conversation", "before"));

            try (Jedis s = new Jedis("127.0.0.1", sentinelPort)) {
                s.sentinelFailover(MASTER);
            }
            awaitPrimary(sentinelPort, replicaPort);
            // the client hears Sentinel's +switch-master and moves its pool to the new primary;
            // what is written on the old one in between is lost (replication is asynchronous)
            RedisSentinelClient client = (RedisSentinelClient) state.client();
            long moved = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (client.getCurrentMaster().getPort() != replicaPort && System.nanoTime() < moved) {
                Thread.sleep(100);
            }
            assertThat(client.getCurrentMaster().getPort()).isEqualTo(replicaPort);

            // a few calls may fail while the client moves to the new primary, as when Redis is down
            Optional<ConversationState> after = Optional.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    store.save("after", ConversationState.fresh(now));
                    after = store.load("after");
                    break;
                } catch (StateUnavailableException e) {
                    Thread.sleep(200);
                }
            }
            assertThat(after).as("written on the new primary").isPresent();
            assertThat(store.load("before")).as("written before the failover").isPresent();
            try (Jedis promoted = new Jedis("127.0.0.1", replicaPort)) {
                assertThat(promoted.exists(state.redis().key("conversation", "after")))
                        .isTrue();
            }
        }
    }

    private static void awaitReplicaKnown(int sentinelPort) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Jedis s = new Jedis("127.0.0.1", sentinelPort)) {
                if (!s.sentinelReplicas(MASTER).isEmpty()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the sentinel is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the sentinel never saw the replica");
    }

    private static void awaitReplicated(int replicaPort, String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Jedis r = new Jedis("127.0.0.1", replicaPort)) {
                if (r.exists(key)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the replica never got the key");
    }

    private static void awaitPrimary(int sentinelPort, int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Jedis s = new Jedis("127.0.0.1", sentinelPort)) {
                if (s.sentinelGetMasterAddrByName(MASTER).equals(List.of("127.0.0.1", Integer.toString(port)))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Sentinel did not fail over to port " + port);
    }
}
