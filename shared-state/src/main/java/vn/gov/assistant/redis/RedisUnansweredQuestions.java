package vn.gov.assistant.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.unanswered.UnansweredQuestion;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * Unanswered questions shared by every instance: one sorted set of JSON questions scored by the
 * time they were asked (milliseconds), added and trimmed to the capacity by one script, so the
 * newest {@code capacity} questions are kept. Questions of one millisecond come back in the order
 * of their JSON, which starts with their id.
 */
public final class RedisUnansweredQuestions implements UnansweredQuestions {

    private static final Redis.Script ADD = new Redis.Script(
            """
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
            local capacity = tonumber(ARGV[3])
            local size = redis.call('ZCARD', KEYS[1])
            if size > capacity then
              redis.call('ZREMRANGEBYRANK', KEYS[1], 0, size - capacity - 1)
            end
            return size
            """);

    private final Redis redis;
    private final String key;
    private final int capacity;

    RedisUnansweredQuestions(Redis redis, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.redis = redis;
        this.key = redis.key("unanswered", "questions");
        this.capacity = capacity;
    }

    @Override
    public void add(UnansweredQuestion question) {
        Objects.requireNonNull(question, "question");
        String json = redis.write(question);
        redis.eval(
                "unanswered.add",
                ADD,
                List.of(key),
                List.of(Long.toString(question.at().toEpochMilli()), json, Integer.toString(capacity)));
    }

    @Override
    public List<UnansweredQuestion> since(Instant from) {
        String min = Long.toString(from.toEpochMilli());
        return redis.call("unanswered.since", c -> {
            List<UnansweredQuestion> out = new ArrayList<>();
            for (String json : c.zrangeByScore(key, min, "+inf")) {
                UnansweredQuestion q = redis.read(json, UnansweredQuestion.class);
                if (!q.at().isBefore(from)) { // a score is whole milliseconds
                    out.add(q);
                }
            }
            out.sort(java.util.Comparator.comparing(UnansweredQuestion::at).thenComparing(UnansweredQuestion::id));
            return out;
        });
    }

    @Override
    public long forgetBefore(Instant cutoff) {
        // the score is the millisecond floor: everything below the cutoff's millisecond is older
        String below = "(" + cutoff.toEpochMilli();
        return redis.call("unanswered.forget", c -> c.zremrangeByScore(key, "-inf", below));
    }
}
