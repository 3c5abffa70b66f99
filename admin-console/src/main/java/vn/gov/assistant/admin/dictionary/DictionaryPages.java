package vn.gov.assistant.admin.dictionary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.knowledge.Abbreviation;
import vn.gov.assistant.core.knowledge.CannedAnswer;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.DictionaryRules;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.IntentExample;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.SearchHit;

/**
 * What the dictionary's pages share: the optimistic check of an addition against the knowledge
 * the editor saw, an entry's history with its versions compared and restored, and how entries,
 * procedures and dates read.
 */
@Component
class DictionaryPages {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final KnowledgeCurator curator;
    private final DictionaryRules rules;

    DictionaryPages(KnowledgeCurator curator) {
        this.curator = curator;
        this.rules = new DictionaryRules();
    }

    KnowledgeCurator curator() {
        return curator;
    }

    DictionaryRules rules() {
        return rules;
    }

    KnowledgeSnapshot served() {
        return curator.current();
    }

    /** The latest change this instance knows: a page sends it back so an addition is checked against it. */
    long seen() {
        List<KnowledgeChange> latest = curator.recent(1);
        return latest.isEmpty() ? 0 : latest.getFirst().revision();
    }

    /**
     * The head to publish a change of {@code key} against, for an editor who saw the knowledge as
     * of revision {@code seen}: a change of the key since then is someone else's, and refused.
     */
    long expectedHead(ChangeKind kind, String key, long seen) {
        long head = curator.head(kind, key);
        if (head > seen) {
            throw conflict(head);
        }
        return head;
    }

    /** The check of a change of an entry whose version {@code head} the editor saw. */
    void checkHead(ChangeKind kind, String key, long head) {
        long now = curator.head(kind, key);
        if (now != head) {
            throw conflict(now);
        }
    }

    private static CurationException conflict(long head) {
        return new CurationException("Mục này vừa được người khác thay đổi (phiên bản " + head
                + "). Hãy tải lại trang, xem thay đổi đó rồi sửa lại.");
    }

    /** Who last changed an entry and when ("lan, 09:30 30/11/2026"), "" when never. */
    String lastChange(ChangeKind kind, String key) {
        return curator.latest()
                .change(kind, key)
                .map(c -> c.author() + ", " + WHEN.format(c.at()))
                .orElse("");
    }

    /** A procedure as staff read it: "1.004194 - Đăng ký tạm trú", or a note when it is not served. */
    String procedure(String code) {
        Optional<Procedure> p =
                ProcedureCode.isValid(code) ? served().catalog().find(ProcedureCode.of(code)) : Optional.empty();
        return p.map(x -> code + " - " + x.name()).orElse(code + " (không có trong danh mục đang phục vụ)");
    }

    /**
     * Procedures to pick for a text: the one with this code, else the served search's best hits
     * (in scope or not: staff are looking). {@code checked}: the code already picked.
     */
    List<Found> find(String text, String checked) {
        String typed = text == null ? "" : text.strip();
        List<Found> out = new ArrayList<>();
        if (ProcedureCode.isValid(typed)) {
            served().catalog()
                    .find(ProcedureCode.of(typed))
                    .ifPresent(p -> out.add(new Found(p.code().value(), p.name(), true)));
            return out;
        }
        if (!typed.isEmpty()) {
            for (SearchHit h : served().search().search(typed, 8).hits()) {
                out.add(new Found(h.code().value(), h.name(), h.code().value().equals(checked)));
            }
        }
        if (checked != null && !checked.isBlank() && out.stream().noneMatch(Found::checked)) {
            String code = checked.strip();
            if (ProcedureCode.isValid(code)) {
                served().catalog()
                        .find(ProcedureCode.of(code))
                        .ifPresent(p -> out.addFirst(new Found(code, p.name(), true)));
            }
        }
        return out;
    }

    /** A procedure offered to pick. */
    record Found(String code, String name, boolean checked) {}

    /** One field of an entry's version. */
    record Field(String label, String value) {}

    /** One version of an entry: the change that made it and what it held. */
    record Version(
            long revision,
            String at,
            String author,
            String reason,
            boolean removed,
            List<Field> fields,
            boolean current) {}

    /** A field of two versions side by side. */
    record Compared(String label, String a, String b, boolean changed) {}

