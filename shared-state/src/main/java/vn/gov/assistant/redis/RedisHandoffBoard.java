package vn.gov.assistant.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffBoard;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * The hand-off board shared by every instance. Each hand-off is a JSON string; open ones are in a
 * sorted set scored by a counter (their opening order), waiting ones in a second sorted set with
 * the same scores (the waiting order); a key per conversation names its open hand-off; the
 * transcript is a list with a set of its line ids. Opening and appending are Lua scripts; a
 * transition is computed here and written by a script only if the stored JSON is still the one
 * it was computed from, so that of two staff claiming at once exactly one wins. A set per
 * conversation names its hand-offs, and a sorted set of the ended ones, scored by their end, is
 * what the retention job reads. Ended hand-offs and their transcripts also expire after {@code
 * retention}, a backstop should the retention job not run.
 */
public final class RedisHandoffBoard implements HandoffBoard {

    private static final Redis.Script OPEN = new Redis.Script(
            """
            if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('SET', KEYS[2], ARGV[2])
            local order = redis.call('INCR', KEYS[5])
            redis.call('ZADD', KEYS[3], order, ARGV[1])
            redis.call('ZADD', KEYS[4], order, ARGV[1])
            redis.call('SADD', KEYS[8], ARGV[1])
            redis.call('PERSIST', KEYS[8])
            for i = 3, #ARGV, 2 do
              if redis.call('SADD', KEYS[7], ARGV[i]) == 1 then
                redis.call('RPUSH', KEYS[6], ARGV[i + 1])
              end
            end
            return 1
            """);

    /**
     * KEYS: hand-off, open, waiting, conversation, transcript, line ids, ended set, the
     * conversation's hand-offs. ARGV: json read, json written, id, leaves waiting, ends,
     * retention ms, end ms.
     */
    private static final Redis.Script TRANSITION = new Redis.Script(
            """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[2])
            if ARGV[4] == '1' then
              redis.call('ZREM', KEYS[3], ARGV[3])
            end
            if ARGV[5] == '1' then
              redis.call('ZREM', KEYS[2], ARGV[3])
              if redis.call('GET', KEYS[4]) == ARGV[3] then
                redis.call('DEL', KEYS[4])
              end
              redis.call('PEXPIRE', KEYS[1], ARGV[6])
              redis.call('PEXPIRE', KEYS[5], ARGV[6])
              redis.call('PEXPIRE', KEYS[6], ARGV[6])
              redis.call('ZADD', KEYS[7], ARGV[7], ARGV[3])
              redis.call('PEXPIRE', KEYS[8], ARGV[6])
            end
            return 1
            """);

    /** KEYS: hand-off, line ids, transcript. */
    private static final Redis.Script APPEND = new Redis.Script(
            """
            if redis.call('EXISTS', KEYS[1]) == 0 then
              return 0
            end
            if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then
              return 0
            end
            redis.call('RPUSH', KEYS[3], ARGV[2])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl > 0 then
              redis.call('PEXPIRE', KEYS[2], ttl)
              redis.call('PEXPIRE', KEYS[3], ttl)
            end
            return 1
            """);

    /**
     * Deletes an ended hand-off if it is still the version read. KEYS: hand-off, transcript, line
     * ids, ended set, the conversation's hand-offs. ARGV: json read, id.
     */
    private static final Redis.Script DELETE = new Redis.Script(
            """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
            redis.call('ZREM', KEYS[4], ARGV[2])
            redis.call('SREM', KEYS[5], ARGV[2])
            return 1
            """);

    /** A transition retried this often without success means something is badly wrong. */
    private static final int MAX_ATTEMPTS = 100;

    private final Redis redis;
    private final Duration retention;

