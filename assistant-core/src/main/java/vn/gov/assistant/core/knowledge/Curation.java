package vn.gov.assistant.core.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.assistant.core.servicepoint.ServicePoint;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * The curated knowledge as of one revision: the latest value of every key of the change log, in
 * the order the keys first appeared. Immutable.
 */
public final class Curation {

    private final long revision;
    private final Map<ChangeKind, Map<String, KnowledgeChange>> latest;

    private Curation(long revision, Map<ChangeKind, Map<String, KnowledgeChange>> latest) {
        this.revision = revision;
        this.latest = latest;
    }

    public static Curation empty() {
        return fold(List.of());
    }

    /** The state after {@code changes}, applied in order. */
    public static Curation fold(List<KnowledgeChange> changes) {
        Map<ChangeKind, Map<String, KnowledgeChange>> latest = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            latest.put(kind, new LinkedHashMap<>());
        }
        long revision = 0;
        for (KnowledgeChange c : changes) {
            Map<String, KnowledgeChange> byKey = latest.get(c.kind());
            if (c.removes()) {
                byKey.remove(c.key());
            } else {
                byKey.put(c.key(), c);
            }
            revision = Math.max(revision, c.revision());
        }
        latest.replaceAll((kind, byKey) -> Collections.unmodifiableMap(byKey));
        return new Curation(revision, Collections.unmodifiableMap(latest));
    }

    /** The revision of the last change folded in; 0 for none. */
    public long revision() {
        return revision;
    }

    /** The current values of one kind, in the order their keys first appeared. */
    public <T> List<T> values(ChangeKind kind, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (KnowledgeChange c : latest.get(kind).values()) {
            out.add(KnowledgeCodec.value(c, type));
        }
        return out;
    }

    /** The current value of one key. */
    public <T> Optional<T> value(ChangeKind kind, String key, Class<T> type) {
        return Optional.ofNullable(latest.get(kind).get(key)).map(c -> KnowledgeCodec.value(c, type));
    }

    /** The changes that set the current values of one kind, in the order their keys first appeared. */
    public List<KnowledgeChange> changes(ChangeKind kind) {
        return List.copyOf(latest.get(kind).values());
    }

    /** The change that set the current value of a key. */
    public Optional<KnowledgeChange> change(ChangeKind kind, String key) {
        return Optional.ofNullable(latest.get(kind).get(key));
    }

    public List<ProcedureCuration> procedures() {
        return values(ChangeKind.PROCEDURE, ProcedureCuration.class);
    }

    public List<EverydayName> everydayNames() {
        return values(ChangeKind.EVERYDAY_NAME, EverydayName.class);
    }

    public List<Abbreviation> abbreviations() {
        return values(ChangeKind.ABBREVIATION, Abbreviation.class);
    }

    public List<IntentExample> intentExamples() {
        return values(ChangeKind.INTENT_EXAMPLE, IntentExample.class);
    }

    public List<CannedAnswer> cannedAnswers() {
        return values(ChangeKind.CANNED_ANSWER, CannedAnswer.class);
    }

    public List<ServicePoint> servicePoints() {
        return values(ChangeKind.SERVICE_POINT, ServicePoint.class);
    }

    /**
     * The catalog citizens are served: the bundled records with staff's versions in their place,
     * the procedures staff added after them, and none of those staff hid.
     */
    public Catalog apply(Catalog bundled) {
        Map<ProcedureCode, ProcedureCuration> curated = new LinkedHashMap<>();
        for (ProcedureCuration c : procedures()) {
            curated.put(c.record().code(), c);
        }
        List<Procedure> served = new ArrayList<>(bundled.size() + curated.size());
        for (Procedure p : bundled.procedures()) {
            ProcedureCuration c = curated.remove(p.code());
            if (c == null) {
                served.add(p);
            } else if (!c.hidden()) {
                served.add(c.record());
            }
        }
        for (ProcedureCuration c : curated.values()) {
            if (!c.hidden()) {
                served.add(c.record());
            }
        }
        return Catalog.of(served);
    }
}
