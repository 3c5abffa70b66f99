package vn.gov.assistant.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What audit entries name a conversation by: its channel and the start of an HMAC-SHA-256 of its
 * id under a per-deployment key. Staff can match the entries of one conversation; nobody without
 * the key can find the id back, not even a Telegram chat id (a number that could otherwise be
 * found by hashing them all). Every instance must use the same key for the entries to match: the
 * configured one, or one generated once and kept in the shared store (decision 20).
 */
public final class Pseudonyms {

    private static final String HMAC = "HmacSHA256";

    /** Shortest key accepted: 128 bits. */
    public static final int MIN_KEY_BYTES = 16;

    private final Supplier<byte[]> source;
    private volatile SecretKeySpec key;

    /**
     * Pseudonyms under the key {@code source} gives; it is asked once, at the first pseudonym (so a
     * shared store that is down at start-up does not stop the application), and again only if it
     * failed.
     */
    public Pseudonyms(Supplier<byte[]> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Pseudonyms under this key. */
    public static Pseudonyms withKey(byte[] key) {
        byte[] copy = checked(key).clone();
        return new Pseudonyms(() -> copy);
    }

    /**
     * Pseudonyms under a random key of this process: for a single instance whose audit lives in its
     * memory too (entries and key are lost together).
     */
    public static Pseudonyms ofThisProcess() {
        return withKey(randomKey());
    }

    /** 32 random bytes. */
    public static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** "telegram#" + 16 hex digits: the channel and the first 64 bits of the keyed hash of the id. */
    public String of(String conversationId) {
        Objects.requireNonNull(conversationId, "conversationId");
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key());
            byte[] digest = mac.doFinal(conversationId.getBytes(StandardCharsets.UTF_8));
            return PersonalDataDesk.channelOf(conversationId) + "#"
                    + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = new SecretKeySpec(checked(source.get()), HMAC);
                    key = k;
                }
            }
        }
        return k;
    }

    private static byte[] checked(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key has at least " + MIN_KEY_BYTES + " bytes");
        }
        return key;
    }
}
