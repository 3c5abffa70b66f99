package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;
import vn.gov.assistant.core.state.ConversationLocks;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * A lock per conversation shared by every instance: a key set only if absent (SET NX PX) to a
 * random token, deleted on release only while it still holds that token, so that a holder whose
 * lease ran out cannot free the lock of the next one. Waiters poll with short sleeps; unlike the
 * in-memory locks they are not served in arrival order.
 */
public final class RedisConversationLocks implements ConversationLocks {

    private static final Logger LOG = LoggerFactory.getLogger(RedisConversationLocks.class);

    private static final Redis.Script RELEASE = new Redis.Script(
            """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private static final Duration LONGEST_WAIT = Duration.ofDays(1);
    private static final long FIRST_NAP_MILLIS = 5;
    private static final long LONGEST_NAP_MILLIS = 50;

    private final Redis redis;

    RedisConversationLocks(Redis redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Lease> acquire(String conversationId, Duration wait, Duration lease) {
        Objects.requireNonNull(conversationId, "conversationId");
        if (wait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative");
        }
        if (lease.toMillis() < 1) {
            throw new IllegalArgumentException("lease must be at least a millisecond");
        }
        String key = redis.key("lock", conversationId);
        String token = UUID.randomUUID().toString();
        SetParams ifAbsent = SetParams.setParams().nx().px(lease.toMillis());
        long deadline = System.nanoTime() + (wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).toNanos();
        long nap = FIRST_NAP_MILLIS;
        while (true) {
            if ("OK".equals(redis.call("lock.acquire", c -> c.set(key, token, ifAbsent)))) {
                return Optional.of(new RedisLease(key, token));
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(Math.min(nap, remainingMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            nap = Math.min(nap * 2, LONGEST_NAP_MILLIS);
        }
    }

    private final class RedisLease implements Lease {
        private final String key;
        private final String token;
        private volatile boolean closed;

        RedisLease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        /**
         * Releases the lock if this lease still holds it. When Redis cannot be reached the lease
         * simply runs out, so the failure is logged rather than thrown at the end of a turn.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                redis.eval("lock.release", RELEASE, List.of(key), List.of(token));
            } catch (StateUnavailableException e) {
                LOG.warn("A conversation lock could not be released; it lapses with its lease");
            }
        }
    }
}
