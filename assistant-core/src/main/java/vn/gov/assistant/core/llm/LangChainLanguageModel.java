package vn.gov.assistant.core.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} behind the OpenAI chat-completions protocol (OpenAI, Ollama's {@code
 * /v1}, or any compatible server), through langchain4j. Only this class knows langchain4j.
 *
 * <p>It keeps the promises of {@link LanguageModel}: personal data is masked before the prompt is
 * built; a call never takes longer than the configured timeout (the HTTP client's own timeout, no
 * retries, and a hard deadline on top for a server that answers slowly byte by byte); and every
 * failure becomes an empty result. It logs only the error class and the latency, never text, since
 * text may carry what a citizen typed.
 */
public final class LangChainLanguageModel implements LanguageModel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LangChainLanguageModel.class);

    /** Low: a rephrasing, not a creative text; keeps a model close to the template's wording. */
    private static final double TEMPERATURE = 0.2;

    private final ChatModel chatModel;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("language-model-", 0).factory());

    public LangChainLanguageModel(LanguageModelSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.timeout = settings.timeout();
        this.chatModel = OpenAiChatModel.builder()
                .baseUrl(settings.openAiCompatibleBaseUrl().toString())
                .apiKey(settings.apiKey().isEmpty() ? null : settings.apiKey())
                .modelName(settings.model())
                .temperature(TEMPERATURE)
                .timeout(settings.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    @Override
    public Optional<String> rephrase(GroundedAnswer answer) {
        RephrasePrompt prompt = RephrasePrompt.of(answer);
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .build();
        long start = System.nanoTime();
        Future<ChatResponse> call;
        try {
            call = calls.submit(() -> chatModel.chat(request));
        } catch (RuntimeException e) {
            // closed, or the JVM is shutting down
            failed(e, start);
            return Optional.empty();
        }
        try {
            ChatResponse response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            String text = response == null || response.aiMessage() == null
                    ? null
                    : response.aiMessage().text();
            log.debug("Language model answered in {} ms", elapsedMillis(start));
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
        } catch (ExecutionException e) {
            failed(e.getCause() == null ? e : e.getCause(), start);
        } catch (TimeoutException e) {
            call.cancel(true);
            failed(e, start);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            failed(e, start);
        } catch (RuntimeException e) {
            failed(e, start);
        }
        return Optional.empty();
    }

    /** Stops calls in flight; later calls return empty. */
    @Override
    public void close() {
        calls.shutdownNow();
    }

    private static void failed(Throwable error, long start) {
        // the class only: messages of HTTP errors may quote the request or the answer
        log.warn(
                "Language model failed after {} ms: {}",
                elapsedMillis(start),
                error.getClass().getName());
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
