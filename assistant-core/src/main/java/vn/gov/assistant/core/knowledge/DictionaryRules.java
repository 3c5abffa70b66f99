package vn.gov.assistant.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.intent.IntentClassifier;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.Abbreviations;
import vn.gov.assistant.knowledge.search.EverydayNames;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * What staff may put in the dictionary: an everyday name, an abbreviation, an intent example or a
 * canned answer is checked against the bundled dictionaries and the knowledge served before it is
 * published, and comes back normalised, with its key; a refusal is a {@link CurationException}
 * whose message tells staff, in Vietnamese, what to change (and which procedure or answer already
 * uses a name or question).
 */
public final class DictionaryRules {

    public static final int MAX_NAME_CHARS = 100;
    public static final int MAX_SHORT_FORM_SYLLABLES = 5;
    public static final int MAX_EXPANSION_CHARS = 200;
    public static final int MAX_EXAMPLE_CHARS = 300;
    public static final int MAX_TITLE_CHARS = 150;
    public static final int MAX_QUESTIONS = 30;
    public static final int MAX_QUESTION_CHARS = 300;
    public static final int MAX_ANSWER_CHARS = 3_000;

    private final EverydayNames bundledNames = EverydayNames.bundled();
    private final Abbreviations bundledAbbreviations = Abbreviations.bundled();
    private final List<IntentClassifier.Example> bundledExamples = IntentClassifier.bundledExamples();
    /** Bundled everyday names folded -> the procedures they name. */
    private final Map<String, List<ProcedureCode>> bundledByName = new LinkedHashMap<>();

    public DictionaryRules() {
        bundledNames
                .asMap()
                .forEach((code, names) -> names.forEach(name -> bundledByName
                        .computeIfAbsent(ChangeKind.keyOf(name), k -> new ArrayList<>())
                        .add(code)));
    }

    public EverydayNames bundledNames() {
        return bundledNames;
    }

    public Abbreviations bundledAbbreviations() {
        return bundledAbbreviations;
    }

    public List<IntentClassifier.Example> bundledIntentExamples() {
        return bundledExamples;
    }

    /** The procedures the bundled dictionary gives a name (any diacritics), none when it has no such name. */
    public List<ProcedureCode> bundledCodesNamed(String name) {
        return bundledByName.getOrDefault(ChangeKind.keyOf(name), List.of());
    }

    /**
     * An everyday name staff add for the procedure {@code code}: at least two syllables or a known
     * abbreviation ("kt3"), not only filler, naming a procedure that is served, and not already a
     * name of this or another procedure (bundled or staff's).
     */
    public EverydayName everydayName(KnowledgeSnapshot served, String name, String code) {
        // lower case, one tone placement, the words only ("Làm sổ đỏ?" is "làm sổ đỏ")
        List<String> syllables = VietnameseText.syllables(VietnameseText.normalize(name == null ? "" : name));
        String normalized = String.join(" ", syllables);
        if (syllables.isEmpty()) {
            throw new CurationException("Hãy nhập tên gọi người dân hay dùng cho thủ tục.");
        }
        if (normalized.length() > MAX_NAME_CHARS) {
            throw new CurationException("Tên gọi dài quá " + MAX_NAME_CHARS + " ký tự.");
        }
        if (syllables.size() < 2
                && served.search().abbreviations().expansionOf(normalized).isEmpty()) {
            throw new CurationException(
                    "Tên gọi \"" + normalized + "\" chỉ có một âm tiết: tên gọi phải có ít nhất"
                            + " hai âm tiết (ví dụ \"làm sổ đỏ\") hoặc là một từ viết tắt đã có trong từ điển (ví dụ \"kt3\").");
        }
        if (served.search().analyze(normalized).contentFolded().isEmpty()) {
            throw new CurationException("Tên gọi \"" + normalized + "\" chỉ gồm những từ thông dụng (như \"thủ tục\","
                    + " \"cho tôi hỏi\"), không chỉ ra được thủ tục nào.");
        }
        Procedure procedure = servedProcedure(served, code);
        String key = ChangeKind.keyOf(normalized);
        Optional<EverydayName> staffs = served.curation().value(ChangeKind.EVERYDAY_NAME, key, EverydayName.class);
        if (staffs.isPresent()) {
            throw new CurationException(
                    staffs.get().code().equals(procedure.code().value())
                            ? "Thủ tục này đã có tên gọi \"" + staffs.get().name() + "\" (do cán bộ thêm)."
                            : "Tên gọi \"" + staffs.get().name() + "\" đang dùng cho thủ tục "
                                    + describe(served, staffs.get().code())
                                    + " (do cán bộ thêm). Hãy xoá tên gọi đó trước nếu muốn chuyển sang thủ tục khác.");
        }
        List<ProcedureCode> bundled = bundledCodesNamed(normalized);
        if (bundled.contains(procedure.code())) {
            throw new CurationException("Tên gọi \"" + normalized + "\" đã có sẵn trong từ điển cho thủ tục này.");
        }
        if (!bundled.isEmpty()) {
            List<String> which =
                    bundled.stream().map(c -> describe(served, c.value())).toList();
            throw new CurationException("Tên gọi \"" + normalized + "\" đã có sẵn trong từ điển cho thủ tục "
                    + String.join("; ", which) + ".");
        }
        return new EverydayName(normalized, procedure.code().value());
    }

