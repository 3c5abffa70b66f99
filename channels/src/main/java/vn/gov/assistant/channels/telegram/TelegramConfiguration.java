package vn.gov.assistant.channels.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.gov.assistant.channels.ChannelHealth;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.monitoring.ServiceMonitor;

/**
 * The Telegram channel, on when {@code assistant.telegram.token} is set: the Bot API client, the
 * adapter over the service's {@link Reception}, and long polling unless
 * {@code assistant.telegram.mode=webhook} (then {@link TelegramWebhookController} receives).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Set.class)
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        log.info("Telegram channel on ({} mode, Bot API at {})", properties.mode(), properties.apiUrl());
        return new OkHttpTelegramClient(properties.token(), properties.telegramUrl());
    }

    @Bean
    TelegramAdapter telegramAdapter(
            Reception reception, TelegramClient telegramClient, ObjectProvider<ServiceMonitor> monitor) {
        return new TelegramAdapter(reception, telegramClient, monitor.getIfAvailable(() -> ServiceMonitor.NONE));
    }

    /** Up while long polling is connected; in webhook mode, up once configured (Telegram calls us). */
    @Bean
    ChannelHealth telegramHealth(TelegramProperties properties, ObjectProvider<TelegramPolling> polling) {
        return new ChannelHealth() {
            @Override
            public String channel() {
                return "telegram";
            }

            @Override
            public Status status() {
                if (properties.mode() == TelegramProperties.Mode.WEBHOOK) {
                    return Status.up("webhook");
                }
                TelegramPolling loop = polling.getIfAvailable();
                return loop != null && loop.connected()
                        ? Status.up("polling")
                        : Status.down("polling: Bot API not reachable");
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "assistant.telegram.mode", havingValue = "polling", matchIfMissing = true)
    TelegramPolling telegramPolling(TelegramProperties properties, TelegramAdapter telegramAdapter) {
        return new TelegramPolling(properties.token(), properties.telegramUrl(), telegramAdapter);
    }
}
