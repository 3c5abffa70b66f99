package vn.gov.assistant.knowledge.catalog;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * What a re-import would change in the catalog being served, procedure by procedure: added (not
 * served), changed (which {@link ProcedureField fields}, before and after), unchanged, and removed
 * (served, but missing from an upload declared to be a ministry's complete catalog). Plain data,
 * computed once; the line-by-line view of a changed field is computed when asked for.
 *
 * <p>What an upload cannot know is taken from the served record before comparing: the ministry of
 * a record uploaded without its ministry folder, and the address of a page uploaded as a file.
 */
public final class CatalogDiff {

    /** What a re-import does to one procedure. */
    public enum Kind {
        ADDED,
        CHANGED,
        REMOVED,
        UNCHANGED
    }

    /** One procedure: its served and imported records (either may be null) and the fields that differ. */
    public record Entry(
            ProcedureCode code, Kind kind, Procedure served, Procedure imported, List<FieldChange> changes) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            changes = List.copyOf(changes);
        }

        /** The record this entry is about: the imported one, or the served one when it is removed. */
        public Procedure record() {
            return imported != null ? imported : served;
        }
    }

    /** One field that differs, as lines before and after. */
    public record FieldChange(ProcedureField field, List<String> before, List<String> after) {
        public FieldChange {
            Objects.requireNonNull(field, "field");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /**
         * Both versions as one list of lines: kept, removed, added; a line changed is shown removed
         * then added, with the words that differ marked.
         */
        public List<Line> lines() {
            return LineDiff.of(before, after);
        }
    }

    /** A line of a field's comparison. */
    public record Line(Change change, List<Segment> segments) {
        public enum Change {
            KEPT,
            REMOVED,
            ADDED
        }

        public Line {
            Objects.requireNonNull(change, "change");
            segments = List.copyOf(segments);
        }

        public String text() {
            StringBuilder s = new StringBuilder();
            segments.forEach(g -> s.append(g.text()));
            return s.toString();
        }
    }

    /** Part of a line; {@code changed}: these words differ from the other version of the line. */
    public record Segment(String text, boolean changed) {}

    private final List<Entry> entries;
    private final Map<ProcedureCode, Entry> byCode = new HashMap<>();

    private CatalogDiff(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            byCode.put(e.code(), e);
        }
    }

    /**
     * Compares imported records with the served catalog.
     *
     * @param completeMinistries the ministries (folder names) whose complete catalog the upload is
     *     declared to be: their served procedures missing from it are removed
     * @param mentioned codes the upload has records for, imported or not (a record set aside as
     *     broken is not a procedure withdrawn): never removed
     */
    public static CatalogDiff compare(
            Catalog served,
            Collection<Procedure> imported,
            Set<String> completeMinistries,
            Set<ProcedureCode> mentioned) {
        List<Entry> out = new ArrayList<>();
        Set<ProcedureCode> importedCodes = new java.util.HashSet<>();
        for (Procedure after : imported) {
            if (!importedCodes.add(after.code())) {
                throw new IllegalArgumentException("procedure " + after.code() + " imported twice");
            }
            Procedure before = served.find(after.code()).orElse(null);
            if (before == null) {
                out.add(new Entry(after.code(), Kind.ADDED, null, after, List.of()));
                continue;
            }
            Procedure completed = completed(after, before);
            List<FieldChange> changes = changes(before, completed);
            out.add(new Entry(
                    after.code(), changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, before, completed, changes));
        }
        for (Procedure p : served.procedures()) {
            if (completeMinistries.contains(p.ministry())
                    && !importedCodes.contains(p.code())
                    && !mentioned.contains(p.code())) {
                out.add(new Entry(p.code(), Kind.REMOVED, p, null, List.of()));
            }
        }
        out.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::code));
        return new CatalogDiff(out);
    }

    /** The fields in which two records differ, in the order of {@link ProcedureField}. */
    public static List<FieldChange> changes(Procedure before, Procedure after) {
        List<FieldChange> out = new ArrayList<>();
        for (ProcedureField field : ProcedureField.values()) {
            List<String> a = field.lines(before);
            List<String> b = field.lines(after);
            if (!a.equals(b)) {
                out.add(new FieldChange(field, a, b));
            }
        }
        return out;
    }

    /** Every procedure, added first, then changed, removed and unchanged, each by code. */
    public List<Entry> entries() {
        return entries;
    }

    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public Optional<Entry> entry(ProcedureCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** How many procedures of each kind, every kind present (0 for none). */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
        }
        entries.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /** The imported record with what the upload could not know taken from the served one. */
    private static Procedure completed(Procedure imported, Procedure served) {
        boolean ministry = imported.ministry().isEmpty() && !served.ministry().isEmpty();
        boolean source = imported.sourceUrl().isEmpty() && !served.sourceUrl().isEmpty();
        if (!ministry && !source) {
            return imported;
        }
        return new Procedure(
                imported.code(),
                imported.name(),
                imported.domain(),
                imported.levels(),
                imported.procedureType(),
                imported.agencies(),
                imported.targetGroups(),
                imported.steps(),
                imported.channels(),
                imported.documents(),
                imported.conditions(),
                imported.results(),
                imported.legalBasis(),
                imported.decisionNumber(),
                source ? served.sourceUrl() : imported.sourceUrl(),
                ministry ? served.ministry() : imported.ministry(),
                imported.importedAt(),
                imported.note(),
                imported.revisedAt());
    }

    /** Line and word comparison (java-diff-utils' Myers diff). */
    private static final class LineDiff {

        /** Words and the spaces between them, so that joined again they are the line. */
        private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

        static List<Line> of(List<String> before, List<String> after) {
            List<Line> out = new ArrayList<>();
            int kept = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
                Chunk<String> source = delta.getSource();
                Chunk<String> target = delta.getTarget();
                for (int i = kept; i < source.getPosition(); i++) {
                    out.add(new Line(Line.Change.KEPT, List.of(new Segment(before.get(i), false))));
                }
                List<String> removed = delta.getType() == DeltaType.INSERT ? List.of() : source.getLines();
                List<String> added = delta.getType() == DeltaType.DELETE ? List.of() : target.getLines();
                int paired = Math.min(removed.size(), added.size());
                for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
                    if (k < paired) {
                        List<List<Segment>> words = words(removed.get(k), added.get(k));
                        out.add(new Line(Line.Change.REMOVED, words.get(0)));
                        out.add(new Line(Line.Change.ADDED, words.get(1)));
                    } else if (k < removed.size()) {
                        out.add(new Line(Line.Change.REMOVED, List.of(new Segment(removed.get(k), true))));
                    } else {
                        out.add(new Line(Line.Change.ADDED, List.of(new Segment(added.get(k), true))));
                    }
                }
                kept = source.getPosition() + source.size();
            }
            for (int i = kept; i < before.size(); i++) {
                out.add(new Line(Line.Change.KEPT, List.of(new Segment(before.get(i), false))));
            }
            return out;
        }

        /** The two versions of a line, each as segments with the words that differ marked. */
        private static List<List<Segment>> words(String before, String after) {
            List<String> a = List.of(WORDS.split(before, -1));
            List<String> b = List.of(WORDS.split(after, -1));
            boolean[] changedA = new boolean[a.size()];
            boolean[] changedB = new boolean[b.size()];
            for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
                mark(changedA, delta.getSource());
                mark(changedB, delta.getTarget());
            }
            return List.of(segments(a, changedA), segments(b, changedB));
        }

        private static void mark(boolean[] changed, Chunk<String> chunk) {
            for (int i = 0; i < chunk.size(); i++) {
                changed[chunk.getPosition() + i] = true;
            }
        }

        private static List<Segment> segments(List<String> words, boolean[] changed) {
            List<Segment> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            boolean runChanged = false;
            for (int i = 0; i < words.size(); i++) {
                // a space between two changed words belongs to the change
                boolean c = changed[i]
                        || (words.get(i).isBlank()
                                && i > 0
                                && i + 1 < words.size()
                                && changed[i - 1]
                                && changed[i + 1]);
                if (c != runChanged && !run.isEmpty()) {
                    out.add(new Segment(run.toString(), runChanged));
                    run.setLength(0);
                }
                runChanged = c;
                run.append(words.get(i));
            }
            if (!run.isEmpty()) {
                out.add(new Segment(run.toString(), runChanged));
            }
            return out;
        }
    }
}
