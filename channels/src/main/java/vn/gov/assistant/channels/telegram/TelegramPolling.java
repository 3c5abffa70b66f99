package vn.gov.assistant.channels.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot asks Telegram for updates (getUpdates long polling, telegrambots'
 * {@link TelegramBotsLongPollingApplication}) and hands each batch to the {@link TelegramAdapter}.
 * Works behind NAT with no public address, hence the default. Polling runs on a daemon thread of
 * our own that is shut down on stop: telegrambots' default executor would keep the JVM alive.
 * Telegram being unreachable at start-up is logged and leaves the rest of the service running.
 */
public final class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final String token;
    private final TelegramUrl url;
    private final TelegramAdapter adapter;
    private ScheduledExecutorService executor;
    private TelegramBotsLongPollingApplication application;

    public TelegramPolling(String token, TelegramUrl url, TelegramAdapter adapter) {
        this.token = token;
        this.url = url;
        this.adapter = adapter;
    }

    @Override
    public synchronized void start() {
        if (application != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-polling").daemon(true).factory());
        application = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor);
        try {
            application.registerBot(
                    token, () -> url, new DefaultGetUpdatesGenerator(List.of("message", "callback_query")), adapter);
            log.info("Telegram channel: long polling started");
        } catch (TelegramApiException e) {
            log.error("Telegram channel: long polling could not start: {}", e.getMessage());
            stop();
        }
    }

    @Override
    public synchronized void stop() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram channel: long polling did not stop cleanly: {}", e.getMessage());
        } finally {
            executor.shutdownNow();
            awaitTurnInProgress(executor);
            application = null;
            executor = null;
        }
    }

    /** A turn being handled finishes before the engine and its index are closed behind it. */
    private static void awaitTurnInProgress(ScheduledExecutorService executor) {
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Telegram channel: long polling still busy after {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return application != null;
    }
}
