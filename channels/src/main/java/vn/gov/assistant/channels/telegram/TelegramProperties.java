package vn.gov.assistant.channels.telegram;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel's settings ({@code assistant.telegram.*}). An empty token leaves the channel
 * off. The Bot API address is a setting so that tests (and a local Bot API server) can stand in for
 * api.telegram.org; it is scheme, host and port only, as telegrambots builds the path itself.
 * {@link #toString()} never shows the token or the webhook secret.
 */
@ConfigurationProperties("assistant.telegram")
public record TelegramProperties(
        String token, @DefaultValue("polling") Mode mode, String webhookSecret, @DefaultValue(DEFAULT_API) URI apiUrl) {

    public static final String DEFAULT_API = "https://api.telegram.org";

    /** How updates arrive: the bot asks for them (polling) or Telegram posts them (webhook). */
    public enum Mode {
        POLLING,
        WEBHOOK
    }

    public TelegramProperties {
        token = token == null ? "" : token.strip();
        mode = mode == null ? Mode.POLLING : mode;
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        apiUrl = apiUrl == null ? URI.create(DEFAULT_API) : apiUrl;
        if (mode == Mode.WEBHOOK && !token.isEmpty() && !webhookSecret.matches("[A-Za-z0-9_-]{16,256}")) {
            // Telegram accepts 1-256 of these characters; fewer than 16 would be guessable
            throw new IllegalArgumentException(
                    "assistant.telegram.webhook-secret must be 16-256 characters A-Z, a-z, 0-9, _ or - in webhook mode");
        }
        String scheme = apiUrl.getScheme() == null ? "" : apiUrl.getScheme().toLowerCase(Locale.ROOT);
        String path = apiUrl.getPath() == null ? "" : apiUrl.getPath();
        if (!(scheme.equals("https") || scheme.equals("http"))
                || apiUrl.getHost() == null
                || !(path.isEmpty() || path.equals("/"))) {
            throw new IllegalArgumentException(
                    "assistant.telegram.api-url must be http(s)://host[:port] without a path: " + apiUrl);
        }
    }

    /** Whether the channel is on. */
    public boolean enabled() {
        return !token.isEmpty();
    }

    /** The Bot API address as telegrambots takes it. */
    TelegramUrl telegramUrl() {
        String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[token=" + (token.isEmpty() ? "" : "***") + ", mode=" + mode + ", webhookSecret="
                + (webhookSecret.isEmpty() ? "" : "***") + ", apiUrl=" + apiUrl + "]";
    }
}
