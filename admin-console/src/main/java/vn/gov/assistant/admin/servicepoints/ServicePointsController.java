package vn.gov.assistant.admin.servicepoints;

import java.text.Collator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.servicepoint.ServiceArea;
import vn.gov.assistant.core.servicepoint.ServicePoint;
import vn.gov.assistant.core.servicepoint.ServicePointDraft;
import vn.gov.assistant.core.servicepoint.ServicePoints;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Service points, for editors: the list (searched by name, address or commune), a new point, an
 * edit, a removal, each with a required reason and published through the {@link KnowledgeCurator}
 * (versioned, audited, served at once); a point's history, two versions compared field by field,
 * and any version restored. While the areas are typed, each line is read back as it will be
 * stored, with the communes other points serve suggested.
 */
@Controller
@RequestMapping(ServicePointsController.PATH)
class ServicePointsController {

    static final String PATH = "/admin/knowledge/service-points";

    private static final ChangeKind KIND = ChangeKind.SERVICE_POINT;

    /** Path segments that are pages, never a point's id. */
    private static final Set<String> RESERVED = Set.of("new", "communes");

    /** The levels a point may be restricted to: the district level no longer exists. */
    static final List<Level> LEVELS = List.of(Level.PROVINCE, Level.COMMUNE, Level.MINISTRY, Level.OTHER);

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final KnowledgeCurator curator;

    ServicePointsController(KnowledgeCurator curator) {
        this.curator = curator;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        List<ServicePoint> all = curator.latest().servicePoints();
        String wanted = VietnameseText.foldedWords(q == null ? "" : q);
        List<Row> rows = all.stream()
                .filter(p -> wanted.isEmpty() || searchable(p).contains(wanted))
                .map(this::row)
                .toList();
        model.addAttribute("points", rows);
        model.addAttribute("total", all.size());
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("removed", removed());
        return "admin/service-points";
    }

