package vn.gov.assistant.core.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.assistant.knowledge.catalog.CatalogDiff;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * A re-import of the portal's records, reviewed and published by staff: the {@link CatalogDiff} of
 * the records against the catalog as published, with what staff did to each procedure (corrected
 * it since its last import, hid it), then the procedures staff selected published through the
 * {@link KnowledgeCurator}, one change each, so that every one is versioned and can be restored.
 *
 * <p>A published record is the portal's, dated by the publication as its import and not as a
 * correction by staff; staff's note for citizens is kept (the portal has none, and it is still
 * staff's to change). A procedure the complete catalog of its ministry no longer lists is hidden,
 * its record kept. See docs/decisions/0016-catalog-reimport.md.
 */
public final class CatalogReimport {

    /** Every reason of a re-import's changes starts so in the history. */
    public static final String REASON_PREFIX = "Nhập lại từ Cổng dịch vụ công: ";

    private final KnowledgeCurator curator;
    private final Clock clock;

    public CatalogReimport(KnowledgeCurator curator, Clock clock) {
        this.curator = Objects.requireNonNull(curator, "curator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What staff did to a procedure that a re-import would overwrite: corrected it ({@code editedAt},
     * since its last import), hid it ({@code hiddenAt}), wrote a note for citizens (kept).
     */
    public record StaffMark(Instant editedAt, Instant hiddenAt, String note) {
        public StaffMark {
            note = note == null ? "" : note;
        }

        public boolean edited() {
            return editedAt != null;
        }

        public boolean hidden() {
            return hiddenAt != null;
        }
    }

    /** A re-import as staff review it: the published revision compared against, the diff, staff's marks. */
    public record Review(long revision, CatalogDiff diff, Map<ProcedureCode, StaffMark> marks) {
        public Review {
            Objects.requireNonNull(diff, "diff");
            marks = Map.copyOf(marks);
        }

        public Optional<StaffMark> mark(ProcedureCode code) {
            return Optional.ofNullable(marks.get(code));
        }
    }

    /**
     * Compares imported records with the knowledge as published (a publication whose index is still
     * being built included: what citizens see within seconds).
     */
    public Review review(Collection<Procedure> imported, Set<String> completeMinistries, Set<ProcedureCode> mentioned) {
        Curation published = curator.latest();
        CatalogDiff diff = CatalogDiff.compare(curator.latestCatalog(), imported, completeMinistries, mentioned);
        Map<ProcedureCode, StaffMark> marks = new HashMap<>();
        for (CatalogDiff.Entry e : diff.entries()) {
            staffMark(published, e).ifPresent(m -> marks.put(e.code(), m));
        }
        return new Review(published.revision(), diff, marks);
    }

    /** One procedure published: what the re-import did to it and the revision of its change. */
    public record Published(ProcedureCode code, CatalogDiff.Kind kind, long revision) {}

    /** One procedure not published, and why (for staff). */
    public record Refused(ProcedureCode code, String reason) {}

    /** What publishing did: published, left as they were (nothing to change), refused. */
    public record Outcome(List<Published> published, List<ProcedureCode> unchanged, List<Refused> refused) {
        public Outcome {
            published = List.copyOf(published);
            unchanged = List.copyOf(unchanged);
            refused = List.copyOf(refused);
        }

        public long count(CatalogDiff.Kind kind) {
            return published.stream().filter(p -> p.kind() == kind).count();
        }
    }

    /**
     * Publishes the selected procedures of a re-import, compared again with the knowledge as
     * published now: a procedure that no longer differs is left as it is (publishing the same re-import twice
     * changes nothing), one changed after staff saw the diff (after {@code seenRevision}) is refused.
     *
     * @throws CurationException when nothing is selected or the reason is missing: nothing changes
     */
    public Outcome publish(
            String author,
            Collection<Procedure> imported,
            Set<String> completeMinistries,
            Set<ProcedureCode> mentioned,
            Set<ProcedureCode> selected,
            long seenRevision,
            String reason) {
        if (selected.isEmpty()) {
            throw new CurationException("Hãy chọn ít nhất một thủ tục để đăng.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CurationException("Hãy ghi lý do của lần nhập lại này.");
        }
        CatalogDiff diff = CatalogDiff.compare(curator.latestCatalog(), imported, completeMinistries, mentioned);
        Instant now = clock.instant();
        List<ProcedureCode> unchanged = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<KnowledgeCurator.Change> changes = new ArrayList<>();
        Map<String, CatalogDiff.Kind> kinds = new HashMap<>();
        for (ProcedureCode code : selected.stream().sorted().toList()) {
            CatalogDiff.Entry entry = diff.entry(code).orElse(null);
            if (entry == null) {
                refused.add(new Refused(code, "Thủ tục này không có trong lần nhập lại."));
                continue;
            }
            if (entry.kind() == CatalogDiff.Kind.UNCHANGED) {
                unchanged.add(code);
                continue;
            }
            long head = curator.head(ChangeKind.PROCEDURE, code.value());
            if (head > seenRevision) {
                refused.add(new Refused(
                        code,
                        "Thủ tục này vừa được thay đổi (phiên bản " + head
                                + ") sau khi bạn xem so sánh. Hãy xem lại so sánh rồi đăng."));
                continue;
            }
            ProcedureCuration value = entry.kind() == CatalogDiff.Kind.REMOVED
                    ? new ProcedureCuration(entry.served(), true)
                    : new ProcedureCuration(entry.imported().imported(now, staffNote(curator.latest(), entry)), false);
            changes.add(new KnowledgeCurator.Change(ChangeKind.PROCEDURE, code.value(), value, head));
            kinds.put(code.value(), entry.kind());
        }
        List<Published> published = new ArrayList<>();
        if (!changes.isEmpty()) {
            for (KnowledgeCurator.Outcome o : curator.publishAll(author, changes, REASON_PREFIX + why)) {
                ProcedureCode code = ProcedureCode.of(o.change().key());
                if (o.published()) {
                    published.add(new Published(
                            code, kinds.get(code.value()), o.stored().revision()));
                } else {
                    refused.add(new Refused(code, o.refusal()));
                }
            }
        }
        return new Outcome(published, unchanged, refused);
    }

    /** What staff did to the procedure of an entry, if anything. */
    private static Optional<StaffMark> staffMark(Curation curation, CatalogDiff.Entry entry) {
        Procedure served = entry.served();
        if (served != null) {
            return served.isRevised() || !served.note().isEmpty()
                    ? Optional.of(new StaffMark(served.revisedAt(), null, served.note()))
                    : Optional.empty();
        }
        // not served: hidden by staff (or by an earlier re-import), or never in the catalog
        return curation.change(ChangeKind.PROCEDURE, entry.code().value()).flatMap(change -> {
            ProcedureCuration c = KnowledgeCodec.value(change, ProcedureCuration.class);
            return c.hidden()
                    ? Optional.of(new StaffMark(
                            c.record().isRevised() ? c.record().revisedAt() : null,
                            change.at(),
                            c.record().note()))
                    : Optional.empty();
        });
    }

    private static String staffNote(Curation curation, CatalogDiff.Entry entry) {
        if (entry.served() != null) {
            return entry.served().note();
        }
        return curation.value(ChangeKind.PROCEDURE, entry.code().value(), ProcedureCuration.class)
                .map(c -> c.record().note())
                .orElse("");
    }
}
