package vn.gov.assistant.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.conversation.ConversationStore;
import vn.gov.assistant.core.handoff.CallbackTickets;
import vn.gov.assistant.core.handoff.CitizenMailbox;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.StaffPresence;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.ConversationLocks;
import vn.gov.assistant.core.state.Deduplication;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.RateLimits;

/**
 * One connection pool to Redis, from a URL ({@code redis://[:password@]host:port[/db]}, or through
 * Sentinel {@code redis-sentinel://[:password@]host:port[,host:port...][/db]#master}, which
 * follows the primary when Sentinel fails over), and the Redis implementation of every shared-state port over it, all keys under one prefix. Timeouts are
 * short (2 s to connect, 2 s per answer, 2 s to wait for a pooled connection), so that a Redis
 * that is down fails a call quickly with a {@code StateUnavailableException} instead of holding
 * a citizen's turn. Closing it stops the mailbox subscriber and closes the pool.
 */
public final class RedisState implements AutoCloseable {

    public static final String DEFAULT_PREFIX = "assistant:";

    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int SOCKET_TIMEOUT_MILLIS = 2_000;

    static final int MAILBOX_LINES = 200;
    static final Duration MAILBOX_TTL = Duration.ofDays(7);
    static final Duration ENDED_RETENTION = Duration.ofDays(30);
    static final long QUEUE_MAX_LENGTH = 100_000;
    static final int AUDIT_CAPACITY = 100_000;

    private final UnifiedJedis client;
    private final Redis redis;
    private final Object mailboxLock = new Object();
    private RedisCitizenMailbox mailbox;

    private RedisState(UnifiedJedis client, String prefix) {
        this.client = client;
        this.redis = new Redis(client, prefix);
    }

    /** State under {@link #DEFAULT_PREFIX}. Nothing is sent to Redis until a port is used. */
    public static RedisState connect(String url) {
        return connect(url, DEFAULT_PREFIX);
    }

