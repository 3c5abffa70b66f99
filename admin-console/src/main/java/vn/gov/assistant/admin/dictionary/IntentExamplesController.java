package vn.gov.assistant.admin.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.admin.dictionary.DictionaryPages.Section;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.intent.IntentClassifier;
import vn.gov.assistant.core.intent.IntentPrediction;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.IntentExample;

/**
 * Example messages of each intent the classifier tells apart (greeting, thanks, out of scope...):
 * the bundled ones, read-only, and staff's, which editors add and remove with a reason; a test
 * sentence shows what the served classifier predicts for it.
 */
@Controller
@RequestMapping("/admin/knowledge/intents")
class IntentExamplesController {

    private final DictionaryPages pages;

    IntentExamplesController(DictionaryPages pages) {
        this.pages = pages;
    }

    /** The add form as typed: kept across a refusal. */
    record ExampleForm(String intent, String text, String reason) {}

    /** An intent the classifier knows: its name, how staff read it, its examples. */
    record IntentGroup(String name, String label, List<Row> staff, List<String> bundled) {}

    /** Staff's example as the list shows it. */
    record Row(String text, String key, String changed, long head) {}

    /** A prediction as the page shows it: the intent's label and its probability in per cent. */
    record Prediction(String label, String intent, long percent) {}

    @GetMapping
    String list(@RequestParam(required = false) String test, Model model) {
        List<IntentGroup> groups = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            if (!intent.classified()) {
                continue;
            }
            List<Row> staff = new ArrayList<>();
            for (IntentExample e : pages.curator().latest().intentExamples()) {
                if (e.intent().equals(intent.name())) {
                    String key = ChangeKind.keyOf(e.text());
                    staff.add(new Row(
                            e.text(),
                            key,
                            pages.lastChange(ChangeKind.INTENT_EXAMPLE, key),
                            pages.curator().head(ChangeKind.INTENT_EXAMPLE, key)));
                }
            }
            List<String> bundled = pages.rules().bundledIntentExamples().stream()
                    .filter(e -> e.intent() == intent)
                    .map(IntentClassifier.Example::text)
                    .toList();
            groups.add(new IntentGroup(intent.name(), DictionaryPages.intentLabel(intent), staff, bundled));
        }
        model.addAttribute("groups", groups);
        String sentence = DictionaryPages.orEmpty(test).strip();
        model.addAttribute("test", sentence);
        if (!sentence.isEmpty()) {
            List<Prediction> predictions = new ArrayList<>();
            ConversationEngine engine = pages.served().engine();
            for (IntentPrediction p : engine.intents().ranked(sentence)) {
                if (predictions.size() == 3) {
                    break;
                }
                predictions.add(new Prediction(
                        DictionaryPages.intentLabel(p.intent()), p.intent().name(), Math.round(p.probability() * 100)));
            }
            model.addAttribute("predictions", predictions);
            model.addAttribute("threshold", Math.round(ConversationEngine.Settings.DEFAULT.intentThreshold() * 100));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ExampleForm(Intent.OTHER.name(), "", ""));
        }
        model.addAttribute("seen", pages.seen());
        model.addAttribute("section", Section.INTENTS);
        return "admin/dictionary/intents";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String intent,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long seen,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            IntentExample entry = pages.rules().intentExample(intent, text);
            String key = ChangeKind.keyOf(entry.text());
            pages.curator()
                    .latest()
                    .value(ChangeKind.INTENT_EXAMPLE, key, IntentExample.class)
                    .ifPresent(existing -> {
                        throw new CurationException("Câu \"" + existing.text() + "\" đã là ví dụ của ý định \""
                                + DictionaryPages.intentLabel(existing.intent()) + "\" (do cán bộ thêm).");
                    });
            long head = pages.expectedHead(ChangeKind.INTENT_EXAMPLE, key, seen);
            pages.curator().publish(me.getName(), ChangeKind.INTENT_EXAMPLE, key, entry, reason, head);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã thêm câu ví dụ \"" + entry.text() + "\" cho ý định \""
                            + DictionaryPages.intentLabel(entry.intent()).toLowerCase(Locale.ROOT) + "\".");
            redirect.addAttribute("test", entry.text());
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "form",
                    new ExampleForm(
                            DictionaryPages.orEmpty(intent),
                            DictionaryPages.orEmpty(text),
                            DictionaryPages.orEmpty(reason)));
        }
        return "redirect:/admin/knowledge/intents";
    }

    @PostMapping("/remove")
    String remove(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            IntentExample current = pages.curator()
                    .latest()
                    .value(ChangeKind.INTENT_EXAMPLE, key, IntentExample.class)
                    .orElseThrow(() -> new CurationException("Không có câu ví dụ này (có thể vừa bị xoá)."));
            pages.checkHead(ChangeKind.INTENT_EXAMPLE, key, head);
            pages.curator().publish(me.getName(), ChangeKind.INTENT_EXAMPLE, key, null, reason, head);
            redirect.addFlashAttribute("flashInfo", "Đã xoá câu ví dụ \"" + current.text() + "\".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/knowledge/intents";
    }

    @GetMapping("/history")
    String history(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            Model model) {
        return pages.history(model, Section.INTENTS, key, a, b);
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long revision,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        return pages.restore(Section.INTENTS, key, revision, head, reason, me.getName(), redirect);
    }
}
