package vn.gov.assistant.admin.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import vn.gov.assistant.core.handoff.DeskException;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.StaffDesk;
import vn.gov.assistant.core.handoff.TranscriptLine;

/**
 * One hand-off: its transcript (refreshed by htmx) and what staff do with it: claim, reply,
 * transfer, note, return to the bot, close. The staff member is always the logged-in one; what the
 * desk refuses is shown as the desk says it.
 */
@Controller
@RequestMapping("/admin/handoffs/{id}")
class HandoffController {

    private final StaffDesk desk;
    private final DeskLabels labels;
    private final DeskStaff staff;

    HandoffController(StaffDesk desk, DeskLabels labels, DeskStaff staff) {
        this.desk = desk;
        this.labels = labels;
        this.staff = staff;
    }

    @GetMapping
    String page(@PathVariable String id, Authentication me, Model model) {
        desk.heartbeat(me.getName());
        live(id, me.getName(), model);
        model.addAttribute("colleagues", staff.others(me.getName()));
        return "admin/handoff";
    }

    /** The state and transcript alone, for the poll. */
    @GetMapping("/live")
    String live(@PathVariable String id, Authentication me, Model model) {
        desk.heartbeat(me.getName());
        live(id, me.getName(), model);
        return "admin/handoff :: live";
    }

    @PostMapping("/claim")
    String claim(@PathVariable String id, Authentication me, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.claim(id, me.getName()), "Bạn đã nhận xử lý cuộc trò chuyện.", false);
    }

    @PostMapping("/reply")
    String reply(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String text,
            Authentication me,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.reply(id, me.getName(), text), "Đã gửi trả lời.", false);
    }

    @PostMapping("/transfer")
    String transfer(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String to,
            Authentication me,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.transfer(id, me.getName(), to), "Đã chuyển cho cán bộ " + to + ".", true);
    }

    @PostMapping("/note")
    String note(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String text,
            Authentication me,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.note(id, me.getName(), text), "Đã ghi chú.", false);
    }

    @PostMapping("/return")
    String returnToBot(@PathVariable String id, Authentication me, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> desk.returnToBot(id, me.getName()),
                "Đã trả cuộc trò chuyện lại cho trợ lý ảo.",
                true);
    }

    @PostMapping("/close")
    String close(@PathVariable String id, Authentication me, RedirectAttributes redirect) {
        return act(id, redirect, () -> desk.close(id, me.getName()), "Đã đóng cuộc trò chuyện.", true);
    }

    /** Runs a desk action; back to the hand-off (or, once it left this staff member, the inbox). */
    private static String act(String id, RedirectAttributes redirect, Runnable action, String done, boolean thenInbox) {
        try {
            action.run();
            redirect.addFlashAttribute("flashInfo", done);
            return thenInbox ? "redirect:/admin/inbox" : "redirect:/admin/handoffs/" + id;
        } catch (DeskException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/admin/handoffs/" + id;
        }
    }

    private void live(String id, String me, Model model) {
        StaffDesk.HandoffView view = desk.view(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Handoff h = view.handoff();
        model.addAttribute(
                "handoff",
                new Summary(
                        h.id(),
                        h.status(),
                        DeskLabels.status(h.status()),
                        h.status().open(),
                        h.assignee(),
                        h.status() == Handoff.Status.CLAIMED && h.assignee().equals(me),
                        view.position(),
                        DeskLabels.waited(Duration.between(h.requested(), Instant.now())),
                        DeskLabels.channel(h.channel()),
                        DeskLabels.reason(h.reason()),
                        labels.procedure(h.procedure()),
                        DeskLabels.aspect(h.aspect())));
        model.addAttribute("lines", lines(view.transcript()));
    }

    private static List<Line> lines(List<TranscriptLine> transcript) {
        return transcript.stream()
                .map(l -> new Line(
                        l.id(),
                        DeskLabels.cssClass(l.speaker()),
                        DeskLabels.speaker(l.speaker()) + (l.author().isEmpty() ? "" : " " + l.author()),
                        DeskLabels.time(l.at()),
                        l.text()))
                .toList();
    }

    /** The hand-off as its page shows it. */
    record Summary(
            String id,
            Handoff.Status state,
            String status,
            boolean open,
            String assignee,
            boolean mine,
            int position,
            String waited,
            String channel,
            String reason,
            String procedure,
            String aspect) {}

    /** A transcript line: who (with a class per speaker, notes set apart), when, what. */
    record Line(String id, String speaker, String who, String at, String text) {}
}
