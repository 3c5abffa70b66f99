package vn.gov.assistant.app.handoff;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.handoff.SharedState;

/**
 * Where the state several instances share lives: in this process (the embedded default, one
 * instance) or on the Redis named by {@code assistant.redis.url}.
 */
@Configuration(proxyBeanMethods = false)
class SharedStateConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SharedStateConfiguration.class);

    @Bean
    SharedState sharedState(
            @Value("${assistant.conversation.capacity:100000}") int capacity,
            @Value("${assistant.conversation.ttl:PT30M}") Duration ttl) {
        log.info("Shared state in this process (no assistant.redis.url): one instance only");
        return SharedState.inMemory(capacity, ttl, Clock.systemUTC());
    }
}
