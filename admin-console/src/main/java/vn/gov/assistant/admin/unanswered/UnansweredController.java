package vn.gov.assistant.admin.unanswered;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.core.knowledge.CurationException;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.unanswered.Recheck;
import vn.gov.assistant.core.unanswered.UnansweredDesk;
import vn.gov.assistant.core.unanswered.UnansweredGroup;
import vn.gov.assistant.core.unanswered.UnansweredQuestion;

/**
 * The unanswered questions page (EDITOR): the open groups of a period, most asked first, each with
 * its examples and the three ways to resolve it (link to a procedure found with the served
 * search, write a canned answer, mark out of scope), and the resolved groups with who resolved
 * them, when, how and why, and the measure of the resolution on the knowledge served now.
 */
@Controller
@RequestMapping("/admin/unanswered")
class UnansweredController {

    /** The periods offered, in days; the first page shows 30. */
    static final List<Integer> PERIODS = List.of(7, 30, 90, 180);

    static final int DEFAULT_DAYS = 30;

    /** Open groups shown at once (the most asked); more on request. */
    static final int PAGE = 50;

    /** Resolved groups shown at once (the latest), each measured again; more on request. */
    static final int RESOLVED_PAGE = 20;

    private static final int CHOICES = 5;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private final UnansweredDesk desk;

