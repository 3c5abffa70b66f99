package vn.gov.assistant.channels.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot asks Telegram for updates (getUpdates long polling, telegrambots'
 * {@link TelegramBotsLongPollingApplication}) and hands each batch to the {@link TelegramAdapter}.
 * Works behind NAT with no public address, hence the default. Polling runs on a daemon thread of
 * our own that is shut down on stop: telegrambots' default executor would keep the JVM alive.
 * Telegram being unreachable at start-up leaves the rest of the service running; polling starts
 * when it can be reached.
 */
public final class TelegramPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final String token;
    private final TelegramUrl url;
    private final TelegramAdapter adapter;
    private final Duration retryAfter;
    private ScheduledExecutorService executor;
    private ExecutorService turns;
    private TelegramBotsLongPollingApplication application;
    private boolean running;

    public TelegramPolling(String token, TelegramUrl url, TelegramAdapter adapter) {
        this(token, url, adapter, RETRY_AFTER);
    }

    TelegramPolling(String token, TelegramUrl url, TelegramAdapter adapter, Duration retryAfter) {
        this.token = token;
        this.url = url;
        this.adapter = adapter;
        this.retryAfter = retryAfter;
    }

    /** Starts polling in the background; while Telegram cannot be reached, tries again every 30 s. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("telegram-polling").daemon(true).factory());
        turns = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("telegram-turns").daemon(true).factory());
        ExecutorService batches = turns;
        ScheduledExecutorService on = executor;
        on.execute(() -> connect(on, updates -> handleBatch(batches, updates)));
    }

    /**
     * Runs a batch on the turns thread and waits for it, so the next poll comes after it. Stopping
     * interrupts the polling thread (telegrambots cancels it); the batch under way is not
     * interrupted and its replies still go out.
     */
    private void handleBatch(ExecutorService batches, List<Update> updates) {
        try {
            batches.submit(() -> adapter.consume(updates)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            log.error(
                    "Telegram channel: a batch of updates failed: {}",
                    e.getClass().getName());
        }
    }

    private void connect(ScheduledExecutorService on, LongPollingUpdateConsumer consumer) {
        TelegramBotsLongPollingApplication connecting = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> on);
        try {
            // deleteWebhook first (a bot polls or has a webhook), then the polling loop on our executor
            connecting.registerBot(
                    token, () -> url, new DefaultGetUpdatesGenerator(List.of("message", "callback_query")), consumer);
        } catch (TelegramApiException | RuntimeException e) {
            close(connecting);
            synchronized (this) {
                if (running && on == executor) {
                    log.warn(
                            "Telegram channel: Bot API not reachable ({}); trying again in {}",
                            e.getMessage(),
                            retryAfter);
                    on.schedule(() -> connect(on, consumer), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            return;
        }
        synchronized (this) {
            if (running && on == executor) {
                application = connecting;
                log.info("Telegram channel: long polling started");
                return;
            }
        }
        close(connecting);
    }

    @Override
    public void stop() {
        TelegramBotsLongPollingApplication stopping;
        ScheduledExecutorService stoppingExecutor;
        ExecutorService stoppingTurns;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopping = application;
            stoppingExecutor = executor;
            stoppingTurns = turns;
            turns = null;
            application = null;
            executor = null;
        }
        if (stopping != null) {
            close(stopping);
        }
        stoppingExecutor.shutdownNow();
        stoppingTurns.shutdown();
        awaitTermination(stoppingTurns);
        awaitTermination(stoppingExecutor);
    }

    private static void close(TelegramBotsLongPollingApplication application) {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram channel: long polling did not stop cleanly: {}", e.getMessage());
        }
    }

    /** A turn being handled finishes before the engine and its index are closed behind it. */
    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Telegram channel: long polling still busy after {}", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the polling loop is connected to the Bot API now (not while it waits to retry). */
    public synchronized boolean connected() {
        return running && application != null && application.isRunning();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Whether updates are being polled (Telegram was reached). */
    synchronized boolean polling() {
        return application != null;
    }
}
