package vn.gov.assistant.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.embedded.RedisServer;

/**
 * The Redis tests use: the one named by {@code ASSISTANT_TEST_REDIS_URL} (system property, then
 * environment variable) when set, else a real redis-server started here on a free port, once per
 * JVM, and stopped when the JVM exits. Tests may share a Redis, so each uses its own key prefix
 * ({@link #newPrefix()}) and deletes its keys afterwards ({@link #deleteKeys}).
 */
public final class TestRedis {

    public static final String URL_SETTING = "ASSISTANT_TEST_REDIS_URL";

    private static String url;

    private TestRedis() {}

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getProperty(URL_SETTING, System.getenv(URL_SETTING));
            url = configured != null && !configured.isBlank() ? configured.strip() : startEmbedded();
        }
        return url;
    }

    /** A prefix no other test run uses. */
    public static String newPrefix() {
        return "test:" + UUID.randomUUID() + ":";
    }

    /** Deletes every key under the prefix. */
    public static void deleteKeys(String prefix) {
        if (!prefix.startsWith("test:")) {
            throw new IllegalArgumentException("only test prefixes are cleaned");
        }
        try (RedisClient client = RedisClient.create(url())) {
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams match = new ScanParams().match(prefix + "*").count(500);
            do {
                ScanResult<String> page = client.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    client.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        }
    }

    private static String startEmbedded() {
        int port = freePort();
        RedisServer server = embedded(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (IOException e) {
                // the JVM is exiting; the server process goes with it or is reaped
            }
        }));
        return "redis://127.0.0.1:" + port;
    }

    /**
     * Starts a redis-server of this test's own on the port (for tests that stop and restart
     * Redis); it writes nothing to disk. The caller stops it.
     */
    public static RedisServer embedded(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Redis", e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
