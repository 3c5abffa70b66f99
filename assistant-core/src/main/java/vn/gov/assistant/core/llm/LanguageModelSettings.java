package vn.gov.assistant.core.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach a language model. Both providers are spoken to through the OpenAI chat-completions
 * protocol, which Ollama also serves under {@code /v1}: one client, one tested code path (see
 * docs/decisions/0007). Validated on construction, so a wrong setting fails at start-up with a
 * message that names it rather than later as a silent fallback on every answer.
 *
 * @param provider {@code "openai"} (OpenAI or any server that speaks its API) or {@code "ollama"}
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} or {@code
 *     http://localhost:11434} ({@code /v1} is added for Ollama when missing)
 * @param model the model name, e.g. {@code gpt-4o-mini} or {@code qwen2.5:7b}
 * @param apiKey the API key; empty when the server needs none ({@code null} reads as empty)
 * @param timeout how long one answer may wait for the model, at most {@link #MAX_TIMEOUT}
 */
public record LanguageModelSettings(String provider, URI baseUrl, String model, String apiKey, Duration timeout) {

    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";

    /** A citizen waiting longer than this for a rephrasing is better served by the template. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);

    public LanguageModelSettings {
        if (provider == null || provider.isBlank()) {
            throw new IllegalArgumentException("language model provider is missing: use \"openai\" or \"ollama\"");
        }
        provider = provider.strip().toLowerCase(Locale.ROOT);
        if (!provider.equals(OPENAI) && !provider.equals(OLLAMA)) {
            throw new IllegalArgumentException(
                    "unknown language model provider \"" + provider + "\": use \"openai\" or \"ollama\"");
        }
        Objects.requireNonNull(baseUrl, "language model base URL is missing");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute()
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "language model base URL must be an absolute http(s) URL with a host, was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "language model base URL must not have a query or fragment, was " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("language model name is missing (e.g. gpt-4o-mini, qwen2.5:7b)");
        }
        model = model.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        if (apiKey.isEmpty() && "api.openai.com".equalsIgnoreCase(baseUrl.getHost())) {
            throw new IllegalArgumentException("an API key is required for " + baseUrl.getHost());
        }
        Objects.requireNonNull(timeout, "language model timeout is missing");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "language model timeout must be positive and at most " + MAX_TIMEOUT + ", was " + timeout);
        }
    }

    /** The root of the OpenAI-compatible API: the base URL, with {@code /v1} for Ollama. */
    public URI openAiCompatibleBaseUrl() {
        String url = baseUrl.toString().replaceAll("/+$", "");
        if (provider.equals(OLLAMA) && !url.endsWith("/v1")) {
            url += "/v1";
        }
        return URI.create(url);
    }

    /** Never prints the API key, so settings can be logged. */
    @Override
    public String toString() {
        return "LanguageModelSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isEmpty() ? "(none)" : "(set)") + ", timeout=" + timeout + "]";
    }
}