    RedisHandoffBoard(Redis redis, Duration retention) {
        if (retention.toMillis() < 1) {
            throw new IllegalArgumentException("retention must be at least a millisecond");
        }
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public boolean open(Handoff handoff, List<TranscriptLine> transcript) {
        if (handoff.status() != Handoff.Status.WAITING) {
            throw new IllegalArgumentException("a hand-off opens waiting");
        }
        String id = handoff.id();
        List<String> args = new ArrayList<>(2 + 2 * transcript.size());
        args.add(id);
        args.add(redis.write(handoff));
        for (TranscriptLine line : transcript) {
            args.add(line.id());
            args.add(redis.write(line));
        }
        return Redis.isOne(redis.eval(
                "handoff.open",
                OPEN,
                List.of(
                        conversationKey(handoff.conversationId()),
                        handoffKey(id),
                        openKey(),
                        waitingKey(),
                        redis.key("handoffs", "order"),
                        transcriptKey(id),
                        lineIdsKey(id),
                        ofConversationKey(handoff.conversationId())),
                args));
    }

    @Override
    public Optional<Handoff> get(String id) {
        String key = handoffKey(id);
        return redis.call("handoff.get", c -> Optional.ofNullable(redis.read(c.get(key), Handoff.class)));
    }

    @Override
    public Optional<Handoff> openFor(String conversationId) {
        String key = conversationKey(conversationId);
        String id = redis.call("handoff.open-for", c -> c.get(key));
        return id == null ? Optional.empty() : get(id).filter(h -> h.status().open());
    }

    @Override
    public List<Handoff> open() {
        return redis.call("handoff.list-open", c -> {
            List<String> ids = c.zrange(openKey(), 0, -1);
            if (ids.isEmpty()) {
                return List.of();
            }
            List<String> stored = c.mget(ids.stream().map(this::handoffKey).toArray(String[]::new));
            List<Handoff> waiting = new ArrayList<>();
            List<Handoff> claimed = new ArrayList<>();
            for (String json : stored) {
                Handoff handoff = redis.read(json, Handoff.class);
                if (handoff == null || !handoff.status().open()) {
                    continue; // ended between the two reads
                }
                (handoff.status() == Handoff.Status.WAITING ? waiting : claimed).add(handoff);
            }
            waiting.addAll(claimed);
            return waiting;
        });
    }

    @Override
    public int position(String id) {
        Long rank = redis.call("handoff.position", c -> c.zrank(waitingKey(), id));
        return rank == null ? 0 : Math.toIntExact(rank + 1);
    }

    @Override
    public Optional<Handoff> claim(String id, String staff, Instant now) {
        requireStaff(staff);
        return transition(
                "handoff.claim", id, h -> h.status() == Handoff.Status.WAITING ? h.claimedBy(staff, now) : null);
    }

    @Override
    public Optional<Handoff> transfer(String id, String from, String to, Instant now) {
        requireStaff(to);
        return transition(
                "handoff.transfer",
                id,
                h -> h.status() == Handoff.Status.CLAIMED && h.assignee().equals(from) ? h.claimedBy(to, now) : null);
    }

    @Override
    public Optional<Handoff> end(String id, Handoff.Status end, Instant now) {
        if (end.open()) {
            throw new IllegalArgumentException("not an end: " + end);
        }
        return transition("handoff.end", id, h -> h.status().open() ? h.ended(end, now) : null);
    }

    @Override
    public boolean append(String id, TranscriptLine line) {
        return Redis.isOne(redis.eval(
                "handoff.append",
                APPEND,
                List.of(handoffKey(id), lineIdsKey(id), transcriptKey(id)),
                List.of(line.id(), redis.write(line))));
    }

    @Override
    public List<TranscriptLine> transcript(String id) {
        String key = transcriptKey(id);
        return redis.call("handoff.transcript", c -> c.lrange(key, 0, -1).stream()
                .map(json -> redis.read(json, TranscriptLine.class))
                .toList());
    }

    @Override
    public List<Handoff> ofConversation(String conversationId) {
        String key = ofConversationKey(conversationId);
        return redis.call("handoff.of-conversation", c -> read(c.smembers(key)).stream()
                .sorted(java.util.Comparator.comparing(Handoff::requested).thenComparing(Handoff::id))
                .toList());
    }

    @Override
    public List<Handoff> endedBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        return redis.call("handoff.ended-before", c -> {
            List<String> ids = c.zrangeByScore(endedKey(), "-inf", Long.toString(before.toEpochMilli()));
            List<Handoff> ended = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (Handoff handoff : read(ids)) {
                found.add(handoff.id());
                if (!handoff.status().open() && handoff.updated().isBefore(before)) {
                    ended.add(handoff);
                }
            }
            List<String> gone = ids.stream().filter(id -> !found.contains(id)).toList();
            if (!gone.isEmpty()) {
                // expired by the backstop: only their place in the time index was left
                c.zrem(endedKey(), gone.toArray(String[]::new));
            }
            return ended;
        });
    }

