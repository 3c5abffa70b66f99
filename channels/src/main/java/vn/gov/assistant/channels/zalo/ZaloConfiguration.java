package vn.gov.assistant.channels.zalo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.channels.ChannelHealth;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/**
 * Wires the Zalo channel from {@code assistant.zalo.*} when the OA is configured
 * ({@link ConditionalOnZalo}); either way one log line at start-up says whether it is on.
 */
@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ZaloConfiguration.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> zaloChannelStatus(ObjectProvider<ZaloSettings> settings) {
        return ready -> {
            ZaloSettings configured = settings.getIfAvailable();
            if (configured == null) {
                log.info("Zalo channel off: assistant.zalo.app-id, app-secret, oa-secret-key, access-token and"
                        + " refresh-token are not all set");
            } else {
                log.info("Zalo channel on: webhook at {}, {}", ZaloWebhookController.PATH, configured);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnZalo
    static class Enabled {

        @Bean
        ZaloSettings zaloSettings(
                @Value("${assistant.zalo.app-id}") String appId,
                @Value("${assistant.zalo.app-secret}") String appSecret,
                @Value("${assistant.zalo.oa-secret-key}") String oaSecretKey,
                @Value("${assistant.zalo.access-token}") String accessToken,
                @Value("${assistant.zalo.refresh-token}") String refreshToken,
                @Value("${assistant.zalo.api-url:https://openapi.zalo.me}") URI apiUrl,
                @Value("${assistant.zalo.oauth-url:https://oauth.zaloapp.com}") URI oauthUrl,
                @Value("${assistant.zalo.max-event-age:PT5M}") Duration maxEventAge) {
            return new ZaloSettings(
                    appId,
                    appSecret,
                    oaSecretKey,
                    new ZaloTokens(accessToken, refreshToken),
                    apiUrl,
                    oauthUrl,
                    maxEventAge);
        }

        @Bean
        TokenStore zaloTokenStore(ZaloSettings settings) {
            return new InMemoryTokenStore(settings.tokens());
        }

        @Bean
        ZaloClient zaloClient(ZaloSettings settings, TokenStore tokens, ObjectProvider<ServiceMonitor> monitor) {
            return ZaloClient.create(settings, tokens, monitor.getIfAvailable(() -> ServiceMonitor.NONE));
        }

        /** Up while the access token can be used (see {@link ZaloClient#tokenUsable()}). */
        @Bean
        ChannelHealth zaloHealth(ZaloClient client) {
            return new ChannelHealth() {
                @Override
                public String channel() {
                    return "zalo";
                }

                @Override
                public Status status() {
                    return client.tokenUsable()
                            ? Status.up("webhook, access token usable")
                            : Status.down("Zalo refused to refresh the access token: set a new token pair");
                }
            };
        }

        @Bean
        ZaloAdapter zaloAdapter(
                Reception reception,
                ZaloClient client,
                @Value("${assistant.conversation.capacity:100000}") int capacity) {
            return new ZaloAdapter(reception, client, capacity);
        }

        @Bean(destroyMethod = "close")
        ZaloWorkers zaloWorkers(
                @Value("${assistant.zalo.workers:2}") int lanes,
                @Value("${assistant.zalo.queue:500}") int queuePerLane) {
            return new ZaloWorkers(lanes, queuePerLane);
        }

        @Bean
        ZaloWebhook zaloWebhook(ZaloSettings settings, ZaloAdapter adapter, ZaloWorkers workers, SharedState state) {
            return new ZaloWebhook(settings, adapter, workers, state.deduplication(), Clock.systemUTC());
        }
    }
}
