package vn.gov.assistant.redis;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import redis.clients.jedis.HostAndPort;

/**
 * A Redis reached through Sentinel, written as Lettuce and Spring write it:
 * {@code redis-sentinel://[[user:]password@]host[:port][,host[:port]...][/db]#master}. The
 * sentinels' default port is 26379; the password (and user) are the primary's, the sentinels are
 * reached without one.
 */
record SentinelUrl(String master, Set<HostAndPort> sentinels, String user, String password, int database) {

    static final String SCHEME = "redis-sentinel://";
    static final int DEFAULT_PORT = 26379;

    static boolean isSentinel(String url) {
        return url != null && url.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The parsed URL; the message of a refusal never repeats the URL, which may hold a password. */
    static SentinelUrl parse(String url) {
        if (!isSentinel(url)) {
            throw new IllegalArgumentException("not a Sentinel URL (redis-sentinel://host:port[,host:port]/db#master)");
        }
        String rest = url.substring(SCHEME.length());
        int hash = rest.indexOf('#');
        if (hash < 0 || hash == rest.length() - 1) {
            throw new IllegalArgumentException("a Sentinel URL ends with #<master name>");
        }
        String master = rest.substring(hash + 1);
        rest = rest.substring(0, hash);
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String credentials = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = credentials.indexOf(':');
            if (colon < 0) {
                password = decode(credentials);
            } else {
                user = colon == 0 ? null : decode(credentials.substring(0, colon));
                password = decode(credentials.substring(colon + 1));
            }
        }
        int database = 0;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String db = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            if (!db.isEmpty()) {
                if (!db.matches("\\d{1,5}")) {
                    throw new IllegalArgumentException("the database of a Sentinel URL is a number");
                }
                database = Integer.parseInt(db);
            }
        }
        Set<HostAndPort> sentinels = new LinkedHashSet<>();
        for (String node : rest.split(",")) {
            String n = node.strip();
            if (n.isEmpty()) {
                continue;
            }
            int colon = n.lastIndexOf(':');
            try {
                sentinels.add(
                        colon < 0
                                ? new HostAndPort(n, DEFAULT_PORT)
                                : new HostAndPort(n.substring(0, colon), Integer.parseInt(n.substring(colon + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a sentinel's port is a number");
            }
        }
        if (sentinels.isEmpty()) {
            throw new IllegalArgumentException("a Sentinel URL names at least one sentinel");
        }
        return new SentinelUrl(master, Set.copyOf(sentinels), user, password, database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "SentinelUrl[master=" + master + ", sentinels=" + sentinels + ", database=" + database
                + (password == null ? "" : ", password=(set)") + "]";
    }
}
