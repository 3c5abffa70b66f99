package vn.gov.assistant.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.knowledge.ConflictingChangeException;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeLog;

/**
 * The change log every instance serves from: a list of JSON changes (a change's revision is its
 * place in the list, from 1, and is not written in it) and a hash of each entry's latest revision, both written by one script, which also
 * refuses a change based on a replaced version. Never trimmed: it is the knowledge's history.
 */
public final class RedisKnowledgeLog implements KnowledgeLog {

    private static final Redis.Script APPEND = new Redis.Script(
            """
            local head = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
            local expected = tonumber(ARGV[2])
            if expected >= 0 and expected ~= head then
              return -head - 1
            end
            local revision = redis.call('RPUSH', KEYS[1], ARGV[3])
            redis.call('HSET', KEYS[2], ARGV[1], revision)
            return revision
            """);

    /** Changes read in one call at most. */
    private static final int PAGE = 1_000;

    private final Redis redis;
    private final String changes;
    private final String heads;

    RedisKnowledgeLog(Redis redis) {
        this.redis = redis;
        this.changes = redis.key("knowledge", "changes");
        this.heads = redis.key("knowledge", "heads");
    }

    @Override
    public KnowledgeChange append(KnowledgeChange change, long expectedHead) {
        String line =
                KnowledgeCodec.line(Objects.requireNonNull(change, "change").at(0));
        long result = ((Number) redis.eval(
                        "knowledge.append",
                        APPEND,
                        List.of(changes, heads),
                        List.of(change.head(), Long.toString(expectedHead), line)))
                .longValue();
        if (result < 0) {
            throw new ConflictingChangeException(change.head(), -result - 1);
        }
        return change.at(result);
    }

    @Override
    public List<KnowledgeChange> since(long revision) {
        List<KnowledgeChange> out = new ArrayList<>();
        long from = Math.max(0, revision);
        while (true) {
            long start = from + out.size();
            List<String> page = redis.call("knowledge.since", c -> c.lrange(changes, start, start + PAGE - 1));
            for (int i = 0; i < page.size(); i++) { // a change's revision is its place in the list
                out.add(KnowledgeCodec.change(page.get(i)).at(start + i + 1));
            }
            if (page.size() < PAGE) {
                return out;
            }
        }
    }

    @Override
    public long latest() {
        return redis.call("knowledge.latest", c -> c.llen(changes));
    }
}
