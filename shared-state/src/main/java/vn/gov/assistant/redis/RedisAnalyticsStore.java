package vn.gov.assistant.redis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.analytics.DayCounts;

/**
 * Analytics shared by every instance, compact: per day and channel one hash of counters
 * ({@code analytics:day:{yyyy-MM-dd}:{channel}}: counter name to integer, added with HINCRBY) and
 * one list of staff waits in milliseconds ({@code analytics:waits:{yyyy-MM-dd}:{channel}}), both
 * expiring {@code retention} after the day ends; the channels ever seen ({@code analytics:channels},
 * a set); per day one hash of conversation marks ({@code analytics:marks:{yyyy-MM-dd}}: the
 * conversation's keyed hash to its bits) and the day's salt ({@code analytics:salt:{yyyy-MM-dd}}),
 * both expiring two days after the day ends. Marks change in a Lua script (read, clear, set,
 * return the old value), so that simultaneous changes from several instances each see the other.
 * A period is read in one pipeline: two commands per day and channel.
 */
public final class RedisAnalyticsStore implements AnalyticsStore {

    private static final Redis.Script MARK = new Redis.Script(
            """
            local old = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') or 0
            local new = bit.bor(bit.band(old, bit.bnot(tonumber(ARGV[2]))), tonumber(ARGV[3]))
            redis.call('HSET', KEYS[1], ARGV[1], new)
            redis.call('EXPIREAT', KEYS[1], ARGV[4])
            return old
            """);

    private static final Redis.Script ADD = new Redis.Script(
            """
            for i = 3, #ARGV, 2 do
              redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
            end
            redis.call('EXPIREAT', KEYS[1], ARGV[1])
            redis.call('SADD', KEYS[2], ARGV[2])
            return 1
            """);

    private static final Redis.Script WAIT = new Redis.Script(
            """
            redis.call('RPUSH', KEYS[1], ARGV[3])
            redis.call('EXPIREAT', KEYS[1], ARGV[1])
            redis.call('SADD', KEYS[2], ARGV[2])
            return 1
            """);

    private static final Redis.Script SALT = new Redis.Script(
            """
            local salt = redis.call('GET', KEYS[1])
            if not salt then
              salt = ARGV[1]
              redis.call('SET', KEYS[1], salt)
              redis.call('EXPIREAT', KEYS[1], ARGV[2])
            end
            return salt
            """);

    private final Redis redis;
    private final Duration retention;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RedisAnalyticsStore(Redis redis, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive");
        }
        this.redis = redis;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int mark(LocalDate day, String conversation, int clear, int set) {
        Objects.requireNonNull(conversation, "conversation");
        Instant expiry = AnalyticsStore.marksExpiry(day);
        if (!expiry.isAfter(clock.instant())) {
            return 0;
        }
        Object old = redis.eval(
                "analytics.mark",
                MARK,
                List.of(redis.key("analytics", "marks", day.toString())),
                List.of(
                        conversation,
                        Integer.toString(clear),
                        Integer.toString(set),
                        Long.toString(expiry.getEpochSecond())));
        return old instanceof Long n ? n.intValue() : 0;
    }

    @Override
    public void add(LocalDate day, String channel, Map<String, Long> counts) {
        Objects.requireNonNull(channel, "channel");
        Instant expiry = AnalyticsStore.expiry(day, retention);
        if (counts.isEmpty() || !expiry.isAfter(clock.instant())) {
            return;
        }
        List<String> args = new ArrayList<>(2 + 2 * counts.size());
        args.add(Long.toString(expiry.getEpochSecond()));
        args.add(channel);
        counts.forEach((name, n) -> {
            args.add(name);
            args.add(Long.toString(n));
        });
        redis.eval("analytics.add", ADD, List.of(dayKey(day, channel), channelsKey()), args);
    }

    @Override
    public void addWait(LocalDate day, String channel, Duration wait) {
        Objects.requireNonNull(channel, "channel");
        Instant expiry = AnalyticsStore.expiry(day, retention);
        if (!expiry.isAfter(clock.instant())) {
            return;
        }
        redis.eval(
                "analytics.wait",
                WAIT,
                List.of(waitsKey(day, channel), channelsKey()),
                List.of(Long.toString(expiry.getEpochSecond()), channel, Long.toString(wait.toMillis())));
    }

    @Override
    public List<DayCounts> read(LocalDate from, LocalDate to) {
        return redis.call("analytics.read", c -> {
            List<String> channels = new ArrayList<>(new TreeSet<>(c.smembers(channelsKey())));
            record Pending(
                    LocalDate day,
                    String channel,
                    Response<Map<String, String>> counts,
                    Response<List<String>> waits) {}
            List<Pending> pending = new ArrayList<>();
            try (AbstractPipeline p = c.pipelined()) {
                for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                    for (String channel : channels) {
                        pending.add(new Pending(
                                day,
                                channel,
                                p.hgetAll(dayKey(day, channel)),
                                p.lrange(waitsKey(day, channel), 0, -1)));
                    }
                }
                p.sync();
            }
            List<DayCounts> out = new ArrayList<>();
            for (Pending d : pending) {
                Map<String, Long> counts = new HashMap<>();
                d.counts().get().forEach((name, value) -> {
                    long n = number(value);
                    if (n != 0) {
                        counts.put(name, n);
                    }
                });
                List<Duration> waits = new ArrayList<>();
                for (String w : d.waits().get()) {
                    waits.add(Duration.ofMillis(number(w)));
                }
                if (!counts.isEmpty() || !waits.isEmpty()) {
                    out.add(new DayCounts(d.day(), d.channel(), counts, waits));
                }
            }
            return out;
        });
    }

    @Override
    public byte[] salt(LocalDate day) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        Object salt = redis.eval(
                "analytics.salt",
                SALT,
                List.of(redis.key("analytics", "salt", day.toString())),
                List.of(
                        Base64.getEncoder().encodeToString(fresh),
                        Long.toString(AnalyticsStore.marksExpiry(day).getEpochSecond())));
        try {
            return Base64.getDecoder().decode((String) salt);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new vn.gov.assistant.core.state.StateUnavailableException(
                    "Redis holds an unreadable value: analytics.salt", e);
        }
    }

    private String dayKey(LocalDate day, String channel) {
        return redis.key("analytics", "day", day.toString(), channel);
    }

    private String waitsKey(LocalDate day, String channel) {
        return redis.key("analytics", "waits", day.toString(), channel);
    }

    private String channelsKey() {
        return redis.key("analytics", "channels");
    }

    /** A stored integer; anything else (a hand-edited value) counts 0. */
    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
