package vn.gov.assistant.admin.reimport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.knowledge.importer.CatalogUpload;

/**
 * Uploads read and waiting for staff to review and publish them, kept on this instance (a staff
 * session lives on one instance) so that the records are read once and never uploaded again. One
 * per staff session: a new upload replaces the session's previous one. Bounded: at most {@code
 * max} at once (the oldest goes first) and each for {@code ttl}; an id is unguessable and only its
 * own session finds it.
 */
final class PendingImports {

    /** An upload waiting: its id, whose it is, when and from what it was read, and what it holds. */
    record Pending(
            String id, String owner, String session, Instant created, String source, CatalogUpload.Result upload) {}

    private final int max;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** In the order they were added: the first is the oldest. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    PendingImports(int max, Duration ttl, Clock clock) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        this.max = max;
        this.ttl = Objects.requireNonNull(ttl);
        this.clock = Objects.requireNonNull(clock);
    }

    synchronized Pending add(String owner, String session, String source, CatalogUpload.Result upload) {
        expire();
        pending.values().removeIf(p -> p.session().equals(session));
        while (pending.size() >= max) {
            Iterator<String> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        Pending added = new Pending(
                Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                owner,
                session,
                clock.instant(),
                source,
                upload);
        pending.put(added.id(), added);
        return added;
    }

    /** The upload of this id, if it is still waiting and belongs to this staff member's session. */
    synchronized Optional<Pending> find(String id, String owner, String session) {
        expire();
        Pending p = pending.get(id);
        return p != null && p.owner().equals(owner) && p.session().equals(session) ? Optional.of(p) : Optional.empty();
    }

    /** The session's waiting upload, if any. */
    synchronized Optional<Pending> ofSession(String owner, String session) {
        expire();
        return pending.values().stream()
                .filter(p -> p.owner().equals(owner) && p.session().equals(session))
                .findFirst();
    }

    synchronized void remove(String id) {
        pending.remove(id);
    }

    /** When an upload of now stops waiting. */
    Instant expiresAt(Pending p) {
        return p.created().plus(ttl);
    }

    private void expire() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !now.isBefore(p.created().plus(ttl)));
    }
}
