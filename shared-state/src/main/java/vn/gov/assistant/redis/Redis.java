package vn.gov.assistant.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.core.state.StateUnavailableException;

/**
 * What every Redis implementation shares: the client, the key prefix, JSON, scripts, and the one
 * place where a Jedis or JSON failure becomes a {@link StateUnavailableException} whose message
 * names the operation only, never a key or a value.
 */
final class Redis {

    private final UnifiedJedis client;
    private final String prefix;
    private final JsonMapper json = JsonMapper.builder().build();

    Redis(UnifiedJedis client, String prefix) {
        this.client = Objects.requireNonNull(client);
        this.prefix = Objects.requireNonNull(prefix);
    }

    /** The full key: the prefix, then the parts joined by ':'. */
    String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    /** Runs one operation; {@code operation} names it in the exception when Redis fails. */
    <T> T call(String operation, Function<UnifiedJedis, T> command) {
        try {
            return command.apply(client);
        } catch (JedisException e) {
            throw new StateUnavailableException("Redis did not answer: " + operation, e);
        } catch (JacksonException e) {
            throw new StateUnavailableException("Redis holds an unreadable value: " + operation, e);
        }
    }

    /** Runs a script by its digest, sending its text once when Redis does not know it yet. */
    Object eval(String operation, Script script, List<String> keys, List<String> args) {
        return call(operation, c -> {
            try {
                return c.evalsha(script.sha, keys, args);
            } catch (JedisNoScriptException e) {
                return c.eval(script.source, keys, args);
            }
        });
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "not serialisable: " + value.getClass().getName(), e);
        }
    }

    /** Reads stored JSON; null stays null. Call inside {@link #call} so a bad value is translated. */
    <T> T read(String stored, Class<T> type) {
        return stored == null ? null : json.readValue(stored, type);
    }

    /** A Lua script and its SHA-1, computed here so that EVALSHA needs no SCRIPT LOAD. */
    static final class Script {
        final String source;
        final String sha;

        Script(String source) {
            this.source = source;
            try {
                this.sha = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is part of every JDK", e);
            }
        }
    }

    static boolean isOne(Object scriptResult) {
        return scriptResult instanceof Long n && n == 1L;
    }
}
