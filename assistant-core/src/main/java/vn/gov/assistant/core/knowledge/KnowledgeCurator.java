package vn.gov.assistant.core.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.state.StateUnavailableException;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * Staff's side of the knowledge: every change goes through here, with its author and a required
 * reason, is checked against the version the author saw (two editors never overwrite each other
 * silently), appended to the log and audited; every instance (this one at once, the others at their
 * next poll) then builds the new index aside and serves it within seconds. Any version can be compared with another and restored.
 */
public final class KnowledgeCurator {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    private final LiveKnowledge live;
    private final KnowledgeLog changesLog;
    private final AuditLog audit;
    private final Clock clock;

    public KnowledgeCurator(LiveKnowledge live, KnowledgeLog changesLog, AuditLog audit, Clock clock) {
        this.live = Objects.requireNonNull(live);
        this.changesLog = Objects.requireNonNull(changesLog);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Publishes a new value of an entry ({@code value} null: removes it).
     *
     * @param expectedHead the revision of the entry's version the author edited (0: none yet), or
     *     {@link KnowledgeLog#ANY}
     * @throws CurationException with a message for staff when the reason is missing or someone
     *     else changed the entry meanwhile
     */
    public KnowledgeChange publish(
            String author, ChangeKind kind, String key, Object value, String reason, long expectedHead) {
        KnowledgeChange stored = append(author, kind, key, value, checkedReason(reason), expectedHead);
        refreshQuietly();
        return stored;
    }

    /** One change of a batch: the entry, its new value (null: removes it) and the version its author saw. */
    public record Change(ChangeKind kind, String key, Object value, long expectedHead) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
        }
    }

    /** What became of one change of a batch: {@code stored}, or refused for the reason given to staff. */
    public record Outcome(Change change, KnowledgeChange stored, String refusal) {
        public boolean published() {
            return stored != null;
        }
    }

    /**
     * Publishes several changes with one reason (a re-import): each is a version of its own, checked
     * against the version its author saw, audited and restorable, but this instance builds the
     * knowledge it serves once, after the last. A change refused (someone changed the entry
     * meanwhile) does not stop the others; when the log cannot be reached, it and the rest are
     * refused.
     *
     * @throws CurationException when the reason is missing or too long: nothing is published
     */
    public List<Outcome> publishAll(String author, List<Change> changes, String reason) {
        Objects.requireNonNull(author, "author");
        String why = checkedReason(reason);
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        boolean reachable = true;
        for (Change c : changes) {
            if (!reachable) {
                outcomes.add(new Outcome(c, null, UNREACHABLE));
                continue;
            }
            try {
                outcomes.add(new Outcome(c, append(author, c.kind(), c.key(), c.value(), why, c.expectedHead()), null));
            } catch (CurationException e) {
                outcomes.add(new Outcome(c, null, e.getMessage()));
            } catch (StateUnavailableException e) {
                reachable = false;
                outcomes.add(new Outcome(c, null, UNREACHABLE));
            }
        }
        if (outcomes.stream().anyMatch(Outcome::published)) {
            refreshQuietly();
        }
        return outcomes;
    }

    private static final String UNREACHABLE =
            "Chưa lưu được: kho tri thức tạm thời không truy cập được. Hãy thử lại sau ít phút.";

