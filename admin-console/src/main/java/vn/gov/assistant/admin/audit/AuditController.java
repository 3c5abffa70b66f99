package vn.gov.assistant.admin.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.assistant.core.staff.AuditLog;

/** The latest staff actions, newest first, for administrators. */
@Controller
class AuditController {

    /** How many entries the page shows. */
    static final int PAGE = 200;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        model.addAttribute(
                "entries",
                audit.recent(PAGE).stream()
                        .map(e -> new Row(WHEN.format(e.at()), e.actor(), e.action(), e.target(), e.detail()))
                        .toList());
        model.addAttribute("page", PAGE);
        return "admin/audit";
    }

    /** An entry as the page shows it. */
    record Row(String at, String actor, String action, String target, String detail) {}
}