    /** An abbreviation: a short form of at most five syllables and what it stands for ("kt3" -> "tạm trú"). */
    public Abbreviation abbreviation(String shortForm, String expansion) {
        String key = Abbreviations.keyOf(shortForm);
        if (key.isEmpty()) {
            throw new CurationException("Hãy nhập từ viết tắt (chữ hoặc số).");
        }
        if (VietnameseText.syllables(key).size() > MAX_SHORT_FORM_SYLLABLES) {
            throw new CurationException("Từ viết tắt dài quá " + MAX_SHORT_FORM_SYLLABLES + " âm tiết.");
        }
        String full = VietnameseText.normalize(expansion == null ? "" : expansion.strip());
        if (VietnameseText.syllables(full).isEmpty()) {
            throw new CurationException("Hãy nhập nghĩa đầy đủ của \"" + key + "\".");
        }
        if (full.length() > MAX_EXPANSION_CHARS) {
            throw new CurationException("Nghĩa đầy đủ dài quá " + MAX_EXPANSION_CHARS + " ký tự.");
        }
        return new Abbreviation(key, full);
    }

    /** An example of an intent the classifier tells from text, not already a bundled example of another intent. */
    public IntentExample intentExample(String intentName, String text) {
        Intent intent = classifiedIntent(intentName)
                .orElseThrow(() -> new CurationException("Hãy chọn một ý định trong danh sách."));
        String example = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (ChangeKind.keyOf(example).isEmpty()) {
            throw new CurationException("Hãy nhập câu ví dụ (có chữ).");
        }
        if (example.length() > MAX_EXAMPLE_CHARS) {
            throw new CurationException("Câu ví dụ dài quá " + MAX_EXAMPLE_CHARS + " ký tự.");
        }
        String key = ChangeKind.keyOf(example);
        for (IntentClassifier.Example bundled : bundledExamples) {
            if (ChangeKind.keyOf(bundled.text()).equals(key)) {
                throw new CurationException(
                        bundled.intent() == intent
                                ? "Câu \"" + bundled.text() + "\" đã có sẵn là ví dụ của ý định này."
                                : "Câu \"" + bundled.text() + "\" đã có sẵn là ví dụ của ý định \""
                                        + intentLabel(bundled.intent()) + "\".");
            }
        }
        return new IntentExample(intent.name(), example);
    }

