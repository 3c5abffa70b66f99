package vn.gov.assistant.core.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;
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
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CurationException("Hãy ghi lý do của thay đổi.");
        }
        if (why.length() > MAX_REASON) {
            throw new CurationException("Lý do dài quá " + MAX_REASON + " ký tự.");
        }
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
        try {
            live.read(); // its history and the latest values show it at once
        } catch (RuntimeException e) {
            // published: the timer reads it as soon as the log can be read again
        }
        live.refreshSoon(); // the index is built aside, in seconds; the request does not wait
        return stored;
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
