package vn.gov.assistant.admin.dictionary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.admin.dictionary.DictionaryPages.Section;
import vn.gov.assistant.core.answer.CannedAnswers;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.knowledge.CannedAnswer;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.DictionaryRules;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.knowledge.search.SearchHit;

/**
 * Canned answers to frequent questions that are not about one procedure: the list, a new one, an
 * edit, a removal, each with a reason; "try a question" says whether the assistant would answer a
 * question with a canned answer (the served ones, or the one being edited as it stands in the
 * form), how similar it is, and what comes first when it would not.
 */
@Controller
@RequestMapping("/admin/knowledge/answers")
class CannedAnswersController {

    /** Paths under this page that cannot be an answer's id. */
    private static final Set<String> RESERVED = Set.of("new", "history", "restore", "preview");

    private final DictionaryPages pages;

    CannedAnswersController(DictionaryPages pages) {
        this.pages = pages;
    }

    /** The edit form as typed ({@code id} "" for a new answer; {@code head} the version edited). */
    record AnswerForm(String id, String title, String questions, String answer, String reason, long head) {}

    /** A canned answer as the list shows it. */
    record Row(String id, String title, List<String> questions, String answer, String changed, long head) {}

    /**
     * What the assistant does with a question: answers it with a canned answer or not, the
     * closest one and how similar (per cent), and why in a sentence.
     */
    record Verdict(String question, boolean answered, String title, String closest, long percent, String why) {}

    @GetMapping
    String list(@RequestParam(name = "try", required = false) String question, Model model) {
        KnowledgeSnapshot served = pages.served();
        List<Row> rows = new ArrayList<>();
        for (CannedAnswer a : pages.curator().latest().cannedAnswers()) {
            rows.add(new Row(
                    a.id(),
                    a.title(),
                    a.questions(),
                    a.answer(),
                    pages.lastChange(ChangeKind.CANNED_ANSWER, a.id()),
                    pages.curator().head(ChangeKind.CANNED_ANSWER, a.id())));
        }
        model.addAttribute("answers", rows);
        String q = DictionaryPages.orEmpty(question).strip();
        model.addAttribute("question", q);
        if (!q.isEmpty()) {
            model.addAttribute("verdict", verdict(q, served.engine().cannedAnswers()));
        }
        model.addAttribute("threshold", percent(CannedAnswers.THRESHOLD));
        model.addAttribute("section", Section.ANSWERS);
        return "admin/dictionary/answers";
    }

