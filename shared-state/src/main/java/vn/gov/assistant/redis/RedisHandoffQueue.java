package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import tools.jackson.core.JacksonException;
import vn.gov.assistant.core.handoff.HandoffEvent;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The hand-off queue as a Redis stream read by one consumer group, each instance a consumer: a
 * poll is XREADGROUP of new entries (blocking in slices shorter than the socket timeout), a
 * reclaim is XAUTOCLAIM, an ack is XACK. The group is created on first use, from the start of the
 * stream, so that nothing published before is missed. XADD trims the stream to about {@code
 * maxLength} entries, far more than are ever pending at once.
 */
public final class RedisHandoffQueue implements HandoffQueue {

    private static final Logger LOG = LoggerFactory.getLogger(RedisHandoffQueue.class);

    static final String GROUP = "assistant";
    private static final String FIELD = "event";
    /** The longest single XREADGROUP BLOCK: well inside the client's blocking socket timeout. */
    static final long BLOCK_SLICE_MILLIS = 1_000;

    private static final Duration LONGEST_BLOCK = Duration.ofHours(1);

    private static final StreamEntryID START = new StreamEntryID(0, 0);

    private final Redis redis;
    private final String stream;
    private final long maxLength;
    private volatile boolean groupReady;

    RedisHandoffQueue(Redis redis, long maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        this.redis = redis;
        this.stream = redis.key("handoff-queue");
        this.maxLength = maxLength;
    }

    @Override
    public String publish(HandoffEvent event) {
        String json = redis.write(Objects.requireNonNull(event, "event"));
        XAddParams params = XAddParams.xAddParams().maxLen(maxLength).approximateTrimming();
        return redis.call("queue.publish", c -> c.xadd(stream, params, Map.of(FIELD, json)))
                .toString();
    }

    @Override
    public List<Delivery> poll(String consumer, int max, Duration block) {
        requireConsumer(consumer);
        requireMax(max);
        if (block.isNegative()) {
            throw new IllegalArgumentException("block must not be negative");
        }
        long deadline = System.nanoTime()
                + Math.min(block.toMillis(), Duration.ofHours(1).toMillis()) * 1_000_000;
        while (true) {
            long remaining = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(max);
            if (remaining > 0) {
                // BLOCK 0 would wait for ever: no BLOCK at all is a plain read
                params.block((int) Math.min(remaining, BLOCK_SLICE_MILLIS));
            }
            List<StreamEntry> entries = withGroup(
                    "queue.poll",
                    c -> entriesOf(c.xreadGroup(
                            GROUP, consumer, params, Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY))));
            List<Delivery> deliveries = deliveries(entries);
            if (!deliveries.isEmpty() || remaining == 0 || pastDeadline(deadline)) {
                return deliveries;
            }
        }
    }

    @Override
    public List<Delivery> reclaim(String consumer, Duration minIdle, int max) {
        requireConsumer(consumer);
        requireMax(max);
        long idle = Math.max(0, minIdle.toMillis());
        List<Delivery> deliveries = new ArrayList<>();
        StreamEntryID cursor = START;
        do {
            StreamEntryID from = cursor;
            XAutoClaimParams params = XAutoClaimParams.xAutoClaimParams().count(max - deliveries.size());
            Map.Entry<StreamEntryID, List<StreamEntry>> page =
                    withGroup("queue.reclaim", c -> c.xautoclaim(stream, GROUP, consumer, idle, from, params));
            deliveries.addAll(deliveries(page.getValue()));
            cursor = page.getKey();
        } while (deliveries.size() < max && cursor != null && !START.equals(cursor));
        return deliveries;
    }

    @Override
    public void ack(String deliveryId) {
        StreamEntryID id;
        try {
            id = new StreamEntryID(deliveryId);
        } catch (RuntimeException e) {
            return; // not a stream id: nothing is pending under it
        }
        redis.call("queue.ack", c -> c.xack(stream, GROUP, id));
    }

    @Override
    public long pending() {
        return withGroup("queue.pending", c -> c.xpending(stream, GROUP).getTotal());
    }

    /**
     * Runs a group command, creating the group first if this instance has not yet, and again if
     * the stream was deleted under it (NOGROUP).
     */
    private <T> T withGroup(String operation, Function<UnifiedJedis, T> command) {
        if (!groupReady) {
            createGroup();
        }
        try {
            return redis.call(operation, command);
        } catch (StateUnavailableException e) {
            if (!(e.getCause() instanceof JedisDataException data)
                    || data.getMessage() == null
                    || !data.getMessage().startsWith("NOGROUP")) {
                throw e;
            }
            groupReady = false;
            createGroup();
            return redis.call(operation, command);
        }
    }

    private void createGroup() {
        redis.call("queue.create-group", c -> {
            try {
                c.xgroupCreate(stream, GROUP, START, true);
            } catch (JedisDataException e) {
                if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                    throw e;
                }
            }
            return null;
        });
        groupReady = true;
    }

    private List<Delivery> deliveries(List<StreamEntry> entries) {
        List<Delivery> deliveries = new ArrayList<>(entries.size());
        for (StreamEntry entry : entries) {
            if (entry == null || entry.getFields() == null) {
                continue; // trimmed away while pending: nothing left to deliver
            }
            String id = entry.getID().toString();
            try {
                deliveries.add(new Delivery(id, redis.read(entry.getFields().get(FIELD), HandoffEvent.class)));
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                // an entry nobody can read would come back for ever: drop it, keep the id only
                LOG.warn("Dropping unreadable hand-off queue entry {}", id);
                ack(id);
            }
        }
        return deliveries;
    }

    private static List<StreamEntry> entriesOf(List<Map.Entry<String, List<StreamEntry>>> read) {
        if (read == null || read.isEmpty()) {
            return List.of();
        }
        List<StreamEntry> entries = new ArrayList<>();
        for (Map.Entry<String, List<StreamEntry>> perStream : read) {
            entries.addAll(perStream.getValue());
        }
        return entries;
    }

    private static boolean pastDeadline(long deadline) {
        return System.nanoTime() - deadline >= 0;
    }

    private static void requireConsumer(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("a consumer needs a name");
        }
    }

    private static void requireMax(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
    }
}
