package vn.gov.assistant.app.unanswered;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.core.state.InMemoryExpiringStore;
import vn.gov.assistant.core.unanswered.ConversationWatch;
import vn.gov.assistant.core.unanswered.InMemoryUnansweredQuestions;
import vn.gov.assistant.core.unanswered.UnansweredCapture;
import vn.gov.assistant.core.unanswered.UnansweredDesk;
import vn.gov.assistant.core.unanswered.UnansweredQuestions;

/**
 * Unanswered questions: captured from every turn the reception answers (and every rating; the capture
 * is a {@code TurnListener} bean the reception registers), kept
 * masked on Redis when configured (every instance) or in this process, forgotten after
 * {@code assistant.unanswered.retention}, and grouped for staff by the desk the console uses.
 */
@Configuration(proxyBeanMethods = false)
class UnansweredConfiguration {

    @Bean
    UnansweredQuestions unansweredQuestions(
            RedisHolder redis, @Value("${assistant.unanswered.capacity:100000}") int capacity) {
        return redis.redis() == null
                ? new InMemoryUnansweredQuestions(capacity)
                : redis.redis().unansweredQuestions(capacity);
    }

    @Bean(destroyMethod = "close")
    UnansweredCapture unansweredCapture(
            UnansweredQuestions questions,
            RedisHolder redis,
            @Value("${assistant.unanswered.clarification-timeout:PT10M}") Duration clarificationTimeout,
            @Value("${assistant.conversation.ttl:PT30M}") Duration conversationTtl,
            @Value("${assistant.conversation.capacity:100000}") int conversations) {
        ExpiringStore<ConversationWatch> watches = redis.redis() == null
                ? new InMemoryExpiringStore<>(conversations, Clock.systemUTC())
                : redis.redis().expiringStore("unanswered-watch", ConversationWatch.class);
        UnansweredCapture capture =
                new UnansweredCapture(questions, watches, clarificationTimeout, conversationTtl, Clock.systemUTC());
        return capture; // the reception registers every TurnListener bean
    }

    @Bean
    UnansweredDesk unansweredDesk(
            UnansweredQuestions questions,
            KnowledgeCurator curator,
            @Value("${assistant.unanswered.similarity:0.5}") double similarity,
            @Value("${assistant.unanswered.retention:P180D}") Duration retention) {
        return new UnansweredDesk(
                questions, curator, new UnansweredDesk.Settings(similarity, retention), Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    UnansweredRetention unansweredRetention(
            UnansweredQuestions questions, @Value("${assistant.unanswered.retention:P180D}") Duration retention) {
        return new UnansweredRetention(questions, retention, Clock.systemUTC()).start(Duration.ofHours(6));
    }
}
