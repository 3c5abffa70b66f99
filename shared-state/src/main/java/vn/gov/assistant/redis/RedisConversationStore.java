package vn.gov.assistant.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;
import vn.gov.assistant.core.conversation.ConversationState;
import vn.gov.assistant.core.conversation.ConversationStore;

/**
 * Conversation states as JSON, each forgotten {@code ttl} after its last save (SET PX), so that
 * any instance can serve the next turn and nothing outlives the conversation for long.
 */
public final class RedisConversationStore implements ConversationStore {

    private final Redis redis;
    private final Duration ttl;

    RedisConversationStore(Redis redis, Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least a millisecond");
        }
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public Optional<ConversationState> load(String conversationId) {
        String key = key(conversationId);
        return redis.call(
                "conversation.load", c -> Optional.ofNullable(redis.read(c.get(key), ConversationState.class)));
    }

    @Override
    public void save(String conversationId, ConversationState state) {
        String key = key(conversationId);
        String json = redis.write(Objects.requireNonNull(state, "state"));
        redis.call(
                "conversation.save", c -> c.set(key, json, SetParams.setParams().px(ttl.toMillis())));
    }

    @Override
    public void remove(String conversationId) {
        String key = key(conversationId);
        redis.call("conversation.remove", c -> c.del(key));
    }

    private String key(String conversationId) {
        return redis.key("conversation", Objects.requireNonNull(conversationId, "conversationId"));
    }
}
