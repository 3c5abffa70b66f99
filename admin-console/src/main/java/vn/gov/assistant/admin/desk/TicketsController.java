package vn.gov.assistant.admin.desk;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.core.handoff.DeskException;
import vn.gov.assistant.core.handoff.StaffDesk;

/**
 * Callback tickets not yet done: who asked to be contacted, how, about what; staff assign them (to
 * themselves or a colleague) and record how the call went.
 */
@Controller
@RequestMapping("/admin/tickets")
class TicketsController {

    private final StaffDesk desk;
    private final DeskLabels labels;
    private final DeskStaff staff;

    TicketsController(StaffDesk desk, DeskLabels labels, DeskStaff staff) {
        this.desk = desk;
        this.labels = labels;
        this.staff = staff;
    }

    @GetMapping
    String tickets(Authentication me, Model model) {
        List<Row> rows = desk.tickets().stream()
                .map(t -> new Row(
                        t.number(),
                        DeskLabels.when(t.created()),
                        DeskLabels.channel(t.channel()),
                        t.contact(),
                        labels.procedure(t.procedure()),
                        t.reason(),
                        DeskLabels.status(t.status()),
                        t.assignee()))
                .toList();
        model.addAttribute("tickets", rows);
        model.addAttribute("colleagues", staff.agents());
        return "admin/tickets";
    }

    @PostMapping("/{number}/assign")
    String assign(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String to,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            desk.assignTicket(number, me.getName(), to);
            redirect.addFlashAttribute("flashInfo", "Đã phân công phiếu " + number + ".");
        } catch (DeskException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/tickets";
    }

    @PostMapping("/{number}/outcome")
    String outcome(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String outcome,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            desk.recordOutcome(number, me.getName(), outcome);
            redirect.addFlashAttribute("flashInfo", "Đã ghi kết quả cho phiếu " + number + ".");
        } catch (DeskException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/tickets";
    }

    /** A ticket as the list shows it. */
    record Row(
            String number,
            String created,
            String channel,
            String contact,
            String procedure,
            String reason,
            String status,
            String assignee) {}
}
