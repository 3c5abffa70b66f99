package vn.gov.assistant.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Failed logins per login name, so that password guessing stops after a few tries: after {@code
 * maxFailures} failures in a row the login is locked for {@code lockout}; a success clears it.
 * Kept in this process and bounded (the least recently touched names go first), so that guesses at
 * made-up names cannot fill the memory.
 */
public final class LoginAttempts {

    /** How many login names are remembered at most. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final LinkedHashMap<String, Failures> failures;

    public LoginAttempts(int maxFailures, Duration lockout, int capacity, Clock clock) {
        if (maxFailures < 1 || capacity < 1) {
            throw new IllegalArgumentException("maxFailures and capacity must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lockout = Objects.requireNonNull(lockout);
        this.clock = Objects.requireNonNull(clock);
        this.failures = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True while the login is locked. */
    public synchronized boolean locked(String login) {
        Failures f = current(login);
        return f != null && f.lockedUntil() != null;
    }

    /**
     * A wrong password (or an unknown login): one more failure. True when this failure locked the
     * login.
     */
    public synchronized boolean failed(String login) {
        Instant now = clock.instant();
        Failures f = current(login);
        int count = (f == null ? 0 : f.count()) + 1;
        Instant lockedUntil = count >= maxFailures ? now.plus(lockout) : null;
        failures.put(key(login), new Failures(count, now, lockedUntil));
        return lockedUntil != null && (f == null || f.lockedUntil() == null);
    }

    /** A successful login: the count starts again. */
    public synchronized void succeeded(String login) {
        failures.remove(key(login));
    }

    synchronized int size() {
        return failures.size();
    }

    /** The login's failures, forgotten once a lock has run out or no failure came for a lockout's time. */
    private Failures current(String login) {
        String key = key(login);
        Failures f = failures.get(key);
        if (f == null) {
            return null;
        }
        Instant now = clock.instant();
        boolean lockOver = f.lockedUntil() != null && !now.isBefore(f.lockedUntil());
        boolean stale = f.lockedUntil() == null && !now.isBefore(f.last().plus(lockout));
        if (lockOver || stale) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
