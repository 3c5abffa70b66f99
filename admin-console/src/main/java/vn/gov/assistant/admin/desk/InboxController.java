package vn.gov.assistant.admin.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;

/**
 * The live inbox: open hand-offs, waiting ones first, refreshed by htmx every few seconds; each
 * refresh also tells the desk this staff member is at the inbox (citizens are offered a person
 * only while someone is).
 */
@Controller
@RequestMapping("/admin/inbox")
class InboxController {

    private final StaffDesk desk;
    private final DeskLabels labels;

    InboxController(StaffDesk desk, DeskLabels labels) {
        this.desk = desk;
        this.labels = labels;
    }

    @GetMapping
    String inbox(Authentication me, Model model) {
        desk.heartbeat(me.getName());
        model.addAttribute("rows", rows(me.getName()));
        return "admin/inbox";
    }

    /** The list alone, for the poll. */
    @GetMapping("/list")
    String list(Authentication me, Model model) {
        desk.heartbeat(me.getName());
        model.addAttribute("rows", rows(me.getName()));
        return "admin/inbox :: list";
    }

    private List<Row> rows(String me) {
        Instant now = Instant.now();
        return desk.inbox().stream()
                .map(h -> new Row(
                        h.id(),
                        h.status() == Handoff.Status.WAITING,
                        DeskLabels.status(h.status()),
                        h.assignee(),
                        h.assignee().equals(me),
                        DeskLabels.waited(Duration.between(h.requested(), now)),
                        DeskLabels.channel(h.channel()),
                        DeskLabels.reason(h.reason()),
                        labels.procedure(h.procedure()),
                        DeskLabels.aspect(h.aspect())))
                .toList();
    }

    /** A hand-off as the inbox lists it. */
    record Row(
            String id,
            boolean waiting,
            String status,
            String assignee,
            boolean mine,
            String waited,
            String channel,
            String reason,
            String procedure,
            String aspect) {}
}
