package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LanguageModelSettingsTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Test
    void openAiSettingsAreKeptAsGiven() {
        LanguageModelSettings settings = new LanguageModelSettings(
                " OpenAI ", URI.create("https://api.openai.com/v1"), " gpt-4o-mini ", " sk-test ", TEN_SECONDS);

        assertThat(settings.provider()).isEqualTo("openai");
        assertThat(settings.model()).isEqualTo("gpt-4o-mini");
        assertThat(settings.apiKey()).isEqualTo("sk-test");
        assertThat(settings.openAiCompatibleBaseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
    }

    @Test
    void ollamaIsReachedThroughItsOpenAiCompatibleApi() {
        assertThat(ollama("http://localhost:11434").openAiCompatibleBaseUrl())
                .isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(ollama("http://localhost:11434/").openAiCompatibleBaseUrl())
                .isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(ollama("http://gpu-box:11434/v1").openAiCompatibleBaseUrl())
                .isEqualTo(URI.create("http://gpu-box:11434/v1"));
    }

    @Test
    void missingApiKeyReadsAsEmptyForServersThatNeedNone() {
        LanguageModelSettings settings = new LanguageModelSettings(
                "openai", URI.create("http://127.0.0.1:8000/v1"), "qwen2.5-7b-instruct", null, TEN_SECONDS);

        assertThat(settings.apiKey()).isEmpty();
    }

    @Test
    void openAiItselfNeedsAnApiKey() {
        assertThatThrownBy(() -> new LanguageModelSettings(
                        "openai", URI.create("https://api.openai.com/v1"), "gpt-4o-mini", "", TEN_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("API key");
    }

    @Test
    void unknownProviderIsNamedInTheError() {
        assertThatThrownBy(() ->
                        new LanguageModelSettings("gemini", URI.create("http://localhost:1"), "m", "", TEN_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"gemini\"")
                .hasMessageContaining("\"openai\" or \"ollama\"");
        assertThatThrownBy(() -> new LanguageModelSettings(" ", URI.create("http://localhost:1"), "m", "", TEN_SECONDS))
                .hasMessageContaining("provider is missing");
    }

    @Test
    void baseUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> ollamaAt(null)).hasMessageContaining("base URL is missing");
        assertThatThrownBy(() -> ollamaAt(URI.create("localhost:11434")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> ollamaAt(URI.create("/v1"))).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> ollamaAt(URI.create("ftp://models.example/v1")))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> ollamaAt(URI.create("http://localhost:11434/v1?key=x")))
                .hasMessageContaining("query or fragment");
    }

    @Test
    void modelNameIsRequired() {
        assertThatThrownBy(() -> new LanguageModelSettings(
                        "ollama", URI.create("http://localhost:11434"), "  ", "", TEN_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model name is missing");
    }

    @Test
    void timeoutMustBePositiveAndBounded() {
        assertThatThrownBy(() -> withTimeout(null)).hasMessageContaining("timeout is missing");
        assertThatThrownBy(() -> withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> withTimeout(Duration.ofSeconds(-1))).hasMessageContaining("positive");
        assertThatThrownBy(() -> withTimeout(LanguageModelSettings.MAX_TIMEOUT.plusSeconds(1)))
                .hasMessageContaining("at most");
        assertThat(withTimeout(LanguageModelSettings.MAX_TIMEOUT).timeout())
                .isEqualTo(LanguageModelSettings.MAX_TIMEOUT);
    }

    @Test
    void apiKeyIsNeverPrinted() {
        LanguageModelSettings settings = new LanguageModelSettings(
                "openai", URI.create("https://api.openai.com/v1"), "gpt-4o-mini", "sk-secret-123", TEN_SECONDS);

        assertThat(settings.toString()).doesNotContain("sk-secret-123").contains("apiKey=(set)", "gpt-4o-mini");
    }

    private static LanguageModelSettings ollama(String baseUrl) {
        return ollamaAt(URI.create(baseUrl));
    }

    private static LanguageModelSettings ollamaAt(URI baseUrl) {
        return new LanguageModelSettings("ollama", baseUrl, "qwen2.5:7b", "", TEN_SECONDS);
    }

    private static LanguageModelSettings withTimeout(Duration timeout) {
        return new LanguageModelSettings("ollama", URI.create("http://localhost:11434"), "qwen2.5:7b", "", timeout);
    }
}
