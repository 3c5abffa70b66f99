package vn.gov.assistant.core.unanswered;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.assistant.core.knowledge.CannedAnswer;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.Curation;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.core.knowledge.UnansweredResolution;
import vn.gov.assistant.core.knowledge.UnansweredResolution.Outcome;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Staff's side of the unanswered questions: the kept questions grouped by similarity
 * ({@link QuestionGroups}) with the resolutions published so far, the three ways to resolve a
 * group (link it to a procedure, which teaches the search the group's words as an everyday name;
 * answer it with a canned answer; mark it out of scope), each published through the
 * {@link KnowledgeCurator} (reason required, checked against the version staff saw, audited), and
 * the measure of a resolution: its questions asked again of the knowledge served now.
 */
public final class UnansweredDesk {

    /** {@code threshold}: the similarity a question needs to join a group; {@code retention}: how long questions are kept. */
    public record Settings(double threshold, Duration retention) {
        public static final Settings DEFAULT = new Settings(QuestionGroups.DEFAULT_THRESHOLD, Duration.ofDays(180));

        public Settings {
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("the similarity threshold is in (0, 1]: " + threshold);
            }
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("the retention must be positive");
            }
        }
    }

    /** The groups of a period: those still open (most asked first) and those resolved (latest first). */
    public record Overview(Instant from, List<UnansweredGroup> open, List<UnansweredGroup> resolved) {
        public Overview {
            open = List.copyOf(open);
            resolved = List.copyOf(resolved);
        }
    }

    /** A procedure staff can link a group to. */
    public record ProcedureChoice(String code, String name) {}

    /** The longest everyday name, title and canned answer accepted, in characters. */
    public static final int MAX_NAME = 150;

    public static final int MAX_TITLE = 150;
    public static final int MAX_ANSWER = 4_000;

    private static final int TYPICAL_CANDIDATES = 100;
    private static final int MAX_RECHECKS = 1_000;

    private final UnansweredQuestions questions;
    private final KnowledgeCurator curator;
    private final Settings settings;
    private final Clock clock;
    private final Map<String, Recheck> rechecks = new ConcurrentHashMap<>();

    public UnansweredDesk(UnansweredQuestions questions, KnowledgeCurator curator, Settings settings, Clock clock) {
        this.questions = Objects.requireNonNull(questions);
        this.curator = Objects.requireNonNull(curator);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    public Settings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- the groups

    /**
     * The groups with questions in the last {@code period}: open ones (never resolved, or linked or
     * answered and still asked since) by count, and every resolved one. A group resolved as out of
     * scope is never open again, whatever is asked later.
     */
    public Overview overview(Duration period) {
        Instant now = clock.instant();
        Instant from = now.minus(period.compareTo(settings.retention()) > 0 ? settings.retention() : period);
        List<UnansweredGroup> open = new ArrayList<>();
        List<UnansweredGroup> resolved = new ArrayList<>();
        for (UnansweredGroup g : groups(from)) {
            boolean outOfScope =
                    g.resolution().map(r -> r.outcome() == Outcome.OUT_OF_SCOPE).orElse(false);
            if (g.resolution().isPresent()) {
                resolved.add(g);
            }
            if (g.count() > 0 && !outOfScope) {
                open.add(g);
            }
        }
        open.sort(Comparator.comparingInt(UnansweredGroup::count)
                .reversed()
                .thenComparing(UnansweredGroup::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())));
        resolved.sort(Comparator.comparing(
                (UnansweredGroup g) -> g.resolution().orElseThrow().at(), Comparator.reverseOrder()));
        return new Overview(from, open, resolved);
    }

    /** One group, over every question kept. */
    public Optional<UnansweredGroup> group(String key) {
        Instant from = clock.instant().minus(settings.retention());
        return groups(from).stream().filter(g -> g.key().equals(key)).findFirst();
    }

    private List<UnansweredGroup> groups(Instant from) {
        KnowledgeSnapshot served = curator.current();
        Curation curation = curator.latest(); // resolutions show at once, while the index is built
        Map<String, KnowledgeChange> resolutions = new LinkedHashMap<>();
        for (KnowledgeChange c : curation.changes(ChangeKind.UNANSWERED)) {
            resolutions.put(c.key(), c);
        }
        Map<String, Long> heads = heads();
        List<UnansweredQuestion> kept = questions.since(clock.instant().minus(settings.retention()));
        List<UnansweredGroup> out = new ArrayList<>();
        for (QuestionGroups.Cluster c :
                QuestionGroups.group(kept, List.copyOf(resolutions.keySet()), settings.threshold())) {
            KnowledgeChange change = resolutions.get(c.key());
            Optional<UnansweredGroup.Resolution> resolution =
                    Optional.ofNullable(change).map(ch -> resolution(ch, served, curation));
            out.add(group(c, from, resolution, heads.getOrDefault(c.key(), 0L)));
        }
        return out;
    }

    /** The revision of every group key's latest change (a removal included). */
    private Map<String, Long> heads() {
        Map<String, Long> heads = new HashMap<>();
        for (KnowledgeChange c : curator.recent(Integer.MAX_VALUE)) { // newest first
            if (c.kind() == ChangeKind.UNANSWERED) {
                heads.putIfAbsent(c.key(), c.revision());
            }
        }
        return heads;
    }

    private static UnansweredGroup.Resolution resolution(
            KnowledgeChange change, KnowledgeSnapshot served, Curation curation) {
        UnansweredResolution r = KnowledgeCodec.value(change, UnansweredResolution.class);
        String name =
                switch (r.outcome()) {
                    case LINKED -> procedureName(served, r.target()).orElse("");
                    case CANNED -> curation.value(ChangeKind.CANNED_ANSWER, r.target(), CannedAnswer.class)
                            .map(CannedAnswer::title)
                            .orElse("");
                    case OUT_OF_SCOPE -> "";
                };
        return new UnansweredGroup.Resolution(
                r.outcome(),
                r.target(),
                name,
                change.author(),
                change.at(),
                change.reason(),
                change.revision(),
                r.questions());
    }

    private static Optional<String> procedureName(KnowledgeSnapshot served, String code) {
        if (!ProcedureCode.isValid(code)) {
            return Optional.empty();
        }
        return served.catalog().find(ProcedureCode.of(code)).map(Procedure::name);
    }

    private static UnansweredGroup group(
            QuestionGroups.Cluster c, Instant from, Optional<UnansweredGroup.Resolution> resolution, long head) {
        Instant since = resolution.map(UnansweredGroup.Resolution::at).orElse(null);
        List<UnansweredQuestion> counted = new ArrayList<>();
        for (UnansweredQuestion q : c.members()) {
            if (!q.at().isBefore(from) && (since == null || q.at().isAfter(since))) {
                counted.add(q);
            }
        }
        List<UnansweredQuestion> shown = counted.isEmpty() ? c.members() : counted;
        Map<String, Integer> channels = new TreeMap<>();
        Map<UnansweredQuestion.Reason, Integer> reasons = new EnumMap<>(UnansweredQuestion.Reason.class);
        for (UnansweredQuestion q : counted) {
            channels.merge(q.channel(), 1, Integer::sum);
            reasons.merge(q.reason(), 1, Integer::sum);
        }
        List<Phrasing> phrasings = phrasings(c.members());
        List<String> distinct = phrasings.stream()
                .limit(UnansweredGroup.MAX_PHRASINGS)
                .map(Phrasing::text)
                .toList();
        if (distinct.isEmpty()) {
            distinct = resolution.map(UnansweredGroup.Resolution::questions).orElse(List.of());
        }
        String typical = typical(phrasings).orElse(distinct.isEmpty() ? c.key() : distinct.getFirst());
        return new UnansweredGroup(
                c.key(),
                typical,
                counted.size(),
                c.members().size(),
                shown.isEmpty() ? null : shown.getFirst().at(),
                shown.isEmpty() ? null : shown.getLast().at(),
                channels,
                reasons,
                examples(shown, phrasings),
                distinct,
                resolution,
                head);
    }

    /** A phrasing: questions that fold to the same words, shown as the latest with diacritics if any. */
    private record Phrasing(String folded, String text, int count, QuestionFeatures features) {}

    /** The distinct phrasings of the questions, most frequent first (then latest first). */
    private static List<Phrasing> phrasings(List<UnansweredQuestion> members) {
        Map<String, String> text = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        for (UnansweredQuestion q : members) { // oldest first: a later text replaces an earlier one
            String folded = ChangeKind.keyOf(q.text());
            count.merge(folded, 1, Integer::sum);
            last.put(folded, q.at());
            String shown = text.get(folded);
            if (shown == null || VietnameseText.hasDiacritics(q.text()) || !VietnameseText.hasDiacritics(shown)) {
                text.put(folded, q.text());
            }
        }
        List<Phrasing> out = new ArrayList<>();
        count.forEach((folded, n) -> out.add(new Phrasing(folded, text.get(folded), n, QuestionFeatures.of(folded))));
        out.sort(Comparator.comparingInt(Phrasing::count)
                .reversed()
                .thenComparing(p -> last.get(p.folded()), Comparator.reverseOrder())
                .thenComparing(Phrasing::folded));
        return out;
    }

    /**
     * The most typical phrasing: the one most similar to all the group's questions (each phrasing
     * weighted by how often it was asked), among the most frequent ones.
     */
    private static Optional<String> typical(List<Phrasing> phrasings) {
        List<Phrasing> candidates = phrasings.subList(0, Math.min(TYPICAL_CANDIDATES, phrasings.size()));
        Phrasing best = null;
        double bestScore = -1;
        for (Phrasing p : candidates) { // most frequent first: a tie keeps the more frequent
            double score = 0;
            for (Phrasing q : candidates) {
                score += q.count() * p.features().similarity(q.features());
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return Optional.ofNullable(best).map(Phrasing::text);
    }

    /**
     * Up to {@link UnansweredGroup#MAX_EXAMPLES} distinct phrasings, the most recently asked first,
     * each shown with diacritics when it was ever typed with them.
     */
    private static List<String> examples(List<UnansweredQuestion> questions, List<Phrasing> phrasings) {
        Map<String, String> shown = new HashMap<>();
        for (Phrasing p : phrasings) {
            shown.put(p.folded(), p.text());
        }
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = questions.size() - 1; i >= 0 && out.size() < UnansweredGroup.MAX_EXAMPLES; i--) {
            String folded = ChangeKind.keyOf(questions.get(i).text());
            if (!seen.contains(folded)) {
                seen.add(folded);
                out.add(shown.getOrDefault(folded, questions.get(i).text()));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- picking a procedure

    /** Procedures of the served catalog for what staff typed: a code, or words as citizens would. */
    public List<ProcedureChoice> procedures(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        KnowledgeSnapshot served = curator.current();
        List<ProcedureChoice> out = new ArrayList<>();
        if (ProcedureCode.isValid(q)) {
            served.catalog().find(ProcedureCode.of(q)).ifPresent(p -> out.add(choice(p)));
        }
        for (SearchHit hit : served.search().search(q, limit).hits()) {
            if (out.size() >= limit) {
                break;
            }
            if (out.stream().noneMatch(c -> c.code().equals(hit.code().value()))) {
                out.add(new ProcedureChoice(hit.code().value(), hit.name()));
            }
        }
        return out;
    }

    private static ProcedureChoice choice(Procedure p) {
        return new ProcedureChoice(p.code().value(), p.name());
    }

    /** The everyday name staff are offered for a group: its typical phrasing, lower case, without end punctuation. */
    public static String suggestedName(UnansweredGroup group) {
        String name = cleanName(group.typical());
        if (name.length() > MAX_NAME) {
            int cut = name.lastIndexOf(' ', MAX_NAME);
            name = name.substring(0, cut > 0 ? cut : MAX_NAME);
        }
        return name;
    }

    private static String cleanName(String text) {
        String name = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        // list marks and quotes before, the question's end punctuation after
        return name.replaceAll("^[\\s\"'“”‘’*•–—-]+|[\\s?.!,;:…]+$", "");
    }

    // ---------------------------------------------------------------- resolving

    /**
     * Links a group to a procedure: publishes {@code everydayName} as a name of the procedure
     * (the search finds it by those words from now on, on every instance) and the resolution.
     *
     * @param expectedHead the group's {@link UnansweredGroup#head()} as staff saw it
     * @throws CurationException with a Vietnamese message for staff; nothing is published then
     */
    public KnowledgeChange link(
            String author, String key, long expectedHead, String code, String everydayName, String reason) {
        String why = reason(reason);
        UnansweredGroup group = resolvable(key, expectedHead);
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            throw new CurationException("Hãy chọn thủ tục để gắn nhóm câu hỏi.");
        }
        if (!ProcedureCode.isValid(c)) {
            throw new CurationException("Mã thủ tục «" + c + "» không hợp lệ.");
        }
        Procedure procedure = curator.current()
                .catalog()
                .find(ProcedureCode.of(c))
                .orElseThrow(() -> new CurationException("Không có thủ tục " + c + " trong danh mục đang phục vụ."));
        String name = cleanName(everydayName);
        if (name.isEmpty()) {
            throw new CurationException("Hãy nhập tên gọi thường dùng của thủ tục (cách công dân hỏi).");
        }
        if (name.length() > MAX_NAME) {
            throw new CurationException("Tên gọi thường dùng dài quá " + MAX_NAME + " ký tự.");
        }
        if (QuestionFeatures.words(name).size() < 2) {
            throw new CurationException("Tên gọi thường dùng cần ít nhất hai tiếng, để không khớp nhầm câu hỏi khác.");
        }
        String nameKey = ChangeKind.keyOf(name);
        Optional<EverydayName> existing = curator.latest().value(ChangeKind.EVERYDAY_NAME, nameKey, EverydayName.class);
        if (existing.isPresent()
                && !existing.get().code().equals(procedure.code().value())) {
            throw new CurationException("Tên gọi «" + existing.get().name() + "» đang dùng cho thủ tục "
                    + existing.get().code() + ". Hãy chọn tên gọi khác.");
        }
        if (existing.isEmpty()) {
            curator.publish(
                    author,
                    ChangeKind.EVERYDAY_NAME,
                    nameKey,
                    new EverydayName(name, procedure.code().value()),
                    why,
                    curator.head(ChangeKind.EVERYDAY_NAME, nameKey));
        }
        return curator.publish(
                author,
                ChangeKind.UNANSWERED,
                key,
                new UnansweredResolution(Outcome.LINKED, procedure.code().value(), group.phrasings()),
                why,
                expectedHead);
    }

    /**
     * Answers a group with a new canned answer (its questions: the group's phrasings) and publishes
     * the resolution.
     *
     * @throws CurationException with a Vietnamese message for staff; nothing is published then
     */
    public KnowledgeChange answer(
            String author, String key, long expectedHead, String title, String answer, String reason) {
        String why = reason(reason);
        UnansweredGroup group = resolvable(key, expectedHead);
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        String a = answer == null ? "" : answer.strip();
        if (t.isEmpty()) {
            throw new CurationException("Hãy nhập tiêu đề của câu trả lời.");
        }
        if (t.length() > MAX_TITLE) {
            throw new CurationException("Tiêu đề dài quá " + MAX_TITLE + " ký tự.");
        }
        if (a.isEmpty()) {
            throw new CurationException("Hãy nhập nội dung câu trả lời.");
        }
        if (a.length() > MAX_ANSWER) {
            throw new CurationException("Câu trả lời dài quá " + MAX_ANSWER + " ký tự.");
        }
        String id = cannedId(t);
        curator.publish(author, ChangeKind.CANNED_ANSWER, id, new CannedAnswer(id, t, group.phrasings(), a), why, 0);
        return curator.publish(
                author,
                ChangeKind.UNANSWERED,
                key,
                new UnansweredResolution(Outcome.CANNED, id, group.phrasings()),
                why,
                expectedHead);
    }

    /**
     * Marks a group out of scope: its questions, and later ones like them, are no longer shown open.
     *
     * @throws CurationException with a Vietnamese message for staff; nothing is published then
     */
    public KnowledgeChange outOfScope(String author, String key, long expectedHead, String reason) {
        String why = reason(reason);
        UnansweredGroup group = resolvable(key, expectedHead);
        return curator.publish(
                author,
                ChangeKind.UNANSWERED,
                key,
                new UnansweredResolution(Outcome.OUT_OF_SCOPE, "", group.phrasings()),
                why,
                expectedHead);
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new CurationException("Hãy ghi lý do của thay đổi.");
        }
        if (why.length() > KnowledgeCurator.MAX_REASON) {
            throw new CurationException("Lý do dài quá " + KnowledgeCurator.MAX_REASON + " ký tự.");
        }
        return why;
    }

    /** The group, provided nobody resolved it since staff looked (checked again when published). */
    private UnansweredGroup resolvable(String key, long expectedHead) {
        UnansweredGroup group = (key == null ? Optional.<UnansweredGroup>empty() : group(key))
                .orElseThrow(
                        () -> new CurationException(
                                "Không tìm thấy nhóm câu hỏi này (có thể các câu hỏi đã quá thời gian lưu). Hãy tải lại trang."));
        if (group.head() != expectedHead) {
            throw new CurationException("Nhóm câu hỏi này vừa được người khác xử lý (phiên bản " + group.head()
                    + "). Hãy tải lại trang để xem cách xử lý đó.");
        }
        return group;
    }

    /** A new canned answer's id: its title's folded words joined by '-', numbered if taken. */
    private String cannedId(String title) {
        String base = ChangeKind.keyOf(title).replace(' ', '-');
        if (base.length() > 60) {
            int cut = base.lastIndexOf('-', 60);
            base = base.substring(0, cut > 0 ? cut : 60);
        }
        if (base.isEmpty()) {
            base = "cau-tra-loi";
        }
        String id = base;
        for (int n = 2; curator.head(ChangeKind.CANNED_ANSWER, id) != 0; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    // ---------------------------------------------------------------- measuring

    /**
     * Asks the resolved group's questions again, each as the first message of a fresh
     * conversation, of the knowledge served now. Measured once per group and revision.
     */
    public Recheck recheck(UnansweredGroup group) {
        UnansweredGroup.Resolution resolution = group.resolution()
                .orElseThrow(() -> new IllegalArgumentException("the group is not resolved: " + group.key()));
        KnowledgeSnapshot served = curator.current();
        String cacheKey = group.key() + "\n" + resolution.revision();
        Recheck cached = rechecks.get(cacheKey);
        if (cached != null && cached.revision() == served.revision()) {
            return cached;
        }
        Optional<String> canned = resolution.outcome() == Outcome.CANNED
                ? served.curation()
                        .value(ChangeKind.CANNED_ANSWER, resolution.target(), CannedAnswer.class)
                        .map(CannedAnswer::answer)
                        .map(UnansweredDesk::spaced)
                : Optional.empty();
        List<Recheck.Asked> asked = new ArrayList<>();
        Map<String, Integer> answeredBy = new TreeMap<>();
        int resolved = 0;
        for (String question : resolution.questions()) {
            Reply reply = served.engine().handle("unanswered-recheck-" + UUID.randomUUID(), new Inbound.Text(question));
            ReplyMetadata m = reply.metadata();
            Recheck.Result result;
            String code = "";
            String name = "";
            if (!m.cited().isEmpty()) {
                result = Recheck.Result.ANSWERED;
                code = m.cited().getFirst();
                name = procedureName(served, code).orElse("");
                answeredBy.merge(code, 1, Integer::sum);
            } else if (canned.isPresent() && spaced(reply.text()).contains(canned.get())) {
                result = Recheck.Result.ANSWERED;
                name = resolution.targetName();
            } else if (m.declined()) {
                result = Recheck.Result.DECLINED;
            } else if (!m.offered().isEmpty() && !m.handoff()) {
                result = Recheck.Result.ASKED_BACK;
            } else {
                result = Recheck.Result.OTHER;
            }
            boolean intended =
                    switch (resolution.outcome()) {
                        case LINKED -> result == Recheck.Result.ANSWERED && code.equals(resolution.target());
                        case CANNED -> result == Recheck.Result.ANSWERED && code.isEmpty();
                        case OUT_OF_SCOPE -> result != Recheck.Result.ANSWERED;
                    };
            if (intended) {
                resolved++;
            }
            asked.add(new Recheck.Asked(question, result, code, name, intended));
        }
        Recheck measured =
                new Recheck(served.revision(), served.revision() >= resolution.revision(), asked, resolved, answeredBy);
        if (rechecks.size() >= MAX_RECHECKS) {
            rechecks.clear(); // measures of earlier revisions and resolutions
        }
        rechecks.put(cacheKey, measured);
        return measured;
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
