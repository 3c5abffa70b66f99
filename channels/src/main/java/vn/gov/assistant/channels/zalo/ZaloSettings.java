package vn.gov.assistant.channels.zalo;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the assistant reaches one Zalo Official Account: the app's id and secret (for the OAuth
 * refresh), the OA secret key (for the webhook signature), the first token pair, the base URLs of
 * the Open API and the OAuth server (configurable so that tests and proxies can stand in), and how
 * old an event may be before it counts as a replay. {@link #toString()} never shows a secret.
 */
public record ZaloSettings(
        String appId,
        String appSecret,
        String oaSecretKey,
        ZaloTokens tokens,
        URI apiUrl,
        URI oauthUrl,
        Duration maxEventAge) {

    public static final URI DEFAULT_API_URL = URI.create("https://openapi.zalo.me");
    public static final URI DEFAULT_OAUTH_URL = URI.create("https://oauth.zaloapp.com");
    public static final Duration DEFAULT_MAX_EVENT_AGE = Duration.ofMinutes(5);

    public ZaloSettings {
        requireText(appId, "app id");
        requireText(appSecret, "app secret");
        requireText(oaSecretKey, "OA secret key");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(apiUrl, "api url");
        Objects.requireNonNull(oauthUrl, "oauth url");
        if (maxEventAge == null || maxEventAge.isNegative() || maxEventAge.isZero()) {
            throw new IllegalArgumentException("the maximum event age must be positive");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Zalo " + what + " is missing");
        }
    }

    @Override
    public String toString() {
        return "ZaloSettings[appId=" + appId + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl + ", maxEventAge="
                + maxEventAge + ", secrets and tokens hidden]";
    }
}
