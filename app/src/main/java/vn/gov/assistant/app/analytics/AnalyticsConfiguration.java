package vn.gov.assistant.app.analytics;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.core.analytics.Analytics;
import vn.gov.assistant.core.analytics.AnalyticsRecorder;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.analytics.InMemoryAnalyticsStore;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Analytics: kept where the shared state is (in this process, or on the Redis of {@code
 * assistant.redis.url}) for {@code assistant.analytics.retention} (400 days by default); the
 * recorder hears the reception's turns (as a turn listener, see {@code HandoffConfiguration}), the
 * desk's hand-offs and tickets, and the web chat's ratings; the console's analytics page reads
 * {@link Analytics}.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsConfiguration.class);

    @Bean
    AnalyticsStore analyticsStore(
            RedisHolder holder, @Value("${assistant.analytics.retention:P400D}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("assistant.analytics.retention must be positive");
        }
        log.info("Analytics kept {} days", retention.toDays());
        return holder.redis() == null
                ? new InMemoryAnalyticsStore(retention, Clock.systemUTC())
                : holder.redis().analyticsStore(retention);
    }

    @Bean
    AnalyticsRecorder analyticsRecorder(AnalyticsStore store) {
        return new AnalyticsRecorder(store, Clock.systemUTC());
    }

    /** Procedures named as citizens see them now (staff's edits included), else as first imported. */
    @Bean
    Analytics analytics(AnalyticsStore store, LiveKnowledge knowledge, Catalog bundled) {
        return new Analytics(store, code -> {
            try {
                ProcedureCode c = ProcedureCode.of(code);
                return knowledge
                        .current()
                        .catalog()
                        .find(c)
                        .or(() -> bundled.find(c))
                        .map(Procedure::name)
                        .orElse("");
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
    }
}