    @GetMapping("/new")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AnswerForm("", "", "", "", "", 0));
        }
        return form(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        if (!model.containsAttribute("form")) {
            CannedAnswer a = pages.curator()
                    .latest()
                    .value(ChangeKind.CANNED_ANSWER, id, CannedAnswer.class)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute(
                    "form",
                    new AnswerForm(
                            a.id(),
                            a.title(),
                            String.join("\n", a.questions()),
                            a.answer(),
                            "",
                            pages.curator().head(ChangeKind.CANNED_ANSWER, id)));
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("threshold", percent(CannedAnswers.THRESHOLD));
        model.addAttribute("section", Section.ANSWERS);
        return "admin/dictionary/answer";
    }

    /** Publishes a new canned answer; its id comes from its title. */
    @PostMapping
    String add(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String questions,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        String id = DictionaryRules.newCannedAnswerId(
                title,
                candidate ->
                        RESERVED.contains(candidate) || pages.curator().head(ChangeKind.CANNED_ANSWER, candidate) > 0);
        try {
            CannedAnswer entry = pages.rules().cannedAnswer(pages.served(), id, title, questions, answer);
            pages.curator().publish(me.getName(), ChangeKind.CANNED_ANSWER, id, entry, reason, 0);
            redirect.addFlashAttribute("flashInfo", "Đã thêm câu trả lời \"" + entry.title() + "\"." + warning(entry));
            return "redirect:/admin/knowledge/answers";
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "form",
                    new AnswerForm(
                            "",
                            DictionaryPages.orEmpty(title),
                            DictionaryPages.orEmpty(questions),
                            DictionaryPages.orEmpty(answer),
                            DictionaryPages.orEmpty(reason),
                            0));
            return "redirect:/admin/knowledge/answers/new";
        }
    }

    /** Publishes an edited canned answer, checked against the version the editor opened. */
    @PostMapping("/{id}")
    String save(
            @PathVariable String id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String questions,
            @RequestParam(required = false) String answer,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long head,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            if (pages.curator()
                    .latest()
                    .value(ChangeKind.CANNED_ANSWER, id, CannedAnswer.class)
                    .isEmpty()) {
                throw new CurationException("Không có câu trả lời này (có thể vừa bị xoá).");
            }
            pages.checkHead(ChangeKind.CANNED_ANSWER, id, head);
            CannedAnswer entry = pages.rules().cannedAnswer(pages.served(), id, title, questions, answer);
            pages.curator().publish(me.getName(), ChangeKind.CANNED_ANSWER, id, entry, reason, head);
            redirect.addFlashAttribute("flashInfo", "Đã lưu câu trả lời \"" + entry.title() + "\"." + warning(entry));
            return "redirect:/admin/knowledge/answers";
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "form",
                    new AnswerForm(
                            id,
                            DictionaryPages.orEmpty(title),
                            DictionaryPages.orEmpty(questions),
                            DictionaryPages.orEmpty(answer),
                            DictionaryPages.orEmpty(reason),
                            head));
            if (pages.curator().head(ChangeKind.CANNED_ANSWER, id) == 0) {
                return "redirect:/admin/knowledge/answers";
            }
            redirect.addAttribute("id", id);
            return "redirect:/admin/knowledge/answers/{id}";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long head,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            CannedAnswer current = pages.curator()
                    .latest()
                    .value(ChangeKind.CANNED_ANSWER, id, CannedAnswer.class)
                    .orElseThrow(() -> new CurationException("Không có câu trả lời này (có thể vừa bị xoá)."));
            pages.checkHead(ChangeKind.CANNED_ANSWER, id, head);
            pages.curator().publish(me.getName(), ChangeKind.CANNED_ANSWER, id, null, reason, head);
            redirect.addFlashAttribute("flashInfo", "Đã xoá câu trả lời \"" + current.title() + "\".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/knowledge/answers";
    }

    /**
     * The preview of the answer being edited: {@code question} tried against its questions as
     * they stand in the form (in place of the served version) and the other served answers.
     */
    @GetMapping("/preview")
    String preview(
            @RequestParam(required = false) String question,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String questions,
            Model model) {
        String q = DictionaryPages.orEmpty(question).strip();
        String draftId = DictionaryPages.orEmpty(id).isBlank() ? "(bản nháp)" : id.strip();
        List<CannedAnswers.Entry> entries = new ArrayList<>();
        for (CannedAnswers.Entry e : pages.served().engine().cannedAnswers().entries()) {
            if (!e.id().equals(draftId)) {
                entries.add(e);
            }
        }
        List<String> lines = Arrays.stream(DictionaryPages.orEmpty(questions).split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        String heading = DictionaryPages.orEmpty(title).isBlank() ? "Câu trả lời đang soạn" : title.strip();
        entries.add(new CannedAnswers.Entry(draftId, heading, lines, "", Instant.now()));
        model.addAttribute("question", q);
        if (!q.isEmpty()) {
            model.addAttribute(
                    "verdict",
                    verdict(q, CannedAnswers.of(entries, pages.served().search()::analyze)));
        }
        model.addAttribute("threshold", percent(CannedAnswers.THRESHOLD));
        return "admin/dictionary/answer :: verdict";
    }

    @GetMapping("/history")
    String history(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            Model model) {
        return pages.history(model, Section.ANSWERS, key, a, b);
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long revision,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        return pages.restore(Section.ANSWERS, key, revision, head, reason, me.getName(), redirect);
    }

    /** What the served engine does with {@code question} against these canned answers. */
    private Verdict verdict(String question, CannedAnswers answers) {
        ConversationEngine.CannedVerdict v = pages.served().engine().cannedVerdict(question, answers);
        Optional<CannedAnswers.Match> closest = v.closest();
        if (closest.isEmpty()) {
            return new Verdict(
                    question,
                    false,
                    "",
                    "",
                    0,
                    answers.isEmpty()
                            ? "Chưa có câu trả lời soạn sẵn nào để so."
                            : "Câu này không có từ nào để so (chỉ gồm những từ thông dụng).");
        }
        CannedAnswers.Match m = closest.get();
        long p = percent(m.similarity());
        String near = "Câu gần nhất: \"" + m.question() + "\" (" + m.entry().title() + "), giống " + p + "%.";
        String why;
        if (v.answered()) {
            why = "Trợ lý trả lời bằng câu trả lời \"" + m.entry().title() + "\". " + near;
        } else if (!m.close()) {
            why = near + " Chưa đủ gần (cần từ " + percent(CannedAnswers.THRESHOLD)
                    + "%): trợ lý không dùng câu trả lời soạn sẵn"
                    + (v.personAsked() ? "; câu này được hiểu là muốn gặp cán bộ." : " mà tìm trong danh mục thủ tục.");
        } else if (v.personAsked()) {
            why = near + " Nhưng công dân muốn gặp cán bộ: trợ lý chuyển cho cán bộ.";
        } else {
            SearchHit hit = v.procedureFirst().orElseThrow();
            why = near + " Nhưng đây là câu hỏi về thủ tục " + hit.code().value() + " - " + hit.name()
                    + ": trợ lý trả lời bằng thủ tục đó.";
        }
        return new Verdict(question, v.answered(), m.entry().title(), m.question(), p, why);
    }

    /** A note when a question of a published answer would go to a procedure instead. */
    private String warning(CannedAnswer entry) {
        ConversationEngine engine = pages.served().engine();
        for (String q : entry.questions()) {
            ConversationEngine.CannedVerdict v = engine.cannedVerdict(q, engine.cannedAnswers());
            if (v.procedureFirst().isPresent()) {
                SearchHit hit = v.procedureFirst().get();
                return " Lưu ý: câu \"" + q + "\" là câu hỏi về thủ tục "
                        + hit.code().value() + ", trợ lý sẽ trả lời bằng thủ tục đó.";
            }
        }
        return "";
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
