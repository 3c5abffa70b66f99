package vn.gov.assistant.admin.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
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
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Everyday names of procedures ("làm sổ đỏ"): the bundled ones, read-only with their procedure,
 * and staff's, which editors add (the procedure picked by its code or through the served search)
 * and remove, each with a reason.
 */
@Controller
@RequestMapping("/admin/knowledge/names")
class EverydayNamesController {

    /** Bundled names shown for a search, at most. */
    static final int BUNDLED_SHOWN = 100;

    private final DictionaryPages pages;

    EverydayNamesController(DictionaryPages pages) {
        this.pages = pages;
    }

    /** The add form as typed: kept across a refusal. */
    record NameForm(String name, String find, String code, String reason) {
        static NameForm empty() {
            return new NameForm("", "", "", "");
        }
    }

    /** A name as the lists show it. */
    record Row(String name, String key, String procedure, String changed, long head) {}

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        String filter = DictionaryPages.orEmpty(q).strip();
        String folded = ChangeKind.keyOf(filter);
        List<Row> staff = new ArrayList<>();
        for (EverydayName n : pages.curator().latest().everydayNames()) {
            String key = ChangeKind.keyOf(n.name());
            if (matches(folded, n.name(), n.code())) {
                staff.add(new Row(
                        n.name(),
                        key,
                        pages.procedure(n.code()),
                        pages.lastChange(ChangeKind.EVERYDAY_NAME, key),
                        pages.curator().head(ChangeKind.EVERYDAY_NAME, key)));
            }
        }
        List<Row> bundled = new ArrayList<>();
        int bundledCount = 0;
        for (Map.Entry<ProcedureCode, List<String>> e :
                pages.rules().bundledNames().asMap().entrySet()) {
            for (String name : e.getValue()) {
                bundledCount++;
                if (!folded.isEmpty() && matches(folded, name, e.getKey().value())) {
                    bundled.add(new Row(name, "", pages.procedure(e.getKey().value()), "", 0));
                }
            }
        }
        bundled.sort(Comparator.comparing(Row::name));
        model.addAttribute("q", filter);
        model.addAttribute("staff", staff);
        model.addAttribute("bundled", bundled.size() > BUNDLED_SHOWN ? bundled.subList(0, BUNDLED_SHOWN) : bundled);
        model.addAttribute("bundledMatches", bundled.size());
        model.addAttribute("bundledCount", bundledCount);
        model.addAttribute("bundledShown", BUNDLED_SHOWN);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NameForm.empty());
        }
        NameForm form = (NameForm) model.getAttribute("form");
        model.addAttribute("found", pages.find(form.find(), form.code()));
        model.addAttribute("seen", pages.seen());
        model.addAttribute("section", Section.NAMES);
        return "admin/dictionary/names";
    }

    private boolean matches(String folded, String name, String code) {
        return folded.isEmpty()
                || ChangeKind.keyOf(name).contains(folded)
                || code.equals(folded)
                || ChangeKind.keyOf(pages.procedure(code)).contains(folded);
    }

    /** The procedures to pick for what the editor typed (a code or a few words): a fragment. */
    @GetMapping("/procedures")
    String procedures(
            @RequestParam(required = false) String find, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("found", pages.find(find, code));
        model.addAttribute("searched", !DictionaryPages.orEmpty(find).isBlank());
        return "admin/dictionary/names :: found";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String find,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long seen,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            EverydayName entry = pages.rules().everydayName(pages.served(), name, code);
            String key = ChangeKind.keyOf(entry.name());
            long head = pages.expectedHead(ChangeKind.EVERYDAY_NAME, key, seen);
            pages.curator().publish(me.getName(), ChangeKind.EVERYDAY_NAME, key, entry, reason, head);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã thêm tên gọi \"" + entry.name() + "\" cho thủ tục " + pages.procedure(entry.code()) + ".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute(
                    "form",
                    new NameForm(
                            DictionaryPages.orEmpty(name),
                            DictionaryPages.orEmpty(find),
                            DictionaryPages.orEmpty(code),
                            DictionaryPages.orEmpty(reason)));
        }
        return "redirect:/admin/knowledge/names";
    }

    @PostMapping("/remove")
    String remove(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            EverydayName current = pages.curator()
                    .latest()
                    .value(ChangeKind.EVERYDAY_NAME, key, EverydayName.class)
                    .orElseThrow(() -> new CurationException("Không có tên gọi này (có thể vừa bị xoá)."));
            pages.checkHead(ChangeKind.EVERYDAY_NAME, key, head);
            pages.curator().publish(me.getName(), ChangeKind.EVERYDAY_NAME, key, null, reason, head);
            redirect.addFlashAttribute("flashInfo", "Đã xoá tên gọi \"" + current.name() + "\".");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/knowledge/names";
    }

    @GetMapping("/history")
    String history(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) Long a,
            @RequestParam(required = false) Long b,
            Model model) {
        return pages.history(model, Section.NAMES, key, a, b);
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "0") long revision,
            @RequestParam(defaultValue = "0") long head,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        return pages.restore(Section.NAMES, key, revision, head, reason, me.getName(), redirect);
    }
}