    private static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CurationException("Hãy ghi lý do của thay đổi.");
        }
        if (why.length() > MAX_REASON) {
            throw new CurationException("Lý do dài quá " + MAX_REASON + " ký tự.");
        }
        return why;
    }

    /** Appends one change to the log and audits it; the caller serves it. */
    private KnowledgeChange append(
            String author, ChangeKind kind, String key, Object value, String why, long expectedHead) {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new CurationException("Thiếu khóa của mục cần thay đổi.");
        }
        KnowledgeChange change = new KnowledgeChange(
                0, kind, key.strip(), KnowledgeCodec.payload(kind, value), author, clock.instant(), why);
        KnowledgeChange stored;
        try {
            stored = changesLog.append(change, expectedHead);
        } catch (ConflictingChangeException e) {
            throw new CurationException("Mục này vừa được người khác thay đổi (phiên bản " + e.currentHead()
                    + "). Hãy tải lại trang, xem thay đổi đó rồi sửa lại.");
        }
        audit.record(new AuditEntry(
                stored.at(),
                author,
                "knowledge." + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + (stored.removes() ? ".remove" : ".change"),
                stored.key(),
                "phiên bản " + stored.revision() + ": " + why));
        return stored;
    }

    private void refreshQuietly() {
        if (servingAtOnce) {
            try {
                live.refresh(); // on this thread: served when publish returns
                return;
            } catch (RuntimeException e) {
                // published: the timer serves it as soon as the log can be read again
            }
        }
        try {
            live.read(); // its history and the latest values show it at once
        } catch (RuntimeException e) {
            // published: the timer reads it as soon as the log can be read again
        }
        live.refreshSoon(); // the index is built aside, in seconds; the request does not wait
    }

    private boolean servingAtOnce;

    /**
     * This curator serving each publication before it returns (the index is built on the caller's
     * thread), for tools and tests that need the change served when the call ends; the console
     * does not wait.
     */
    public KnowledgeCurator servingAtOnce() {
        this.servingAtOnce = true;
        return this;
    }

    /**
     * Publishes a procedure as staff corrected it: {@code edited} is the whole record (with their
     * note for citizens), dated now; {@code hidden} keeps it from citizens.
     */
    public KnowledgeChange publishProcedure(
            String author, Procedure edited, boolean hidden, String reason, long expectedHead) {
        Procedure dated = edited.revised(edited.note(), clock.instant());
        return publish(
                author,
                ChangeKind.PROCEDURE,
                dated.code().value(),
                new ProcedureCuration(dated, hidden),
                reason,
                expectedHead);
    }

    /**
     * Restores the version an entry had at {@code revision} (0: the original, before any change)
     * as a new change: nothing in the history is lost, and the restore can itself be undone.
     */
    public KnowledgeChange restore(String author, ChangeKind kind, String key, long revision, String reason) {
        List<KnowledgeChange> history = history(kind, key);
        if (history.isEmpty()) {
            throw new CurationException("Mục này chưa có thay đổi nào để khôi phục.");
        }
        String payload;
        if (revision == 0) {
            payload = null;
        } else {
            payload = history.stream()
                    .filter(c -> c.revision() == revision)
                    .findFirst()
                    .orElseThrow(() -> new CurationException("Không có phiên bản " + revision + " của mục này."))
                    .payload();
        }
        Object value = payload == null ? null : KnowledgeCodec.read(payload, kind.payloadType());
        if (value instanceof ProcedureCuration c) {
            // the restored record is dated by the restore: that is when citizens see it change
            value = new ProcedureCuration(c.record().revised(c.record().note(), clock.instant()), c.hidden());
        }
        String why = reason == null || reason.isBlank() ? "" : reason.strip();
        String label = revision == 0 ? "bản gốc" : "phiên bản " + revision;
        return publish(
                author,
                kind,
                key,
                value,
                why.isEmpty() ? "" : "Khôi phục " + label + ": " + why,
                history.get(0).revision());
    }

    /** The changes of one entry, newest first. */
    public List<KnowledgeChange> history(ChangeKind kind, String key) {
        List<KnowledgeChange> out = new ArrayList<>();
        for (KnowledgeChange c : live.changes()) {
            if (c.kind() == kind && c.key().equals(key)) {
                out.add(0, c);
            }
        }
        return out;
    }

    /** The revision of an entry's latest change, 0 when it was never changed. */
    public long head(ChangeKind kind, String key) {
        List<KnowledgeChange> history = history(kind, key);
        return history.isEmpty() ? 0 : history.get(0).revision();
    }

    /** The change at {@code revision}, if there is one. */
    public Optional<KnowledgeChange> change(long revision) {
        List<KnowledgeChange> all = live.changes();
        return revision >= 1
                        && revision <= all.size()
                        && all.get((int) revision - 1).revision() == revision
                ? Optional.of(all.get((int) revision - 1))
                : all.stream().filter(c -> c.revision() == revision).findFirst();
    }

    /** The knowledge being served. */
    public KnowledgeSnapshot current() {
        return live.current();
    }

    /** The curated entries as published, including changes whose index is still being built. */
    public Curation latest() {
        return live.latest();
    }

    /** The catalog as published, including changes whose index is still being built. */
    public Catalog latestCatalog() {
        return live.latestCatalog();
    }

    /** Whether {@code revision} is served by this instance yet. */
    public boolean served(long revision) {
        return live.current().revision() >= revision;
    }

    /** The most recent changes of every kind, newest first. */
    public List<KnowledgeChange> recent(int max) {
        List<KnowledgeChange> all = live.changes();
        List<KnowledgeChange> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < max; i--) {
            out.add(all.get(i));
        }
        return out;
    }
}
