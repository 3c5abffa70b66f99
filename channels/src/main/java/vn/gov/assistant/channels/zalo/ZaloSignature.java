package vn.gov.assistant.channels.zalo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex>} where the hex is the plain
 * SHA-256 (not an HMAC) of the app id, the exact raw body, the event's timestamp and the OA secret
 * key, concatenated. The body must be the bytes as received: re-serialised JSON would not match.
 * Compared in constant time so that a forger learns nothing from the response time.
 */
final class ZaloSignature {

    static final String HEADER = "X-ZEvent-Signature";
    private static final String PREFIX = "mac=";

    private final byte[] appId;
    private final byte[] oaSecretKey;

    ZaloSignature(String appId, String oaSecretKey) {
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
        this.oaSecretKey = oaSecretKey.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value Zalo sends for this body and timestamp. */
    String sign(byte[] rawBody, String timestamp) {
        return PREFIX + HexFormat.of().formatHex(digest(rawBody, timestamp));
    }

    /** Whether {@code header} is the signature of this body and timestamp; false when absent or garbled. */
    boolean verify(byte[] rawBody, String timestamp, String header) {
        if (header == null) {
            return false;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(rawBody, timestamp), given);
    }

    private byte[] digest(byte[] rawBody, String timestamp) {
        ByteArrayOutputStream message = new ByteArrayOutputStream(rawBody.length + 128);
        message.writeBytes(appId);
        message.writeBytes(rawBody);
        message.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
        message.writeBytes(oaSecretKey);
        try {
            return MessageDigest.getInstance("SHA-256").digest(message.toByteArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