    /** An entry's versions, newest first, the current one marked. */
    List<Version> versions(ChangeKind kind, String key) {
        List<KnowledgeChange> history = curator.history(kind, key);
        List<Version> out = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            KnowledgeChange c = history.get(i);
            out.add(new Version(
                    c.revision(), WHEN.format(c.at()), c.author(), c.reason(), c.removes(), fields(kind, c), i == 0));
        }
        return out;
    }

    /** The fields of two versions ({@code 0}: before any change) side by side. */
    List<Compared> compare(ChangeKind kind, String key, long a, long b) {
        List<Field> left = fieldsAt(kind, key, a);
        List<Field> right = fieldsAt(kind, key, b);
        List<String> labels = new ArrayList<>();
        left.forEach(f -> labels.add(f.label()));
        right.stream().map(Field::label).filter(l -> !labels.contains(l)).forEach(labels::add);
        List<Compared> out = new ArrayList<>();
        for (String label : labels) {
            String x = valueOf(left, label);
            String y = valueOf(right, label);
            out.add(new Compared(label, x, y, !x.equals(y)));
        }
        return out;
    }

    private List<Field> fieldsAt(ChangeKind kind, String key, long revision) {
        if (revision == 0) {
            return List.of(new Field("Trạng thái", "Trước mọi thay đổi của cán bộ"));
        }
        return curator.history(kind, key).stream()
                .filter(c -> c.revision() == revision)
                .findFirst()
                .map(c -> fields(kind, c))
                .orElseThrow(() -> new CurationException("Không có phiên bản " + revision + " của mục này."));
    }

    private static String valueOf(List<Field> fields, String label) {
        return fields.stream()
                .filter(f -> f.label().equals(label))
                .map(Field::value)
                .findFirst()
                .orElse("");
    }

    /** What a change set, field by field; a removal reads as such. */
    List<Field> fields(ChangeKind kind, KnowledgeChange change) {
        if (change.removes()) {
            return List.of(new Field("Trạng thái", "Đã xoá"));
        }
        return switch (kind) {
            case EVERYDAY_NAME -> {
                EverydayName n = KnowledgeCodec.value(change, EverydayName.class);
                yield List.of(new Field("Tên gọi", n.name()), new Field("Thủ tục", procedure(n.code())));
            }
            case ABBREVIATION -> {
                Abbreviation a = KnowledgeCodec.value(change, Abbreviation.class);
                yield List.of(new Field("Viết tắt", a.shortForm()), new Field("Nghĩa đầy đủ", a.expansion()));
            }
            case INTENT_EXAMPLE -> {
                IntentExample e = KnowledgeCodec.value(change, IntentExample.class);
                yield List.of(new Field("Câu ví dụ", e.text()), new Field("Ý định", intentLabel(e.intent())));
            }
            case CANNED_ANSWER -> {
                CannedAnswer a = KnowledgeCodec.value(change, CannedAnswer.class);
                yield List.of(
                        new Field("Tiêu đề", a.title()),
                        new Field("Câu hỏi", String.join("\n", a.questions())),
                        new Field("Câu trả lời", a.answer()));
            }
            default -> throw new IllegalArgumentException("not a dictionary entry: " + kind);
        };
    }

    static String intentLabel(String name) {
        return DictionaryRules.classifiedIntent(name)
                .map(DictionaryRules::intentLabel)
                .orElse(name + " (không còn dùng)");
    }

    static String intentLabel(Intent intent) {
        return DictionaryRules.intentLabel(intent);
    }

    /**
     * The history page of one entry: its versions, two of them compared when asked ({@code a},
     * {@code b}; 0 is the state before any change), each restorable.
     */
    String history(Model model, Section section, String key, Long a, Long b) {
        List<Version> versions = versions(section.kind(), key);
        if (versions.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("section", section);
        model.addAttribute("key", key);
        // the entry as staff wrote it (the key is folded): its latest version that holds a value
        model.addAttribute(
                "label",
                versions.stream()
                        .filter(v -> !v.removed())
                        .map(v -> v.fields().getFirst().value())
                        .findFirst()
                        .orElse(key));
        model.addAttribute("versions", versions);
        model.addAttribute("head", versions.getFirst().revision());
        long left = a == null ? (versions.size() > 1 ? versions.get(1).revision() : 0) : a;
        long right = b == null ? versions.getFirst().revision() : b;
        model.addAttribute("a", left);
        model.addAttribute("b", right);
        try {
            model.addAttribute("compared", compare(section.kind(), key, left, right));
        } catch (CurationException e) {
            model.addAttribute("flashError", e.getMessage());
            model.addAttribute("compared", List.of());
        }
        return "admin/dictionary/history";
    }

    /** Restores version {@code revision} of an entry, checked against the head its history showed. */
    String restore(
            Section section, String key, long revision, long head, String reason, String author, RedirectAttributes r) {
        if (curator.history(section.kind(), key).isEmpty()) {
            r.addFlashAttribute("flashError", "Mục này chưa có thay đổi nào để khôi phục.");
            return "redirect:" + section.path();
        }
        try {
            checkHead(section.kind(), key, head);
            KnowledgeChange done = curator.restore(author, section.kind(), key, revision, reason);
            r.addFlashAttribute(
                    "flashInfo",
                    (revision == 0 ? "Đã đưa mục về trước mọi thay đổi" : "Đã khôi phục phiên bản " + revision)
                            + " (phiên bản mới " + done.revision() + ").");
        } catch (CurationException e) {
            r.addFlashAttribute("flashError", e.getMessage());
        }
        r.addAttribute("key", key);
        return "redirect:" + section.path() + "/history";
    }

    /** The dictionary's sections: the path of their pages, what they hold, how an entry is named. */
    enum Section {
        NAMES("/admin/knowledge/names", ChangeKind.EVERYDAY_NAME, "tên gọi"),
        ABBREVIATIONS("/admin/knowledge/abbreviations", ChangeKind.ABBREVIATION, "từ viết tắt"),
        INTENTS("/admin/knowledge/intents", ChangeKind.INTENT_EXAMPLE, "câu ví dụ"),
        ANSWERS("/admin/knowledge/answers", ChangeKind.CANNED_ANSWER, "câu trả lời soạn sẵn");

        private final String path;
        private final ChangeKind kind;
        private final String entry;

        Section(String path, ChangeKind kind, String entry) {
            this.path = path;
            this.kind = kind;
            this.entry = entry;
        }

        public String path() {
            return path;
        }

        public ChangeKind kind() {
            return kind;
        }

        public String entry() {
            return entry;
        }

        /** The nav section the layout marks current. */
        public String nav() {
            return this == ANSWERS ? "answers" : "dictionary";
        }
    }

    static String orEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