    @Override
    public boolean delete(String id) {
        String key = handoffKey(id);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String stored = redis.call("handoff.delete", c -> c.get(key));
            if (stored == null) {
                redis.call("handoff.delete", c -> c.zrem(endedKey(), id));
                return false;
            }
            Handoff handoff = redis.call("handoff.delete", c -> redis.read(stored, Handoff.class));
            if (handoff.status().open()) {
                return false;
            }
            Object deleted = redis.eval(
                    "handoff.delete",
                    DELETE,
                    List.of(
                            key,
                            transcriptKey(id),
                            lineIdsKey(id),
                            endedKey(),
                            ofConversationKey(handoff.conversationId())),
                    List.of(stored, id));
            if (Redis.isOne(deleted)) {
                return true;
            }
        }
        throw new StateUnavailableException("Redis: too much contention on one hand-off: handoff.delete", null);
    }

    /** The hand-offs still stored under these ids (call inside {@link Redis#call}). */
    private List<Handoff> read(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> stored = redis.call(
                "handoff.read", c -> c.mget(ids.stream().map(this::handoffKey).toArray(String[]::new)));
        List<Handoff> handoffs = new ArrayList<>();
        for (String json : stored) {
            Handoff handoff = redis.read(json, Handoff.class);
            if (handoff != null) {
                handoffs.add(handoff);
            }
        }
        return handoffs;
    }

    /**
     * Reads the hand-off, asks {@code change} for its next version (null: the transition does not
     * apply) and writes it only if nobody changed the hand-off meanwhile; otherwise reads again.
     */
    private Optional<Handoff> transition(String operation, String id, UnaryOperator<Handoff> change) {
        String key = handoffKey(id);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String stored = redis.call(operation, c -> c.get(key));
            Handoff current = redis.call(operation, c -> redis.read(stored, Handoff.class));
            if (current == null) {
                return Optional.empty();
            }
            Handoff next = change.apply(current);
            if (next == null) {
                return Optional.empty();
            }
            boolean leavesWaiting =
                    current.status() == Handoff.Status.WAITING && next.status() != Handoff.Status.WAITING;
            boolean ends = !next.status().open();
            Object written = redis.eval(
                    operation,
                    TRANSITION,
                    List.of(
                            key,
                            openKey(),
                            waitingKey(),
                            conversationKey(current.conversationId()),
                            transcriptKey(id),
                            lineIdsKey(id),
                            endedKey(),
                            ofConversationKey(current.conversationId())),
                    List.of(
                            stored,
                            redis.write(next),
                            id,
                            leavesWaiting ? "1" : "0",
                            ends ? "1" : "0",
                            Long.toString(retention.toMillis()),
                            Long.toString(next.updated().toEpochMilli())));
            if (Redis.isOne(written)) {
                return Optional.of(next);
            }
        }
        throw new StateUnavailableException("Redis: too much contention on one hand-off: " + operation, null);
    }

    private static void requireStaff(String staff) {
        if (staff == null || staff.isBlank()) {
            throw new IllegalArgumentException("a staff login is needed");
        }
    }

    private String handoffKey(String id) {
        return redis.key("handoff", Objects.requireNonNull(id, "id"));
    }

    private String transcriptKey(String id) {
        return redis.key("handoff", id, "transcript");
    }

    private String lineIdsKey(String id) {
        return redis.key("handoff", id, "line-ids");
    }

    private String conversationKey(String conversationId) {
        return redis.key("handoffs", "conversation", Objects.requireNonNull(conversationId, "conversationId"));
    }

    private String endedKey() {
        return redis.key("handoffs", "ended");
    }

    private String ofConversationKey(String conversationId) {
        return redis.key("handoffs", "of-conversation", Objects.requireNonNull(conversationId, "conversationId"));
    }

    private String openKey() {
        return redis.key("handoffs", "open");
    }

    private String waitingKey() {
        return redis.key("handoffs", "waiting");
    }
}