    /** The intent of this name when the classifier tells it from text. */
    public static Optional<Intent> classifiedIntent(String name) {
        for (Intent i : Intent.values()) {
            if (i.classified() && i.name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * A canned answer: a title, one to thirty questions (one per line of {@code questions}, blank
     * lines dropped, repeats folded together), an answer; no question already one of another
     * served canned answer's.
     */
    public CannedAnswer cannedAnswer(
            KnowledgeSnapshot served, String id, String title, String questions, String answer) {
        String heading = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (heading.isEmpty()) {
            throw new CurationException("Hãy nhập tiêu đề của câu trả lời.");
        }
        if (heading.length() > MAX_TITLE_CHARS) {
            throw new CurationException("Tiêu đề dài quá " + MAX_TITLE_CHARS + " ký tự.");
        }
        Map<String, String> asked = new LinkedHashMap<>();
        for (String line : (questions == null ? "" : questions).split("\\R")) {
            String q = line.strip().replaceAll("\\s+", " ");
            if (ChangeKind.keyOf(q).isEmpty()) {
                continue;
            }
            if (q.length() > MAX_QUESTION_CHARS) {
                throw new CurationException(
                        "Câu hỏi \"" + q.substring(0, 40) + "...\" dài quá " + MAX_QUESTION_CHARS + " ký tự.");
            }
            if (served.search().analyze(q).contentFolded().isEmpty()) {
                throw new CurationException(
                        "Câu hỏi \"" + q + "\" chỉ gồm những từ thông dụng: hãy viết rõ điều được hỏi.");
            }
            asked.putIfAbsent(ChangeKind.keyOf(q), q);
        }
        if (asked.isEmpty()) {
            throw new CurationException("Hãy nhập ít nhất một câu hỏi (mỗi dòng một câu).");
        }
        if (asked.size() > MAX_QUESTIONS) {
            throw new CurationException("Nhiều nhất " + MAX_QUESTIONS + " câu hỏi cho một câu trả lời.");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new CurationException("Hãy nhập nội dung câu trả lời.");
        }
        if (text.length() > MAX_ANSWER_CHARS) {
            throw new CurationException("Câu trả lời dài quá " + MAX_ANSWER_CHARS + " ký tự.");
        }
        for (CannedAnswer other : served.curation().cannedAnswers()) {
            if (other.id().equals(id)) {
                continue;
            }
            for (String q : other.questions()) {
                String same = asked.get(ChangeKind.keyOf(q));
                if (same != null) {
                    throw new CurationException(
                            "Câu hỏi \"" + same + "\" đã thuộc câu trả lời \"" + other.title() + "\".");
                }
            }
        }
        return new CannedAnswer(id, heading, List.copyOf(asked.values()), text);
    }

    /**
     * A new canned answer's id, from its title ("Giờ làm việc?" -> "gio-lam-viec"; at most 60
     * characters), with "-2", "-3"... after it while {@code used} says that id was ever used.
     */
    public static String newCannedAnswerId(String title, Predicate<String> used) {
        String slug = ChangeKind.keyOf(title == null ? "" : title).replace(' ', '-');
        if (slug.length() > 60) {
            int cut = slug.lastIndexOf('-', 60);
            slug = slug.substring(0, cut > 20 ? cut : 60);
        }
        if (slug.isEmpty()) {
            slug = "cau-tra-loi";
        }
        String id = slug;
        for (int n = 2; used.test(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** How staff read an intent. */
    public static String intentLabel(Intent intent) {
        return switch (intent) {
            case PROCEDURE -> "Hỏi về thủ tục";
            case GREETING -> "Chào hỏi";
            case THANKS -> "Cảm ơn";
            case GOODBYE -> "Tạm biệt";
            case FEEDBACK -> "Phản ánh, kiến nghị";
            case ABUSE -> "Lời lẽ xúc phạm";
            case HUMAN -> "Muốn gặp cán bộ";
            case CAPABILITIES -> "Hỏi trợ lý làm được gì";
            case OTHER -> "Ngoài phạm vi";
            case ACTION -> "Bấm nút, sự kiện";
            case CANNED -> "Câu trả lời soạn sẵn";
        };
    }

    private static Procedure servedProcedure(KnowledgeSnapshot served, String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            throw new CurationException("Hãy chọn thủ tục (nhập mã hoặc tìm theo tên).");
        }
        if (!ProcedureCode.isValid(typed)) {
            throw new CurationException("Mã thủ tục \"" + typed + "\" không đúng dạng (ví dụ 1.004194).");
        }
        return served.catalog()
                .find(ProcedureCode.of(typed))
                .orElseThrow(() -> new CurationException(
                        "Không có thủ tục mã " + typed + " trong danh mục đang phục vụ (có thể đã bị ẩn)."));
    }

    private static String describe(KnowledgeSnapshot served, String code) {
        Optional<Procedure> p =
                ProcedureCode.isValid(code) ? served.catalog().find(ProcedureCode.of(code)) : Optional.empty();
        return p.map(x -> code + " - " + x.name()).orElse(code + " (không có trong danh mục đang phục vụ)");
    }
}
