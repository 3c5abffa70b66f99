package vn.gov.assistant.admin.reimport;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.assistant.core.knowledge.CatalogReimport;
import vn.gov.assistant.knowledge.catalog.CatalogDiff;
import vn.gov.assistant.knowledge.catalog.Ministries;
import vn.gov.assistant.knowledge.catalog.ProcedureField;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** What the review page of a re-import shows, in staff's words; every text is escaped by the template. */
record ReviewPage(
        String id,
        String source,
        String uploadedBy,
        String uploadedAt,
        String expiresAt,
        int read,
        long rejected,
        int skippedFiles,
        List<IssueRow> issues,
        List<MinistryOption> ministries,
        List<String> complete,
        long revision,
        List<Count> counts,
        List<Section> sections,
        List<Named> unchanged) {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    /** One issue of the upload: which record, set aside or read with a warning, why. */
    record IssueRow(String record, boolean rejected, String text) {}

    /** A ministry of the upload that staff may declare complete. */
    record MinistryOption(String folder, String name, boolean checked) {}

    /** A summary figure. */
    record Count(String kind, String label, int count) {}

    /** Added, changed or removed procedures, each with a checkbox. */
    record Section(String kind, String title, String hint, List<Row> rows) {}

    /** A procedure of a section. */
    record Row(
            String code,
            String name,
            String meta,
            List<String> changedFields,
            List<String> flags,
            boolean checked,
            List<FieldView> fields) {}

    /** A field's lines, before and after. */
    record FieldView(String label, List<LineView> lines) {}

    /** One line: kept, removed or added, with the words that changed marked. */
    record LineView(String change, String sign, List<CatalogDiff.Segment> segments) {}

    /** A procedure named by code and name. */
    record Named(String code, String name) {}

    static ReviewPage of(
            PendingImports.Pending pending,
            Instant expiresAt,
            CatalogReimport.Review review,
            Set<String> complete,
            Set<ProcedureCode> selected) {
        var upload = pending.upload();
        List<IssueRow> issues = upload.issues().stream()
                .sorted((a, b) -> Boolean.compare(b.rejected(), a.rejected()))
                .map(i -> new IssueRow(i.record(), i.rejected(), i.forStaff()))
                .toList();
        List<MinistryOption> ministries = upload.ministries().stream()
                .sorted()
                .map(m -> new MinistryOption(m, Ministries.name(m), complete.contains(m)))
                .toList();
        CatalogDiff diff = review.diff();
        var counts = diff.counts();
        List<Count> figures = List.of(
                new Count("added", "Thêm mới", counts.get(CatalogDiff.Kind.ADDED)),
                new Count("changed", "Thay đổi", counts.get(CatalogDiff.Kind.CHANGED)),
                new Count("removed", "Không còn trong danh mục", counts.get(CatalogDiff.Kind.REMOVED)),
                new Count("unchanged", "Không đổi", counts.get(CatalogDiff.Kind.UNCHANGED)),
                new Count("issues", "Cảnh báo khi đọc", issues.size()));
        List<Section> sections = new ArrayList<>();
        section(
                sections,
                review,
                CatalogDiff.Kind.ADDED,
                selected,
                "added",
                "Thủ tục thêm mới",
                "Chưa có trong danh mục đang phục vụ.");
        section(
                sections,
                review,
                CatalogDiff.Kind.CHANGED,
                selected,
                "changed",
                "Thủ tục thay đổi",
                "Bấm vào một thủ tục để xem từng trường trước và sau.");
        section(
                sections,
                review,
                CatalogDiff.Kind.REMOVED,
                selected,
                "removed",
                "Thủ tục không còn trong danh mục",
                "Có trong danh mục đang phục vụ nhưng không có trong bản tải lên. Đăng sẽ ẩn thủ tục khỏi câu trả lời;"
                        + " bản ghi và lịch sử vẫn giữ, có thể khôi phục.");
        List<Named> unchanged = diff.entries(CatalogDiff.Kind.UNCHANGED).stream()
                .map(e -> new Named(e.code().value(), e.record().name()))
                .toList();
        return new ReviewPage(
                pending.id(),
                pending.source(),
                pending.owner(),
                TIME.format(pending.created()),
                TIME.format(expiresAt),
                upload.read(),
                upload.rejected(),
                upload.skippedFiles(),
                issues,
                ministries,
                complete.stream().sorted().toList(),
                review.revision(),
                figures,
                sections,
                unchanged);
    }

    private static void section(
            List<Section> out,
            CatalogReimport.Review review,
            CatalogDiff.Kind kind,
            Set<ProcedureCode> selected,
            String key,
            String title,
            String hint) {
        List<Row> rows = new ArrayList<>();
        for (CatalogDiff.Entry e : review.diff().entries(kind)) {
            var mark = review.mark(e.code());
            List<String> flags = new ArrayList<>();
            boolean byDefault = kind != CatalogDiff.Kind.REMOVED;
            if (mark.isPresent()) {
                var m = mark.get();
                if (m.hidden()) {
                    flags.add("Cán bộ đã ẩn thủ tục này ngày " + DAY.format(m.hiddenAt())
                            + ": đăng sẽ hiện lại thủ tục.");
                    byDefault = false;
                }
                if (m.edited() && kind != CatalogDiff.Kind.REMOVED) {
                    flags.add("Cán bộ đã sửa ngày " + DAY.format(m.editedAt())
                            + " sau lần nhập trước: đăng sẽ thay nội dung cán bộ đã sửa bằng bản của Cổng.");
                    byDefault = false;
                }
                if (!m.note().isEmpty() && kind != CatalogDiff.Kind.REMOVED) {
                    flags.add("Ghi chú của cán bộ được giữ: \u201c" + m.note() + "\u201d");
                }
            }
            boolean checked = selected == null ? byDefault : selected.contains(e.code());
            rows.add(new Row(
                    e.code().value(),
                    e.record().name(),
                    meta(e.record()),
                    e.changes().stream().map(c -> c.field().label()).toList(),
                    flags,
                    checked,
                    fields(e)));
        }
        if (!rows.isEmpty()) {
            out.add(new Section(key, title, hint, rows));
        }
    }

    /** "Cấp xã · Đăng ký, quản lý cư trú · Bộ Công an". */
    private static String meta(Procedure p) {
        List<String> parts = new ArrayList<>();
        String levels = p.levels().stream().map(Level::label).collect(Collectors.joining(", "));
        if (!levels.isEmpty()) {
            parts.add(levels);
        }
        if (!p.domain().isEmpty()) {
            parts.add(p.domain());
        }
        if (!p.ministry().isEmpty()) {
            parts.add(Ministries.name(p.ministry()));
        }
        return String.join(" · ", parts);
    }

    /** Changed: the fields that differ; added: what the new record says; removed: nothing to compare. */
    private static List<FieldView> fields(CatalogDiff.Entry e) {
        List<CatalogDiff.FieldChange> shown =
                switch (e.kind()) {
                    case CHANGED -> e.changes();
                    case ADDED -> {
                        List<CatalogDiff.FieldChange> all = new ArrayList<>();
                        for (ProcedureField f : ProcedureField.values()) {
                            List<String> lines = f.lines(e.imported());
                            if (!lines.isEmpty()) {
                                all.add(new CatalogDiff.FieldChange(f, List.of(), lines));
                            }
                        }
                        yield all;
                    }
                    case REMOVED, UNCHANGED -> List.of();
                };
        return shown.stream()
                .map(c -> new FieldView(
                        c.field().label(),
                        c.lines().stream()
                                .map(l -> new LineView(
                                        l.change().name().toLowerCase(java.util.Locale.ROOT),
                                        switch (l.change()) {
                                            case KEPT -> " ";
                                            case REMOVED -> "−";
                                            case ADDED -> "+";
                                        },
                                        l.segments()))
                                .toList()))
                .toList();
    }

    /** What publishing did, shown once after the redirect. */
    record PublishSummary(int added, int changed, int hidden, int unchanged, String revisions, List<String> refused)
            implements Serializable {

        static PublishSummary of(CatalogReimport.Outcome outcome) {
            List<String> refused = outcome.refused().stream()
                    .map(r -> r.code().value() + ": " + r.reason())
                    .toList();
            String revisions = outcome.published().isEmpty()
                    ? ""
                    : outcome.published().size() == 1
                            ? "phiên bản " + outcome.published().getFirst().revision()
                            : "phiên bản " + outcome.published().getFirst().revision() + " đến "
                                    + outcome.published().getLast().revision();
            return new PublishSummary(
                    (int) outcome.count(CatalogDiff.Kind.ADDED),
                    (int) outcome.count(CatalogDiff.Kind.CHANGED),
                    (int) outcome.count(CatalogDiff.Kind.REMOVED),
                    outcome.unchanged().size(),
                    revisions,
                    new ArrayList<>(refused));
        }

        public int published() {
            return added + changed + hidden;
        }
    }
}
