package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.core.JacksonException;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The citizen mailbox shared by every instance. Each conversation keeps its latest {@code
 * maxLines} lines in a list, and a longer list of the ids posted, for idempotency, both expiring
 * {@code ttl} after the last post; one Lua script stores a line and publishes it on one channel.
 * Each mailbox object has one subscriber thread (started by the first {@link #subscribe}) that
 * hands every message to its listeners, pings Redis every second so that a dead connection is
 * noticed within the socket timeout, and reconnects after an error. Lines published while it
 * reconnects are not pushed; they are in the durable copy a reconnecting page reloads.
 */
public final class RedisCitizenMailbox implements CitizenMailbox, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisCitizenMailbox.class);

    /** KEYS: lines, ids. ARGV: id, line, max lines, max ids, ttl ms, channel, message. */
    private static final Redis.Script POST = new Redis.Script(
            """
            if redis.call('LPOS', KEYS[2], ARGV[1]) then
              return 0
            end
            redis.call('RPUSH', KEYS[2], ARGV[1])
            redis.call('LTRIM', KEYS[2], -tonumber(ARGV[4]), -1)
            redis.call('RPUSH', KEYS[1], ARGV[2])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            redis.call('PEXPIRE', KEYS[2], ARGV[5])
            redis.call('PUBLISH', ARGV[6], ARGV[7])
            return 1
            """);

    private static final Duration FIRST_CONNECT = Duration.ofSeconds(5);
    private static final long PING_MILLIS = 1_000;
    private static final long LONGEST_BACKOFF_MILLIS = 5_000;

    private final Redis redis;
    private final UnifiedJedis client;
    private final int maxLines;
    private final Duration ttl;
    private final String channel;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private Subscriber subscriber;
    private boolean closed;

    RedisCitizenMailbox(Redis redis, UnifiedJedis client, int maxLines, Duration ttl) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1");
        }
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least a millisecond");
        }
        this.redis = redis;
        this.client = client;
        this.maxLines = maxLines;
        this.ttl = ttl;
        this.channel = redis.key("mailbox-posts");
    }

    @Override
    public boolean post(String conversationId, TranscriptLine line) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(line, "line");
        return Redis.isOne(redis.eval(
                "mailbox.post",
                POST,
                List.of(linesKey(conversationId), idsKey(conversationId)),
                List.of(
                        line.id(),
                        redis.write(line),
                        Integer.toString(maxLines),
                        Integer.toString(5 * maxLines),
                        Long.toString(ttl.toMillis()),
                        channel,
                        redis.write(new Posted(conversationId, line)))));
    }

    @Override
    public List<TranscriptLine> lines(String conversationId) {
        String key = linesKey(Objects.requireNonNull(conversationId, "conversationId"));
        return redis.call("mailbox.lines", c -> c.lrange(key, 0, -1).stream()
                .map(json -> redis.read(json, TranscriptLine.class))
                .toList());
    }

    @Override
    public int clear(String conversationId) {
        String lines = linesKey(Objects.requireNonNull(conversationId, "conversationId"));
        String ids = idsKey(conversationId);
        return redis.call("mailbox.clear", c -> {
            long count = c.llen(lines);
            c.del(lines, ids);
            return Math.toIntExact(count);
        });
    }

    /**
     * Registers the listener; it is called on this mailbox's subscriber thread. The first call
     * connects that thread and fails with a {@link StateUnavailableException} when Redis cannot be
     * reached; later calls only register.
     */
    @Override
    public Subscription subscribe(Listener listener) {
        Objects.requireNonNull(listener, "listener");
        Listener registered = listener::posted;
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("the mailbox is closed");
            }
            if (subscriber == null) {
                Subscriber started = new Subscriber();
                started.start();
                started.awaitFirstConnection();
                subscriber = started;
            }
            listeners.add(registered);
        }
        return () -> listeners.remove(registered);
    }

    /** Stops the subscriber thread; posting and reading still work. */
    @Override
    public void close() {
        Subscriber running;
        synchronized (lifecycle) {
            closed = true;
            running = subscriber;
            subscriber = null;
        }
        listeners.clear();
        if (running != null) {
            running.stop();
        }
    }

    private void dispatch(String message) {
        Posted posted;
        try {
            posted = redis.read(message, Posted.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            LOG.warn("An unreadable mailbox message was ignored");
            return;
        }
        for (Listener listener : listeners) {
            try {
                listener.posted(posted.conversationId(), posted.line());
            } catch (RuntimeException e) {
                LOG.warn("A mailbox listener failed ({})", e.getClass().getName());
            }
        }
    }

    private String linesKey(String conversationId) {
        return redis.key("mailbox", conversationId, "lines");
    }

    private String idsKey(String conversationId) {
        return redis.key("mailbox", conversationId, "ids");
    }

    /** What goes over the channel. */
    record Posted(String conversationId, TranscriptLine line) {}

    /** The thread that holds the subscription, and the pings that keep it honest. */
    private final class Subscriber {
        private final Thread thread =
                Thread.ofPlatform().daemon().name("mailbox-subscriber").unstarted(this::run);
        private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("mailbox-ping").unstarted(r));
        private final CountDownLatch firstAttempt = new CountDownLatch(1);
        /** Guards writes to the subscribed connection (ping, unsubscribe) from several threads. */
        private final Object connection = new Object();

        private volatile boolean running = true;
        private volatile boolean connectedOnce;
        private volatile JedisException firstFailure;
        private volatile JedisPubSub current;

        void start() {
            thread.start();
            pinger.scheduleWithFixedDelay(this::ping, PING_MILLIS, PING_MILLIS, TimeUnit.MILLISECONDS);
        }

        void awaitFirstConnection() {
            boolean answered;
            try {
                answered = firstAttempt.await(FIRST_CONNECT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answered = false;
            }
            if (!answered || !connectedOnce) {
                JedisException cause = firstFailure;
                stop();
                throw new StateUnavailableException("Redis did not answer: mailbox.subscribe", cause);
            }
        }

        void stop() {
            running = false;
            pinger.shutdownNow();
            unsubscribe(current);
            try {
                thread.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void run() {
            long backoff = 100;
            while (running) {
                JedisPubSub pubSub = new JedisPubSub() {
                    @Override
                    public void onSubscribe(String subscribed, int count) {
                        connectedOnce = true;
                        firstAttempt.countDown();
                        if (!running) {
                            Subscriber.this.unsubscribe(this);
                        }
                    }

                    @Override
                    public void onMessage(String from, String message) {
                        dispatch(message);
                    }
                };
                current = pubSub;
                try {
                    client.subscribe(pubSub, channel);
                    backoff = 100;
                } catch (JedisException e) {
                    if (!connectedOnce) {
                        firstFailure = e;
                        firstAttempt.countDown();
                        return;
                    }
                    if (running) {
                        LOG.warn(
                                "The mailbox subscription was lost ({}); reconnecting",
                                e.getClass().getSimpleName(),
                                e);
                    }
                } finally {
                    current = null;
                }
                if (running) {
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException e) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, LONGEST_BACKOFF_MILLIS);
                }
            }
        }

        private void ping() {
            JedisPubSub pubSub = current;
            if (pubSub == null) {
                return;
            }
            synchronized (connection) {
                try {
                    if (pubSub.isSubscribed()) {
                        pubSub.ping();
                    }
                } catch (RuntimeException e) {
                    // the subscriber thread sees the broken connection and reconnects
                }
            }
        }

        private void unsubscribe(JedisPubSub pubSub) {
            if (pubSub == null) {
                return;
            }
            synchronized (connection) {
                try {
                    if (pubSub.isSubscribed()) {
                        pubSub.unsubscribe();
                    }
                } catch (RuntimeException e) {
                    // already disconnected: the subscriber thread ends on its own
                }
            }
        }
    }
}
