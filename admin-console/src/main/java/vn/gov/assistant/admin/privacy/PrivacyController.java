package vn.gov.assistant.admin.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.assistant.core.privacy.KeptData;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.RetentionPeriods;

/**
 * A citizen's personal data on their request, for administrators: find it (by channel and user
 * id, by the phone number or e-mail left on a callback ticket, or by ticket number), see what is
 * kept and until when, download it as the desk's text file, delete all of it with a reason after
 * a confirmation. The desk audits each view, download and deletion under a pseudonym. Searches
 * are POSTs so that a phone number or a user id never lands in a URL (history, logs, Referer).
 */
@Controller
@RequestMapping("/admin/privacy")
class PrivacyController {

    /** The channels and how their conversation ids are formed ({@code ChannelAdapter.conversationId}). */
    static final List<Channel> CHANNELS = List.of(
            new Channel(
                    "web",
                    "Trò chuyện trên web (mã phiên)",
                    Pattern.compile("[A-Za-z0-9-]{8,64}"),
                    "8 đến 64 chữ cái không dấu, chữ số hoặc dấu gạch ngang"),
            new Channel("telegram", "Telegram (chat id)", Pattern.compile("-?[0-9]{1,20}"), "một dãy chữ số"),
            new Channel("zalo", "Zalo (user id)", Pattern.compile("[0-9]{1,30}"), "một dãy chữ số"));

    private static final String UNKNOWN_CONVERSATION =
            "Không nhận ra cuộc trò chuyện. Hãy tìm lại. Chưa có gì thay đổi.";

    private static final int MAX_REASON = 500;
    private static final int MAX_INPUT = 200;

    private final PersonalDataDesk desk;

    PrivacyController(PersonalDataDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    String page(Model model) {
        return form(model, Query.empty());
    }

    @PostMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String by,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String user,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String number,
            Authentication me,
            Model model,
            HttpServletResponse response) {
        Query query = new Query(by, channel, clip(user), clip(contact), clip(number));
        List<String> found;
        try {
            found = find(query);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage() + " Chưa tìm gì.");
            return form(model, query);
        }
        List<KeptDataView> results = found.stream()
                .map(id -> {
                    desk.audited(id, me.getName(), "privacy.view");
                    return KeptDataView.of(desk.kept(id), desk);
                })
                .toList();
        model.addAttribute("results", results);
        return form(model, query);
    }

    @PostMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String conversation, Authentication me) {
        Optional<String> known = conversation(conversation);
        if (known.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(UNKNOWN_CONVERSATION.getBytes(StandardCharsets.UTF_8));
        }
        String id = known.get();
        KeptData data = desk.kept(id);
        desk.audited(id, me.getName(), "privacy.export");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("du-lieu-ca-nhan-" + data.channel() + ".txt")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(desk.exportText(data).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletion in two steps: with a reason, the confirmation page (what will go, what stays); with
     * {@code confirmed}, the deletion. Without a reason nothing happens.
     */
    @PostMapping("/erase")
    String erase(
            @RequestParam(defaultValue = "") String conversation,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication me,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<String> known = conversation(conversation);
        if (known.isEmpty()) {
            return refused(model, response, UNKNOWN_CONVERSATION);
        }
        String id = known.get();
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "error",
                    why.isEmpty()
                            ? "Hãy ghi lý do xóa (ví dụ: công dân yêu cầu qua đơn số ...). Chưa xóa gì."
                            : "Lý do dài quá " + MAX_REASON + " ký tự. Chưa xóa gì.");
            return confirmation(model, id, why);
        }
        if (!confirmed) {
            return confirmation(model, id, why);
        }
        PersonalDataDesk.Erasure done = desk.erase(id, me.getName(), why);
        redirect.addFlashAttribute("flashInfo", erased(done));
        return "redirect:/admin/privacy";
    }

    private String confirmation(Model model, String id, String reason) {
        model.addAttribute("kept", KeptDataView.of(desk.kept(id), desk));
        model.addAttribute("reason", reason);
        return "admin/privacy-erase";
    }

    private String form(Model model, Query query) {
        model.addAttribute("query", query);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute(
                "anonymousPeriod", RetentionPeriods.vietnamese(desk.periods().anonymous()));
        model.addAttribute(
                "identifiedPeriod", RetentionPeriods.vietnamese(desk.periods().identified()));
        return "admin/privacy";
    }

    /** The conversations a query names; the reason in Vietnamese when the query is not valid. */
    private List<String> find(Query query) {
        return switch (query.by()) {
            case "conversation" -> {
                Channel channel = CHANNELS.stream()
                        .filter(c -> c.name().equals(query.channel()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Hãy chọn kênh."));
                if (query.user().isEmpty()) {
                    throw new IllegalArgumentException("Hãy nhập mã người dùng trên kênh đã chọn.");
                }
                if (!channel.id().matcher(query.user()).matches()) {
                    throw new IllegalArgumentException(
                            "Mã người dùng không đúng dạng của kênh " + channel.label() + ": " + channel.hint() + ".");
                }
                yield List.of(channel.name() + "-" + query.user());
            }
            case "contact" -> {
                if (query.contact().isEmpty()) {
                    throw new IllegalArgumentException("Hãy nhập số điện thoại hoặc thư điện tử.");
                }
                yield desk.conversationsWithContact(query.contact());
            }
            case "ticket" -> {
                if (query.number().isEmpty()) {
                    throw new IllegalArgumentException("Hãy nhập số phiếu hẹn gọi lại.");
                }
                Optional<String> of = desk.conversationOfTicket(query.number());
                yield of.map(List::of).orElseGet(List::of);
            }
            default -> throw new IllegalArgumentException("Hãy chọn cách tìm.");
        };
    }

    /** A conversation id sent back by the page's own forms, if it has one of the channels' forms. */
    private static Optional<String> conversation(String id) {
        for (Channel c : CHANNELS) {
            String prefix = c.name() + "-";
            if (id.startsWith(prefix)
                    && c.id().matcher(id.substring(prefix.length())).matches()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private String refused(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", message);
        return form(model, Query.empty());
    }

    private static String erased(PersonalDataDesk.Erasure e) {
        if (e.nothing()) {
            return e.openHandoffs() > 0
                    ? "Không có gì để xóa; còn " + e.openHandoffs() + " cuộc chuyển cán bộ đang mở (đóng rồi xóa lại)."
                    : "Không có gì để xóa: không còn dữ liệu nào của cuộc trò chuyện này.";
        }
        return "Đã xóa: " + e.tickets() + " phiếu hẹn gọi lại, " + e.handoffs() + " cuộc chuyển cán bộ cùng nội dung, "
                + e.mailboxLines() + " tin nhắn của cán bộ"
                + (e.remembered() ? ", thông tin ghi nhớ và tờ khai dở" : "")
                + "."
                + (e.openHandoffs() > 0
                        ? " Còn " + e.openHandoffs() + " cuộc chuyển cán bộ đang mở chưa xóa (đóng rồi xóa lại)."
                        : "")
                + " Đã ghi vào nhật ký thao tác.";
    }

    private static String clip(String text) {
        String s = text.strip();
        return s.length() > MAX_INPUT ? s.substring(0, MAX_INPUT) : s;
    }

    /** What was searched, written back into the form. */
    record Query(String by, String channel, String user, String contact, String number) {
        static Query empty() {
            return new Query("conversation", "web", "", "", "");
        }
    }

    /** A channel, how staff know its user ids, their form and that form in words. */
    record Channel(String name, String label, Pattern id, String hint) {}
}