    UnansweredController(UnansweredDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = "30") String days,
            @RequestParam(defaultValue = "open") String tab,
            @RequestParam(defaultValue = "0") String show,
            Model model) {
        int period = period(days);
        boolean resolvedTab = tab.equals("resolved");
        int page = resolvedTab ? RESOLVED_PAGE : PAGE;
        int shown = Math.max(page, parse(show, page));
        UnansweredDesk.Overview overview = desk.overview(Duration.ofDays(period));
        List<OpenRow> open = new ArrayList<>();
        List<ResolvedRow> resolved = new ArrayList<>();
        if (resolvedTab) { // each shown resolution is measured: a page at a time
            for (UnansweredGroup g : overview.resolved()
                    .subList(0, Math.min(shown, overview.resolved().size()))) {
                resolved.add(resolvedRow(g));
            }
        } else {
            for (UnansweredGroup g :
                    overview.open().subList(0, Math.min(shown, overview.open().size()))) {
                open.add(openRow(open.size(), g));
            }
        }
        int listed = resolvedTab ? overview.resolved().size() : overview.open().size();
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("tab", resolvedTab ? "resolved" : "open");
        model.addAttribute("open", open);
        model.addAttribute("openCount", overview.open().size());
        model.addAttribute(
                "questionCount",
                overview.open().stream().mapToInt(UnansweredGroup::count).sum());
        model.addAttribute("more", listed > shown ? shown + page : 0);
        model.addAttribute("resolved", resolved);
        model.addAttribute("resolvedCount", overview.resolved().size());
        return "admin/unanswered";
    }

    /** The procedures for what staff typed in a group's search box (an htmx fragment). */
    @GetMapping("/procedures")
    String procedures(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") String g, Model model) {
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("choices", desk.procedures(query, CHOICES));
        model.addAttribute("index", parse(g, 0));
        model.addAttribute("query", query.strip());
        return "admin/unanswered-choices :: choices";
    }

    @PostMapping("/link")
    String link(
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "-1") String head,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "30") String days,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            KnowledgeChange done = desk.link(me.getName(), group, parse(head, -1), code, name, reason);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã gắn nhóm câu hỏi với thủ tục " + code.strip() + " và thêm tên gọi «" + name.strip()
                            + "» (phiên bản " + done.revision() + ").");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("draft", new Draft(group, "link", code, name, "", "", reason));
        }
        return back(days);
    }

    @PostMapping("/answer")
    String answer(
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "-1") String head,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "30") String days,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            KnowledgeChange done = desk.answer(me.getName(), group, parse(head, -1), title, answer, reason);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã lưu câu trả lời soạn sẵn «" + title.strip() + "» cho nhóm câu hỏi (phiên bản " + done.revision()
                            + ").");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("draft", new Draft(group, "answer", "", "", title, answer, reason));
        }
        return back(days);
    }

    @PostMapping("/out-of-scope")
    String outOfScope(
            @RequestParam(defaultValue = "") String group,
            @RequestParam(defaultValue = "-1") String head,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "30") String days,
            Authentication me,
            RedirectAttributes redirect) {
        try {
            KnowledgeChange done = desk.outOfScope(me.getName(), group, parse(head, -1), reason);
            redirect.addFlashAttribute(
                    "flashInfo",
                    "Đã đánh dấu nhóm câu hỏi là ngoài phạm vi (phiên bản " + done.revision()
                            + "); câu hỏi tương tự sẽ không hiện lại trong danh sách.");
        } catch (CurationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("draft", new Draft(group, "scope", "", "", "", "", reason));
        }
        return back(days);
    }

    private static String back(String days) {
        return "redirect:/admin/unanswered?days=" + period(days);
    }

    private static int period(String days) {
        int d = parse(days, DEFAULT_DAYS);
        return PERIODS.contains(d) ? d : DEFAULT_DAYS;
    }

    private static int parse(String number, int otherwise) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // ---------------------------------------------------------------- what the page shows

    /** What staff typed in a form that was refused, given back so nothing is lost. */
    record Draft(String group, String form, String code, String name, String title, String answer, String reason) {}

    record OpenRow(
            int index,
            String key,
            long head,
            String typical,
            int count,
            String firstSeen,
            String lastSeen,
            String channels,
            String reasons,
            List<String> examples,
            String reopened,
            String suggestedName,
            List<UnansweredDesk.ProcedureChoice> choices) {}

    record ResolvedRow(
            String key,
            String typical,
            String how,
            String author,
            String at,
            String reason,
            int since,
            String measure,
            List<Asked> questions) {}

    record Asked(String question, String result, boolean asIntended) {}

    private OpenRow openRow(int index, UnansweredGroup g) {
        String reopened = g.resolution()
                .map(r -> "Nhóm này đã được xử lý lúc " + when(r.at()) + " (" + how(r) + "), nhưng vẫn còn " + g.count()
                        + " câu hỏi chưa được trả lời sau đó.")
                .orElse("");
        return new OpenRow(
                index,
                g.key(),
                g.head(),
                g.typical(),
                g.count(),
                when(g.firstSeen()),
                when(g.lastSeen()),
                channels(g.channels()),
                reasons(g.reasons()),
                g.examples(),
                reopened,
                UnansweredDesk.suggestedName(g),
                desk.procedures(g.typical(), CHOICES));
    }

    private ResolvedRow resolvedRow(UnansweredGroup g) {
        UnansweredGroup.Resolution r = g.resolution().orElseThrow();
        Recheck recheck = desk.recheck(g);
        List<Asked> asked = new ArrayList<>();
        for (Recheck.Asked a : recheck.questions()) {
            asked.add(new Asked(a.question(), result(a), a.intended()));
        }
        return new ResolvedRow(
                g.key(),
                g.typical(),
                how(r),
                r.author(),
                when(r.at()),
                r.reason(),
                g.count(),
                measure(r, recheck),
                asked);
    }

    static String how(UnansweredGroup.Resolution r) {
        return switch (r.outcome()) {
            case LINKED -> "gắn với thủ tục " + r.target() + (r.targetName().isEmpty() ? "" : " – " + r.targetName());
            case CANNED -> "câu trả lời soạn sẵn «" + (r.targetName().isEmpty() ? r.target() : r.targetName()) + "»";
            case OUT_OF_SCOPE -> "ngoài phạm vi";
        };
    }

    private static String measure(UnansweredGroup.Resolution r, Recheck recheck) {
        String of = recheck.resolved() + "/" + recheck.asked() + " câu hỏi ";
        String lead = recheck.upToDate()
                ? "Hỏi lại với tri thức đang phục vụ (phiên bản " + recheck.revision() + "): "
                : "Tri thức có cách xử lý này đang được xây dựng, trong ít giây nữa công dân sẽ nhận được; hỏi lại"
                        + " với phiên bản đang phục vụ (" + recheck.revision() + "): ";
        return lead
                + switch (r.outcome()) {
                    case LINKED -> of + "nay được trả lời bằng thủ tục " + r.target() + others(r, recheck) + ".";
                    case CANNED -> of + "nay được trả lời bằng câu trả lời soạn sẵn.";
                    case OUT_OF_SCOPE -> of + "vẫn không được trả lời, đúng như đã đánh dấu ngoài phạm vi.";
                };
    }

    private static String others(UnansweredGroup.Resolution r, Recheck recheck) {
        String others = recheck.answeredBy().entrySet().stream()
                .filter(e -> !e.getKey().equals(r.target()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? "" : "; bằng thủ tục khác: " + others;
    }

    private static String result(Recheck.Asked a) {
        return switch (a.result()) {
            case ANSWERED -> a.code().isEmpty()
                    ? "Được trả lời bằng câu trả lời soạn sẵn"
                    : "Được trả lời: thủ tục " + a.code() + (a.name().isEmpty() ? "" : " – " + a.name());
            case ASKED_BACK -> "Trợ lý ảo hỏi lại công dân muốn hỏi thủ tục nào";
            case DECLINED -> "Trợ lý ảo vẫn chưa trả lời được";
            case OTHER -> "Trợ lý ảo trả lời ngoài thủ tục (chào hỏi, chuyển cán bộ...)";
        };
    }

    static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    static String channels(Map<String, Integer> channels) {
        return channels.entrySet().stream()
                .map(e -> channel(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    static String channel(String channel) {
        return switch (channel) {
            case "web" -> "Web";
            case "telegram" -> "Telegram";
            case "zalo" -> "Zalo";
            case "api" -> "API";
            default -> channel;
        };
    }

    static String reasons(Map<UnansweredQuestion.Reason, Integer> reasons) {
        return reasons.entrySet().stream()
                .map(e -> reason(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    static String reason(UnansweredQuestion.Reason reason) {
        return switch (reason) {
            case DECLINED -> "trợ lý ảo không trả lời được";
            case CLARIFICATION_FAILED -> "hỏi lại không thành";
            case RATED_BADLY -> "công dân đánh giá thấp";
        };
    }
}
