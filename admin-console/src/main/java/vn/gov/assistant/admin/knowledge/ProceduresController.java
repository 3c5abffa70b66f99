package vn.gov.assistant.admin.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.KnowledgeSnapshot;
import vn.gov.assistant.core.knowledge.ProcedureCuration;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.SearchHit;

/**
 * The procedures as staff curate them: found the way citizens find them (the served search), each
 * record shown next to the catalog's original and its official page, corrected with a required
 * reason, and every version listed, compared and restorable.
 */
@Controller
@RequestMapping("/admin/knowledge/procedures")
class ProceduresController {

    static final int MAX_QUERY = 300;
    private static final int HITS = 30;

    private final KnowledgeCurator curator;
    private final Catalog bundled;

    ProceduresController(KnowledgeCurator curator, Catalog bundled) {
        this.curator = curator;
        this.bundled = bundled;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        KnowledgeSnapshot served = curator.current();
        String query = q.strip();
        List<Row> rows = new ArrayList<>();
        String problem = null;
        if (query.length() > MAX_QUERY) {
            problem = "Câu tìm kiếm dài quá " + MAX_QUERY + " ký tự.";
        } else if (!query.isEmpty()) {
            Optional<Procedure> byCode = code(query).flatMap(served.catalog()::find);
            byCode.ifPresent(p -> rows.add(row(p, served, false)));
            for (SearchHit hit : served.search().search(query, HITS).hits()) {
                if (byCode.isEmpty() || !hit.code().equals(byCode.get().code())) {
                    served.catalog().find(hit.code()).ifPresent(p -> rows.add(row(p, served, false)));
                }
            }
        }
        List<Row> curated = new ArrayList<>();
        for (ProcedureCuration c : curator.latest().procedures()) {
            curated.add(row(c.record(), served, c.hidden()));
        }
        model.addAttribute("q", query);
        model.addAttribute("problem", problem);
        model.addAttribute("rows", rows);
        model.addAttribute("curated", curated.reversed());
        model.addAttribute("served", served.catalog().size());
        model.addAttribute("revision", served.revision());
        return "admin/knowledge/procedures";
    }

    @GetMapping("/{code}")
    String view(@PathVariable String code, Model model) {
        Entry e = entry(code);
        model.addAttribute("p", e.current());
        model.addAttribute("hidden", e.hidden());
        model.addAttribute("fields", ProcedureFields.of(e.current()));
        model.addAttribute("original", e.original().map(ProcedureFields::of).orElse(List.of()));
        model.addAttribute(
                "differences",
                e.original().map(o -> ProcedureFields.compare(o, e.current())).orElse(List.of()));
        model.addAttribute("importedAt", ProcedureFields.DATE.format(e.current().importedAt()));
        model.addAttribute(
                "revisedAt",
                e.current().isRevised()
                        ? ProcedureFields.WHEN.format(e.current().revisedAt())
                        : "");
        model.addAttribute("versions", versions(e.code()));
        model.addAttribute("status", KnowledgeStatus.of(curator, curator.head(ChangeKind.PROCEDURE, e.code())));
        return "admin/knowledge/procedure";
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Entry e = entry(code);
        return editPage(
                e,
                ProcedureForm.of(e.current(), e.hidden(), curator.head(ChangeKind.PROCEDURE, e.code())),
                List.of(),
                model);
    }

