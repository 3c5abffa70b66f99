package vn.gov.assistant.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.gov.assistant.channels.TestEngine;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;

/** Which Telegram beans the service gets for a given configuration (Spring wiring, no web server). */
class TelegramConfigurationIT {

    private static FakeBotApi api;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeBotApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(Reception.class, TestEngine::reception);
        context.registerBean(SharedState.class, TestEngine::state);
        context.register(TelegramConfiguration.class, TelegramChannelOff.class, TelegramWebhookController.class);
        context.refresh();
        return context;
    }

    @Test
    void anEmptyTokenLeavesTheChannelOff() {
        try (var context = context(Map.of("assistant.telegram.token", ""))) {
            assertThat(context.getBeansOfType(TelegramAdapter.class)).isEmpty();
            assertThat(context.getBeansOfType(TelegramWebhookController.class)).isEmpty();
            assertThat(context.getBeansOfType(TelegramChannelOff.class)).hasSize(1);
        }
    }

    @Test
    void aTokenStartsLongPollingByDefault() {
        try (var context = context(Map.of(
                "assistant.telegram.token",
                FakeBotApi.TOKEN,
                "assistant.telegram.api-url",
                api.url().toString()))) {
            assertThat(context.getBean(TelegramAdapter.class).name()).isEqualTo("telegram");
            assertThat(context.getBean(TelegramPolling.class).isRunning()).isTrue();
            assertThat(context.getBeansOfType(TelegramWebhookController.class)).isEmpty();
            assertThat(context.getBeansOfType(TelegramChannelOff.class)).isEmpty();
        }
    }

    @Test
    void webhookModeServesTheEndpointInsteadOfPolling() {
        try (var context = context(Map.of(
                "assistant.telegram.token",
                FakeBotApi.TOKEN,
                "assistant.telegram.mode",
                "webhook",
                "assistant.telegram.webhook-secret",
                "a-secret-of-enough-length",
                "assistant.telegram.api-url",
                api.url().toString()))) {
            assertThat(context.getBeansOfType(TelegramWebhookController.class)).hasSize(1);
            assertThat(context.getBeansOfType(TelegramPolling.class)).isEmpty();
        }
    }
}