    public static RedisState connect(String url, String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (SentinelUrl.isSentinel(url)) {
            return throughSentinel(SentinelUrl.parse(url), prefix);
        }
        URI uri;
        try {
            uri = URI.create(Objects.requireNonNull(url, "url"));
        } catch (IllegalArgumentException e) {
            // the URL may hold a password: it is not repeated
            throw new IllegalArgumentException("not a Redis URL (redis://[:password@]host:port[/db])");
        }
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("not a Redis URL (redis://[:password@]host:port[/db])");
        }
        RedisClient client = RedisClient.builder()
                .clientConfig(timeouts().build())
                .fromURI(uri)
                .poolConfig(pool())
                .build();
        return new RedisState(client, prefix);
    }

    /**
     * Asks the sentinels for the primary of {@code url.master()} and follows it when they fail
     * over (Jedis listens to their {@code +switch-master}); meanwhile calls fail quickly, as when
     * Redis is down.
     */
    private static RedisState throughSentinel(SentinelUrl url, String prefix) {
        DefaultJedisClientConfig.Builder primary = timeouts().database(url.database());
        if (url.password() != null) {
            primary.user(url.user()).password(url.password());
        }
        RedisSentinelClient client = RedisSentinelClient.builder()
                .masterName(url.master())
                .sentinels(url.sentinels())
                .clientConfig(primary.build())
                .sentinelClientConfig(DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                        .socketTimeoutMillis(SOCKET_TIMEOUT_MILLIS)
                        .clientName("assistant-sentinel")
                        .build())
                .poolConfig(pool())
                .build();
        return new RedisState(client, prefix);
    }

    private static ConnectionPoolConfig pool() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        pool.setMinIdle(0);
        pool.setMaxWait(Duration.ofMillis(SOCKET_TIMEOUT_MILLIS));
        pool.setJmxEnabled(false);
        return pool;
    }

    private static DefaultJedisClientConfig.Builder timeouts() {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MILLIS)
                .socketTimeoutMillis(SOCKET_TIMEOUT_MILLIS)
                // blocking reads (XREADGROUP BLOCK, the pinged subscription) wait longer than that
                .blockingSocketTimeoutMillis((int) RedisHandoffQueue.BLOCK_SLICE_MILLIS + SOCKET_TIMEOUT_MILLIS)
                .clientName("assistant")
                // RESP2: a PING on a subscribed connection is answered in the pub/sub shape
                // Jedis expects; under RESP3 the bare PONG ends the subscription
                .protocol(RedisProtocol.RESP2);
    }

    /** Conversation states, each forgotten {@code ttl} after its last save. */
    public ConversationStore conversationStore(Duration ttl) {
        return new RedisConversationStore(redis, ttl);
    }

    public ConversationLocks conversationLocks() {
        return new RedisConversationLocks(redis);
    }

    public RateLimits rateLimits() {
        return new RedisRateLimits(redis);
    }

    public Deduplication deduplication() {
        return new RedisDeduplication(redis);
    }

    /** The board; ended hand-offs and their transcripts are kept 30 days at most. */
    public HandoffBoard handoffBoard() {
        return handoffBoard(ENDED_RETENTION);
    }

    /**
     * The board; ended hand-offs and their transcripts expire after {@code backstop} even if the
     * retention job (which deletes them sooner) does not run.
     */
    public HandoffBoard handoffBoard(Duration backstop) {
        return new RedisHandoffBoard(redis, backstop);
    }

    public HandoffQueue handoffQueue() {
        return new RedisHandoffQueue(redis, QUEUE_MAX_LENGTH);
    }

    /**
     * This instance's mailbox (one, as it owns the subscriber thread): 200 lines per conversation,
     * kept 7 days after the last.
     */
    public CitizenMailbox citizenMailbox() {
        synchronized (mailboxLock) {
            if (mailbox == null) {
                mailbox = new RedisCitizenMailbox(redis, client, MAILBOX_LINES, MAILBOX_TTL);
            }
            return mailbox;
        }
    }

    /** Callback tickets; done ones are kept 30 days at most. */
    public CallbackTickets callbackTickets() {
        return callbackTickets(ENDED_RETENTION);
    }

    /** Callback tickets; done ones expire after {@code backstop} even if the retention job does not run. */
    public CallbackTickets callbackTickets(Duration backstop) {
        return new RedisCallbackTickets(redis, backstop);
    }

    public StaffPresence staffPresence() {
        return new RedisStaffPresence(redis);
    }

    public StaffAccounts staffAccounts() {
        return new RedisStaffAccounts(redis);
    }

    /** The audit, trimmed to its newest 100,000 entries. */
    public AuditLog auditLog() {
        return new RedisAuditLog(redis, AUDIT_CAPACITY);
    }

    /** The curated knowledge's change log, shared by every instance. */
    public vn.gov.assistant.core.knowledge.KnowledgeLog knowledgeLog() {
        return new RedisKnowledgeLog(redis);
    }

    /**
     * Analytics: day counters and staff waits kept {@code retention} after their day (400 days by
     * default), conversation marks and day salts two days.
     */
    public AnalyticsStore analyticsStore(Duration retention) {
        return new RedisAnalyticsStore(redis, retention, java.time.Clock.systemUTC());
    }

    /** Unanswered questions (masked), shared by every instance; the newest {@code capacity} are kept. */
    public vn.gov.assistant.core.unanswered.UnansweredQuestions unansweredQuestions(int capacity) {
        return new RedisUnansweredQuestions(redis, capacity);
    }

    /** Records of one kind ({@code namespace}: e.g. {@code form-draft}), each with its own ttl. */
    public <T> ExpiringStore<T> expiringStore(String namespace, Class<T> type) {
        return new RedisExpiringStore<>(redis, namespace, type);
    }

    /**
     * A random secret of this deployment ({@code name}: e.g. {@code privacy-pseudonym}), 32 bytes:
     * the first instance that asks generates it, every instance gets the same one, and it never
     * expires (key {@code secret:{name}}).
     */
    public byte[] sharedSecret(String name) {
        byte[] fresh = new byte[32];
        new java.security.SecureRandom().nextBytes(fresh);
        Object secret = redis.eval(
                "secret",
                SECRET,
                List.of(redis.key("secret", Objects.requireNonNull(name, "name"))),
                List.of(Base64.getEncoder().encodeToString(fresh)));
        try {
            return Base64.getDecoder().decode((String) secret);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new vn.gov.assistant.core.state.StateUnavailableException(
                    "Redis holds an unreadable value: secret", e);
        }
    }

    private static final Redis.Script SECRET = new Redis.Script(
            """
            redis.call('SET', KEYS[1], ARGV[1], 'NX')
            return redis.call('GET', KEYS[1])
            """);

    /** Whether Redis answers a PING now (for the service's health; never throws). */
    public boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(client.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (mailboxLock) {
            if (mailbox != null) {
                mailbox.close();
            }
        }
        client.close();
    }

    Redis redis() {
        return redis;
    }

    UnifiedJedis client() {
        return client;
    }
}