    @GetMapping("/new")
    String newPoint(Model model) {
        return form(model, null, ServicePointForm.empty(), Map.of());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ServicePointForm form,
            Authentication me,
            Model model,
            RedirectAttributes redirect) {
        Set<String> taken = new HashSet<>(RESERVED);
        curator.latest().servicePoints().forEach(p -> taken.add(p.id()));
        removed().forEach(r -> taken.add(r.id()));
        String id = ServicePointDraft.idFor(form.name() == null ? "" : form.name(), taken);
        return save(null, id, form, me, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        ServicePoint point = current(id).orElseThrow(ServicePointsController::notFound);
        return form(model, point, ServicePointForm.of(point, curator.head(KIND, id)), Map.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") ServicePointForm form,
            Authentication me,
            Model model,
            RedirectAttributes redirect) {
        ServicePoint point = current(id).orElseThrow(ServicePointsController::notFound);
        return save(point, id, form, me, model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") long head,
            Authentication me,
            RedirectAttributes redirect) {
        ServicePoint point = current(id).orElseThrow(ServicePointsController::notFound);
        try {
            KnowledgeChange change = curator.publish(me.getName(), KIND, id, null, reason, head);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã xóa điểm tiếp nhận " + point.name() + " (phiên bản " + change.revision()
                            + "). Có thể khôi phục trong lịch sử của nó.");
            return "redirect:" + PATH;
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:" + PATH + "/" + id;
        }
    }

    @GetMapping("/{id}/history")
    String history(
            @PathVariable String id,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            Model model) {
        List<KnowledgeChange> changes = curator.history(KIND, id);
        if (changes.isEmpty()) {
            throw notFound();
        }
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            KnowledgeChange c = changes.get(i);
            versions.add(new Version(
                    c.revision(),
                    WHEN.format(c.at()),
                    c.author(),
                    c.reason(),
                    c.removes() ? "Xóa" : i == changes.size() - 1 ? "Tạo mới" : "Sửa",
                    c.removes(),
                    i == 0));
        }
        long newer = to == null ? changes.get(0).revision() : to;
        long older = from == null ? (changes.size() > 1 ? changes.get(1).revision() : 0) : from;
        Optional<ServicePoint> before = version(changes, older);
        Optional<ServicePoint> after = version(changes, newer);
        model.addAttribute("id", id);
        model.addAttribute("name", lastName(changes));
        model.addAttribute("current", current(id).isPresent());
        model.addAttribute("versions", versions);
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("compared", compare(before, after));
        return "admin/service-point-history";
    }

    @PostMapping("/{id}/restore")
    String restore(
            @PathVariable String id,
            @RequestParam long revision,
            @RequestParam(required = false) String reason,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            KnowledgeChange change = curator.restore(me.getName(), KIND, id, revision, reason);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã khôi phục phiên bản " + revision + " (thành phiên bản mới " + change.revision() + ").");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + PATH + "/" + id + "/history";
    }

    /** Each line of the areas read back as it will be stored, or why it cannot be (htmx, while typing). */
    @PostMapping("/communes/check")
    String checkCommunes(
            @RequestParam(defaultValue = "") String communes, @RequestParam(required = false) String id, Model model) {
        List<ServiceArea> known = known(id);
        List<LineCheck> lines = new ArrayList<>();
        String[] typed = communes.split("\\R");
        for (int i = 0; i < typed.length && i < ServicePointDraft.MAX_AREAS; i++) {
            String line = typed[i];
            if (line.isBlank()) {
                continue;
            }
            Checked read = ServicePointDraft.area(line, known);
            lines.add(new LineCheck(
                    i + 1,
                    line.strip(),
                    read.valid(),
                    read.value(),
                    read.message(),
                    read.valid() ? List.of() : suggest(line, known)));
        }
        model.addAttribute("lines", lines);
        return "admin/service-point-communes :: ul";
    }

    private String save(
            ServicePoint existing,
            String id,
            ServicePointForm form,
            Authentication me,
            Model model,
            RedirectAttributes redirect) {
        ServicePointDraft.Outcome outcome = form.draft().check(id, domains(), known(id));
        Map<String, String> errors = new LinkedHashMap<>(outcome.errors());
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty()) {
            errors.put("reason", "Ghi lý do của thay đổi.");
        } else if (reason.length() > KnowledgeCurator.MAX_REASON) {
            errors.put("reason", "Lý do dài quá " + KnowledgeCurator.MAX_REASON + " ký tự.");
        }
        if (errors.isEmpty()) {
            try {
                KnowledgeChange change =
                        curator.publish(me.getName(), KIND, id, outcome.point().orElseThrow(), reason, form.head());
                redirect.addFlashAttribute(
                        "flashInfo",
                        (existing == null ? "Đã thêm" : "Đã lưu") + " điểm tiếp nhận "
                                + outcome.point().get().name() + " (phiên bản " + change.revision()
                                + "); trợ lý ảo dùng thông tin mới ngay.");
                if (!outcome.notes().isEmpty()) {
                    redirect.addFlashAttribute("flashNotes", outcome.notes());
                }
                return "redirect:" + PATH;
            } catch (CurationException e) {
                errors.put("global", e.getMessage());
            }
        }
        return form(model, existing, form, errors);
    }

    private String form(Model model, ServicePoint existing, ServicePointForm form, Map<String, String> errors) {
        model.addAttribute("point", existing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "domains",
                domains().stream()
                        .map(d -> new DomainChoice(VietnameseText.foldedWords(d), d))
                        .toList());
        model.addAttribute("levels", LEVELS);
        model.addAttribute(
                "suggested",
                known(existing == null ? null : existing.id()).stream()
                        .map(ServiceArea::display)
                        .toList());
        return "admin/service-point";
    }

    private Optional<ServicePoint> current(String id) {
        return curator.latest().value(KIND, id, ServicePoint.class);
    }

    /** The domains of the served catalog, in Vietnamese alphabetical order. */
    private List<String> domains() {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return curator.current().catalog().procedures().stream()
                .map(Procedure::domain)
                .filter(d -> !d.isBlank())
                .distinct()
                .sorted(vietnamese)
                .toList();
    }

    /** The communes the other points serve: their spelling is offered and kept. */
    private List<ServiceArea> known(String exceptId) {
        List<ServicePoint> others = curator.latest().servicePoints().stream()
                .filter(p -> !p.id().equals(exceptId))
                .toList();
        return ServicePoints.of(others).communes();
    }

    private static List<String> suggest(String line, List<ServiceArea> known) {
        String folded = " " + VietnameseText.foldedWords(line) + " ";
        return known.stream()
                .filter(a -> folded.contains(" " + a.foldedName() + " "))
                .map(ServiceArea::display)
                .limit(3)
                .toList();
    }

    private static String searchable(ServicePoint p) {
        return VietnameseText.foldedWords(p.name() + " " + p.address() + " " + String.join(" ", p.communes()));
    }

    private Row row(ServicePoint p) {
        Optional<KnowledgeChange> change = curator.latest().change(KIND, p.id());
        return new Row(
                p.id(),
                p.name(),
                p.address(),
                p.openingHours(),
                ServicePointDraft.of(p).phone(),
                areas(p),
                p.domains().isEmpty() ? "Mọi lĩnh vực" : String.join("; ", p.domains()),
                levels(p),
                change.map(c -> WHEN.format(c.at()) + ", " + c.author()).orElse(""));
    }

    private static String areas(ServicePoint p) {
        return p.communes().isEmpty() ? "Mọi nơi" : String.join("; ", p.communes());
    }

    private static String levels(ServicePoint p) {
        return p.levels().isEmpty()
                ? "Mọi cấp"
                : String.join(", ", p.levels().stream().map(Level::label).toList());
    }

    /** Points whose latest change removed them, newest first, with the name they had. */
    private List<Removed> removed() {
        Map<String, KnowledgeChange> latest = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (KnowledgeChange c : curator.recent(Integer.MAX_VALUE)) {
            if (c.kind() != KIND) {
                continue;
            }
            latest.putIfAbsent(c.key(), c);
            if (!c.removes()) {
                names.putIfAbsent(
                        c.key(), KnowledgeCodec.value(c, ServicePoint.class).name());
            }
        }
        List<Removed> out = new ArrayList<>();
        latest.forEach((key, c) -> {
            if (c.removes()) {
                out.add(new Removed(key, names.getOrDefault(key, key), WHEN.format(c.at()), c.author(), c.reason()));
            }
        });
        return out;
    }

    private static String lastName(List<KnowledgeChange> newestFirst) {
        for (KnowledgeChange c : newestFirst) {
            if (!c.removes()) {
                return KnowledgeCodec.value(c, ServicePoint.class).name();
            }
        }
        return newestFirst.get(0).key();
    }

    private static Optional<ServicePoint> version(List<KnowledgeChange> changes, long revision) {
        return changes.stream()
                .filter(c -> c.revision() == revision && !c.removes())
                .findFirst()
                .map(c -> KnowledgeCodec.value(c, ServicePoint.class));
    }

    private static List<Compared> compare(Optional<ServicePoint> before, Optional<ServicePoint> after) {
        List<Compared> out = new ArrayList<>();
        out.add(field("Tên", before.map(ServicePoint::name), after.map(ServicePoint::name)));
        out.add(field("Địa chỉ", before.map(ServicePoint::address), after.map(ServicePoint::address)));
        out.add(field("Giờ làm việc", before.map(ServicePoint::openingHours), after.map(ServicePoint::openingHours)));
        out.add(field(
                "Điện thoại", before.map(p -> ServicePointDraft.of(p).phone()), after.map(p -> ServicePointDraft.of(p)
                        .phone())));
        out.add(field(
                "Xã/phường phục vụ",
                before.map(p -> String.join("\n", p.communes().isEmpty() ? List.of("Mọi nơi") : p.communes())),
                after.map(p -> String.join("\n", p.communes().isEmpty() ? List.of("Mọi nơi") : p.communes()))));
        out.add(field(
                "Lĩnh vực",
                before.map(p -> p.domains().isEmpty() ? "Mọi lĩnh vực" : String.join("\n", p.domains())),
                after.map(p -> p.domains().isEmpty() ? "Mọi lĩnh vực" : String.join("\n", p.domains()))));
        out.add(field(
                "Cấp thực hiện",
                before.map(ServicePointsController::levels),
                after.map(ServicePointsController::levels)));
        return out;
    }

    private static Compared field(String label, Optional<String> before, Optional<String> after) {
        String b = before.orElse("(không có)");
        String a = after.orElse("(không có)");
        return new Compared(label, b, a, !a.equals(b));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có điểm tiếp nhận này.");
    }

    /** A point as the list shows it. */
    record Row(
            String id,
            String name,
            String address,
            String openingHours,
            String phone,
            String communes,
            String domains,
            String levels,
            String changed) {}

    /**
     * A domain to tick: its key is the name folded, without the commas some names have (a single
     * value with a comma would be split into several when bound to a list).
     */
    record DomainChoice(String key, String label) {}

    /** A removed point, for its history and restoring. */
    record Removed(String id, String name, String at, String author, String reason) {}

    /** One change of a point's history. */
    record Version(
            long revision, String at, String author, String reason, String action, boolean removal, boolean latest) {}

    /** One field of two versions side by side. */
    record Compared(String label, String before, String after, boolean changed) {}

    /** One typed line of areas read back. */
    record LineCheck(int number, String typed, boolean valid, String value, String message, List<String> suggestions) {}
}
