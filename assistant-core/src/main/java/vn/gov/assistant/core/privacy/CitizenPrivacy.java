package vn.gov.assistant.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.conversation.Conversations;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.ContactDetails;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * A citizen's own requests about their data, on every channel, before the bot's answer: "dữ liệu
 * của tôi" shows everything kept about this conversation and for how long; "xóa dữ liệu của tôi"
 * asks to confirm, then deletes all of it. Both are audited (under a pseudonym). Every other turn
 * goes to the conversations it wraps.
 */
public final class CitizenPrivacy implements Conversations {

    static final String ERASE = "privacy:erase";
    static final String KEEP = "privacy:keep";

    private final Conversations next;
    private final PersonalDataDesk desk;

    public CitizenPrivacy(Conversations next, PersonalDataDesk desk) {
        this.next = Objects.requireNonNull(next);
        this.desk = Objects.requireNonNull(desk);
    }

    @Override
    public Reply handle(String conversationId, Inbound inbound) {
        if (inbound instanceof Inbound.OptionChosen o && o.value().startsWith("privacy:")) {
            return o.value().equals(ERASE)
                    ? erase(conversationId)
                    : text("Vâng, mình giữ nguyên dữ liệu của bạn. Bạn cứ hỏi tiếp nhé.");
        }
        if (inbound instanceof Inbound.Text t) {
            String said = " " + VietnameseText.foldedWords(t.text()) + " ";
            if (said.strip().equals("xac nhan xoa")) {
                return erase(conversationId);
            }
            if (FormFiller.asksToErase(said)) {
                return confirm();
            }
            if (FormFiller.asksForData(said)) {
                return show(conversationId);
            }
        }
        return next.handle(conversationId, inbound);
    }

    private Reply show(String conversationId) {
        KeptData data = desk.kept(conversationId);
        desk.audited(conversationId, PersonalDataDesk.CITIZEN, "privacy.view");
        StringBuilder out = new StringBuilder();
        if (data.empty()) {
            out.append("Mình không lưu dữ liệu cá nhân nào của bạn ngoài nội dung cuộc trò chuyện đang diễn ra"
                    + " (tự xóa sau khi bạn ngừng nhắn một thời gian).");
        } else {
            out.append("Dữ liệu mình đang lưu về cuộc trò chuyện này:");
            data.remembered().ifPresent(r -> {
                out.append("\n• Thông tin ghi nhớ cho tờ khai (theo đồng ý của bạn");
                desk.memoryTtl().ifPresent(d -> out.append(", lưu ").append(RetentionPeriods.vietnamese(d)));
                out.append("):");
                r.values().forEach((k, v) -> out.append("\n  - ")
                        .append(FormFiller.label(k))
                        .append(": ")
                        .append(v));
            });
            data.draft().ifPresent(d -> {
                out.append("\n• Một tờ khai đang điền dở (")
                        .append(d.values().size())
                        .append(" mục đã điền");
                desk.draftTtl().ifPresent(t -> out.append(", lưu ").append(RetentionPeriods.vietnamese(t)));
                out.append(").");
            });
            for (CallbackTicket t : data.tickets()) {
                out.append("\n• Phiếu hẹn gọi lại ")
                        .append(t.number())
                        .append(" (liên hệ ")
                        .append(ContactDetails.mask(t.contact()))
                        .append(", tạo lúc ")
                        .append(PersonalDataDesk.when(t.created()))
                        .append(t.status() == CallbackTicket.Status.DONE ? ", đã xử lý" : ", đang chờ xử lý")
                        .append(").");
            }
            for (KeptData.Transcript h : data.handoffs()) {
                out.append("\n• Nội dung trò chuyện với cán bộ lúc ")
                        .append(PersonalDataDesk.when(h.handoff().requested()))
                        .append(" (")
                        .append(h.lines().stream()
                                .filter(l -> l.visibleToCitizen())
                                .count())
                        .append(" tin nhắn).");
            }
        }
        RetentionPeriods periods = desk.periods();
        out.append("\nThời hạn lưu: nội dung trò chuyện với cán bộ được xóa ")
                .append(RetentionPeriods.vietnamese(periods.anonymous()))
                .append(" sau khi kết thúc nếu bạn không để lại thông tin liên hệ, ")
                .append(RetentionPeriods.vietnamese(periods.identified()))
                .append(" nếu có (hoặc khi bạn dùng Zalo, Telegram); phiếu hẹn đã xử lý được xóa sau ")
                .append(RetentionPeriods.vietnamese(periods.identified()))
                .append(".");
        out.append("\nSố liệu thống kê chỉ là số đếm, không chứa nội dung hay định danh của bạn.");
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text(out.toString()));
        if (!data.empty()) {
            parts.add(new ReplyPart.Options(List.of(new Option(ERASE, "Xóa dữ liệu của tôi"))));
        }
        return new Reply(parts, ReplyMetadata.of(Intent.ACTION));
    }

    private static Reply confirm() {
        return new Reply(
                List.of(
                        new ReplyPart.Text("Bạn muốn xóa toàn bộ dữ liệu mình lưu về cuộc trò chuyện này (thông tin"
                                + " ghi nhớ, tờ khai điền dở, phiếu hẹn gọi lại, nội dung trò chuyện với cán bộ)? Việc"
                                + " xóa không hoàn tác được. Bấm \"Xóa hết\" hoặc nhắn \"xác nhận xóa\"."),
                        new ReplyPart.Options(List.of(new Option(ERASE, "Xóa hết"), new Option(KEEP, "Không xóa")))),
                ReplyMetadata.of(Intent.ACTION));
    }

    private Reply erase(String conversationId) {
        PersonalDataDesk.Erasure done = desk.erase(conversationId, PersonalDataDesk.CITIZEN, "công dân yêu cầu");
        StringBuilder out = new StringBuilder(
                done.nothing()
                        ? "Mình không lưu dữ liệu nào của bạn để xóa; nội dung cuộc trò chuyện này cũng đã được xóa."
                        : "Đã xóa dữ liệu của bạn: " + summary(done) + ".");
        if (done.openHandoffs() > 0) {
            out.append(" Cuộc trò chuyện với cán bộ đang mở sẽ được xóa khi kết thúc (sau thời hạn lưu).");
        }
        out.append(" Số liệu thống kê chỉ là số đếm, không chứa thông tin của bạn, nên không cần xóa.");
        return text(out.toString());
    }

    private static String summary(PersonalDataDesk.Erasure done) {
        List<String> parts = new ArrayList<>();
        if (done.remembered()) {
            parts.add("thông tin ghi nhớ và tờ khai điền dở");
        }
        if (done.tickets() > 0) {
            parts.add(done.tickets() + " phiếu hẹn gọi lại");
        }
        if (done.handoffs() > 0 || done.mailboxLines() > 0) {
            parts.add("nội dung trò chuyện với cán bộ");
        }
        return String.join(", ", parts);
    }

    private static Reply text(String t) {
        return new Reply(List.of(new ReplyPart.Text(t)), ReplyMetadata.of(Intent.ACTION));
    }
}
