package vn.gov.assistant.admin.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.admin.dictionary.DictionaryPages.Section;
import vn.gov.assistant.core.knowledge.Abbreviation;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.knowledge.search.Abbreviations;

/**
 * Abbreviations and old terms rewritten in questions ("cccd" -> "căn cước"): the bundled ones and
 * staff's. An editor adds one, replaces one (a bundled short form included: staff's entry wins),
 * switches a bundled one off (it then keeps the words as typed) and removes staff's (the bundled
 * one, if any, applies again).
 */
@Controller
@RequestMapping("/admin/knowledge/abbreviations")
class AbbreviationsController {

    private final DictionaryPages pages;

    AbbreviationsController(DictionaryPages pages) {
        this.pages = pages;
    }

    /** The add form as typed: kept across a refusal. */
    record AbbreviationForm(String shortForm, String expansion, String reason) {}

    /** Staff's entry as the list shows it: {@code replaces} the bundled expansion it replaces, "" for none. */
    record StaffRow(String shortForm, String expansion, String replaces, boolean off, String changed, long head) {}

    /** A bundled entry and what staff made of it ({@code staffExpansion}: "" when nothing). */
    record BundledRow(String shortForm, String expansion, String staffExpansion, boolean off) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String q, @RequestParam(required = false) String shortForm, Model model) {
        String filter = DictionaryPages.orEmpty(q).strip();
        String folded = ChangeKind.keyOf(filter);
        Abbreviations bundled = pages.rules().bundledAbbreviations();
        Map<String, Abbreviation> staff = new LinkedHashMap<>();
        for (Abbreviation a : pages.curator().latest().abbreviations()) {
            staff.put(a.shortForm(), a);
        }
        List<StaffRow> staffRows = new ArrayList<>();
        for (Abbreviation a : staff.values()) {
            if (matches(folded, a.shortForm(), a.expansion())) {
                staffRows.add(new StaffRow(
                        a.shortForm(),
                        a.expansion(),
                        bundled.expansionOf(a.shortForm()).orElse(""),
                        a.shortForm().equals(a.expansion()),
                        pages.lastChange(ChangeKind.ABBREVIATION, a.shortForm()),
                        pages.curator().head(ChangeKind.ABBREVIATION, a.shortForm())));
            }
        }
        List<BundledRow> bundledRows = new ArrayList<>();
        bundled.asMap().forEach((form, expansion) -> {
            if (matches(folded, form, expansion)) {
                Abbreviation mine = staff.get(form);
                bundledRows.add(new BundledRow(
                        form,
                        expansion,
                        mine == null ? "" : mine.expansion(),
                        mine != null && mine.shortForm().equals(mine.expansion())));
            }
        });
        model.addAttribute("q", filter);
        model.addAttribute("staff", staffRows);
        model.addAttribute("bundled", bundledRows);
        model.addAttribute("bundledCount", bundled.size());
        if (!model.containsAttribute("form")) {
            String prefill = DictionaryPages.orEmpty(shortForm).strip();
            model.addAttribute(
                    "form",
                    new AbbreviationForm(
                            prefill,
                            staff.containsKey(Abbreviations.keyOf(prefill))
                                    ? staff.get(Abbreviations.keyOf(prefill)).expansion()
                                    : bundled.expansionOf(prefill).orElse(""),
                            ""));
        }
        model.addAttribute("seen", pages.seen());
        model.addAttribute("section", Section.ABBREVIATIONS);
        return "admin/dictionary/abbreviations";
    }

    private static boolean matches(String folded, String shortForm, String expansion) {
        return folded.isEmpty()
                || ChangeKind.keyOf(shortForm).contains(folded)
                || ChangeKind.keyOf(expansion).contains(folded);
    }

    /** Adds an abbreviation, or replaces the one of the same short form (staff's or bundled). */
    @PostMapping
    String save(
            @RequestParam(required = false) String shortForm,
            @RequestParam(required = false) String expansion,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long seen,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            Abbreviation entry = pages.rules().abbreviation(shortForm, expansion);
            long head = pages.expectedHead(ChangeKind.ABBREVIATION, entry.shortForm(), seen);
            boolean replacing = pages.curator()
                            .latest()
                            .value(ChangeKind.ABBREVIATION, entry.shortForm(), Abbreviation.class)
                            .isPresent()
                    || pages.rules()
                            .bundledAbbreviations()
                            .expansionOf(entry.shortForm())
                            .isPresent();
            pages.curator().publish(me.getName(), ChangeKind.ABBREVIATION, entry.shortForm(), entry, reason, head);
            redirect.addFlashAttribute(
                    "flashInfo",
                    (replacing ? "Đã thay nghĩa của \"" : "Đã thêm từ viết tắt \"") + entry.shortForm() + "\": "
                            + entry.expansion() + ".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "form",
                    new AbbreviationForm(
                            DictionaryPages.orEmpty(shortForm),
                            DictionaryPages.orEmpty(expansion),
                            DictionaryPages.orEmpty(reason)));
        }
        return "redirect:/admin/knowledge/abbreviations";
    }

    /** Switches a bundled abbreviation off: staff's entry keeps its words as typed. */
    @PostMapping("/off")
    String off(
            @RequestParam(defaultValue = "") String shortForm,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long seen,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            String key = Abbreviations.keyOf(shortForm);
            if (pages.rules().bundledAbbreviations().expansionOf(key).isEmpty()) {
                throw new CurationException("\"" + key + "\" không có trong từ điển có sẵn.");
            }
            long head = pages.expectedHead(ChangeKind.ABBREVIATION, key, seen);
            pages.curator()
                    .publish(me.getName(), ChangeKind.ABBREVIATION, key, new Abbreviation(key, key), reason, head);
            redirect.addFlashAttribute("flashInfo", "Đã tắt từ viết tắt \"" + key + "\": câu hỏi giữ nguyên chữ này.");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/knowledge/abbreviations";
    }

    /** Removes staff's entry: a bundled abbreviation of the same short form applies again. */
    @PostMapping("/remove")
    String remove(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            if (pages.curator()
                    .latest()
                    .value(ChangeKind.ABBREVIATION, key, Abbreviation.class)
                    .isEmpty()) {
                throw new CurationException("Không có từ viết tắt này do cán bộ thêm (có thể vừa bị xoá).");
            }
            pages.checkHead(ChangeKind.ABBREVIATION, key, head);
            pages.curator().publish(me.getName(), ChangeKind.ABBREVIATION, key, null, reason, head);
            redirect.addFlashAttribute(
                    "flashInfo",
                    pages.rules().bundledAbbreviations().expansionOf(key).isPresent()
                            ? "Đã xoá thay đổi của cán bộ: \"" + key + "\" lại theo từ điển có sẵn."
                            : "Đã xoá từ viết tắt \"" + key + "\".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/knowledge/abbreviations";
    }

    @GetMapping("/history")
    String history(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            Model model) {
        return pages.history(model, Section.ABBREVIATIONS, key, a, b);
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long revision,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        return pages.restore(Section.ABBREVIATIONS, key, revision, head, reason, me.getName(), redirect);
    }
}
