package vn.gov.assistant.app.handoff;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.conversation.FallbackConversationStore;
import vn.gov.assistant.core.conversation.InMemoryConversationStore;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.redis.RedisState;

/**
 * Where the state several instances share lives: in this process (the embedded default, one
 * instance) or on the Redis named by {@code assistant.redis.url}. On Redis, conversations fall
 * back to this process while Redis cannot be reached, so the bot keeps answering.
 */
@Configuration(proxyBeanMethods = false)
public class SharedStateConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SharedStateConfiguration.class);

    @Bean(destroyMethod = "close")
    RedisHolder redisHolder(
            @Value("${assistant.redis.url:}") String url,
            @Value("${assistant.redis.prefix:assistant:}") String prefix) {
        if (url.isBlank()) {
            return new RedisHolder(null);
        }
        RedisState redis = RedisState.connect(url, prefix);
        log.info("Shared state on Redis (keys under '{}')", prefix); // the URL may hold a password
        return new RedisHolder(redis);
    }

    @Bean
    SharedState sharedState(
            RedisHolder holder,
            @Value("${assistant.conversation.capacity:100000}") int capacity,
            @Value("${assistant.conversation.ttl:PT30M}") Duration ttl,
            @Value("${assistant.retention.anonymous:P30D}") Duration anonymous,
            @Value("${assistant.retention.identified:P90D}") Duration identified) {
        // on Redis, ended hand-offs and done tickets also expire a day after the longer period, should the job not run
        Duration backstop = (anonymous.compareTo(identified) >= 0 ? anonymous : identified).plusDays(1);
        RedisState redis = holder.redis();
        if (redis == null) {
            log.info("Shared state in this process (no assistant.redis.url): one instance only");
            return SharedState.inMemory(capacity, ttl, Clock.systemUTC());
        }
        return new SharedState(
                new FallbackConversationStore(
                        redis.conversationStore(ttl), new InMemoryConversationStore(capacity, ttl, Clock.systemUTC())),
                redis.conversationLocks(),
                redis.rateLimits(),
                redis.deduplication(),
                redis.handoffBoard(backstop),
                redis.handoffQueue(),
                redis.citizenMailbox(),
                redis.callbackTickets(backstop),
                redis.staffPresence(),
                redis.staffAccounts(),
                redis.auditLog());
    }

    /** The Redis connection when configured; closed with the application. */
    public record RedisHolder(RedisState redis) implements AutoCloseable {
        @Override
        public void close() {
            if (redis != null) {
                redis.close();
            }
        }
    }
}