    @PostMapping("/{code}")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") ProcedureForm form,
            Authentication me,
            Model model,
            RedirectAttributes redirect) {
        Entry e = entry(code);
        ProcedureForm.Result result = form.apply(e.current());
        if (!result.errors().isEmpty()) {
            return editPage(e, form, result.errors(), model);
        }
        if (result.procedure().equals(e.current()) && form.isHidden() == e.hidden()) {
            return editPage(e, form, List.of("Chưa có gì thay đổi so với bản đang phục vụ."), model);
        }
        try {
            KnowledgeChange change = curator.publishProcedure(
                    me.getName(), result.procedure(), form.isHidden(), form.getReason(), form.getHead());
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã đăng phiên bản " + change.revision()
                            + (form.isHidden() ? ": thủ tục sẽ ẩn với công dân." : ".")
                            + " Mọi máy chủ đưa phiên bản này vào tìm kiếm trong vài giây.");
        } catch (CurationException ex) {
            return editPage(e, form, List.of(ex.getMessage()), model);
        }
        return "redirect:/admin/knowledge/procedures/" + e.code();
    }

    @GetMapping("/{code}/compare")
    String compare(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") long from,
            @RequestParam(defaultValue = "-1") long to,
            Model model) {
        Entry e = entry(code);
        List<Version> versions = versions(e.code());
        long toRevision = to < 0 ? (versions.isEmpty() ? 0 : versions.get(0).revision()) : to;
        Procedure before = version(e, from);
        Procedure after = version(e, toRevision);
        model.addAttribute("p", e.current());
        model.addAttribute("from", from);
        model.addAttribute("to", toRevision);
        model.addAttribute("versions", versions);
        model.addAttribute("differences", ProcedureFields.compare(before, after));
        model.addAttribute("hiddenBefore", hiddenAt(e, from));
        model.addAttribute("hiddenAfter", hiddenAt(e, toRevision));
        return "admin/knowledge/compare";
    }

    @PostMapping("/{code}/restore")
    String restore(
            @PathVariable String code,
            @RequestParam long revision,
            @RequestParam(defaultValue = "") String reason,
            Authentication me,
            RedirectAttributes redirect) {
        Entry e = entry(code);
        try {
            KnowledgeChange change = curator.restore(me.getName(), ChangeKind.PROCEDURE, e.code(), revision, reason);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã khôi phục " + (revision == 0 ? "bản gốc" : "phiên bản " + revision) + " (phiên bản mới "
                            + change.revision() + ").");
        } catch (CurationException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
        }
        return "redirect:/admin/knowledge/procedures/" + e.code();
    }

    private String editPage(Entry e, ProcedureForm form, List<String> errors, Model model) {
        model.addAttribute("p", e.current());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "methods",
                e.current().channels().stream().map(c -> c.method().label()).toList());
        return "admin/knowledge/edit";
    }

    /** A procedure staff can curate: the catalog's, or one staff added; served, or hidden. */
    private record Entry(String code, Procedure current, boolean hidden, Optional<Procedure> original) {}

    private Entry entry(String code) {
        ProcedureCode parsed = code(code).orElseThrow(() -> notFound(code));
        Optional<Procedure> original = bundled.find(parsed);
        Optional<ProcedureCuration> curated =
                curator.latest().value(ChangeKind.PROCEDURE, parsed.value(), ProcedureCuration.class);
        if (curated.isPresent()) {
            return new Entry(
                    parsed.value(), curated.get().record(), curated.get().hidden(), original);
        }
        return original.map(p -> new Entry(parsed.value(), p, false, original)).orElseThrow(() -> notFound(code));
    }

    private Procedure version(Entry e, long revision) {
        if (revision == 0) {
            return e.original()
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "Thủ tục này không có bản gốc trong danh mục."));
        }
        return change(e, revision)
                .map(c -> KnowledgeCodec.value(c, ProcedureCuration.class))
                .map(ProcedureCuration::record)
                .orElseGet(() -> e.original().orElseThrow());
    }

    private boolean hiddenAt(Entry e, long revision) {
        return revision != 0
                && change(e, revision)
                        .map(c -> KnowledgeCodec.value(c, ProcedureCuration.class))
                        .map(ProcedureCuration::hidden)
                        .orElse(false);
    }

    private Optional<KnowledgeChange> change(Entry e, long revision) {
        Optional<KnowledgeChange> c = curator.change(revision);
        if (c.isEmpty()
                || c.get().kind() != ChangeKind.PROCEDURE
                || !c.get().key().equals(e.code())) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Không có phiên bản " + revision + " của thủ tục này.");
        }
        return c.get().removes() ? Optional.empty() : c;
    }

    /** One version in the history: who, when, why, and whether it hid the procedure. */
    record Version(long revision, String author, String when, String reason, boolean hidden, boolean original) {}

    private List<Version> versions(String code) {
        List<Version> out = new ArrayList<>();
        for (KnowledgeChange c : curator.history(ChangeKind.PROCEDURE, code)) {
            boolean hidden = !c.removes()
                    && KnowledgeCodec.value(c, ProcedureCuration.class).hidden();
            out.add(new Version(
                    c.revision(), c.author(), ProcedureFields.WHEN.format(c.at()), c.reason(), hidden, c.removes()));
        }
        return out;
    }

    /** A procedure as a list row. */
    record Row(String code, String name, String levels, String domain, String revised, boolean hidden) {}

    private static Row row(Procedure p, KnowledgeSnapshot served, boolean hidden) {
        return new Row(
                p.code().value(),
                p.name(),
                String.join(", ", p.levels().stream().map(Level::label).toList()),
                p.domain(),
                p.isRevised() ? ProcedureFields.DATE.format(p.revisedAt()) : "",
                hidden);
    }

    private static Optional<ProcedureCode> code(String text) {
        try {
            return Optional.of(ProcedureCode.of(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseStatusException notFound(String code) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có thủ tục mã này trong danh mục.");
    }
}
