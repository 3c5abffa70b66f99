package vn.gov.assistant.channels.zalo;

/**
 * The OA's current access token (sent with every Open API call, lives about 25 hours) and the
 * single-use refresh token that buys the next pair. {@link #toString()} hides both.
 */
public record ZaloTokens(String accessToken, String refreshToken) {

    public ZaloTokens {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("both Zalo tokens are required");
        }
    }

    @Override
    public String toString() {
        return "ZaloTokens[hidden]";
    }
}
