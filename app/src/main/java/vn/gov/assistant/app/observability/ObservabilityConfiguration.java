package vn.gov.assistant.app.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.app.handoff.SharedStateConfiguration.RedisHolder;
import vn.gov.assistant.channels.ChannelHealth;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.monitoring.TurnLog;
import vn.gov.assistant.core.privacy.Pseudonyms;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.redis.RedisState;

/**
 * How the service is watched (decision 0019): the per-turn log line and the turn metrics (both
 * turn listeners the reception is given, see {@code HandoffConfiguration}), the {@link
 * ServiceMonitor} on Micrometer, the hand-off queue gauge, and the health contributors behind
 * {@code /actuator/health}: {@code knowledge} (the served index), {@code sharedState} (Redis when
 * configured) and {@code channels} (one component per enabled channel). The readiness group holds
 * the first two (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    static final String QUEUE_LENGTH = "assistant.handoff.queue.length";

    @Bean
    TurnLog turnLog(Pseudonyms pseudonyms) {
        return new TurnLog(pseudonyms::of);
    }

    @Bean
    TurnMetrics turnMetrics(MeterRegistry registry) {
        return new TurnMetrics(registry);
    }

    @Bean
    ServiceMonitor serviceMonitor(MeterRegistry registry) {
        return new MicrometerServiceMonitor(registry);
    }

    /** Citizens waiting for a staff member, over every instance; NaN while the shared store is down. */
    @Bean
    MeterBinder handoffQueueLength(HandoffDesk desk) {
        return registry -> Gauge.builder(QUEUE_LENGTH, desk, d -> {
                    try {
                        return d.waiting();
                    } catch (StateUnavailableException e) {
                        return Double.NaN;
                    }
                })
                .description("Citizens waiting for a staff member to claim their hand-off")
                .register(registry);
    }

    /** Up once the knowledge index is built and served (the bean exists only then), with its revision. */
    @Bean
    HealthIndicator knowledgeHealthIndicator(LiveKnowledge knowledge) {
        return () -> {
            KnowledgeSnapshot served = knowledge.current();
            if (served == null || served.catalog().size() == 0) {
                return Health.down().withDetail("index", "no procedure served").build();
            }
            return Health.up()
                    .withDetail("revision", served.revision())
                    .withDetail("procedures", served.catalog().size())
                    .build();
        };
    }

    /** Redis answering a PING when {@code assistant.redis.url} is set; always up in this process. */
    @Bean
    HealthIndicator sharedStateHealthIndicator(RedisHolder holder) {
        return () -> {
            RedisState redis = holder.redis();
            if (redis == null) {
                return Health.up().withDetail("store", "in this process").build();
            }
            // the URL is not shown: it may hold a password
            return redis.ping()
                    ? Health.up().withDetail("store", "redis").build()
                    : Health.down().withDetail("store", "redis not reachable").build();
        };
    }

    /** One component per enabled channel: the web chat (always on) and each configured one. */
    @Bean
    HealthContributor channelsHealthContributor(ObjectProvider<ChannelHealth> channels) {
        Map<String, HealthContributor> components = new LinkedHashMap<>();
        components.put("web", (HealthIndicator)
                () -> Health.up().withDetail("state", "WebSocket /ws/chat").build());
        channels.orderedStream()
                .forEach(channel -> components.put(channel.channel(), (HealthIndicator) () -> {
                    ChannelHealth.Status status = channel.status();
                    return (status.up() ? Health.up() : Health.down())
                            .withDetail("state", status.state())
                            .build();
                }));
        return CompositeHealthContributor.fromMap(components);
    }
}
