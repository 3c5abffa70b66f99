package vn.gov.assistant.admin.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.privacy.KeptData;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.RetentionPeriods;

/**
 * What is kept about one conversation, as the privacy page shows it: every value already in
 * staff's words, each item with how long it is kept. The template only writes these strings.
 */
record KeptDataView(
        String conversationId,
        String channel,
        String pseudonym,
        String retention,
        boolean empty,
        List<Value> remembered,
        String rememberedKept,
        List<Value> draft,
        String draftKept,
        List<Ticket> tickets,
        List<Transcript> handoffs) {

    record Value(String label, String value) {}

    record Ticket(
            String number,
            String contact,
            String status,
            String created,
            String consentAt,
            String procedure,
            String reason,
            String outcome,
            String kept) {}

    record Transcript(String requested, String status, String kept, List<Line> lines) {}

    record Line(String speaker, String who, String at, String text) {}

    static KeptDataView of(KeptData data, PersonalDataDesk desk) {
        RetentionPeriods periods = desk.periods();
        Duration period = periods.of(data.identified());
        String retention = RetentionPeriods.vietnamese(period)
                + (data.identified() ? " (có định danh)" : " (ẩn danh)")
                + " kể từ khi kết thúc";
        List<Value> remembered = data.remembered()
                .map(r -> r.values().entrySet().stream()
                        .map(e -> new Value(FormFiller.label(e.getKey()), e.getValue()))
                        .toList())
                .orElse(List.of());
        String rememberedKept = data.remembered()
                .map(r -> "Công dân đồng ý ghi nhớ lúc " + PersonalDataDesk.when(r.consentAt())
                        + ttl(desk.memoryTtl(), " kể từ lần ghi nhớ gần nhất"))
                .orElse("");
        List<Value> draft = data.draft()
                .map(d -> d.values().entrySet().stream()
                        .map(e -> new Value(e.getKey(), e.getValue()))
                        .toList())
                .orElse(List.of());
        String draftKept = data.draft()
                .map(d -> "Tờ khai " + d.formId() + ", bắt đầu lúc " + PersonalDataDesk.when(d.started())
                        + ttl(desk.draftTtl(), " kể từ lần lưu gần nhất"))
                .orElse("");
        List<Ticket> tickets = data.tickets().stream()
                .map(t -> new Ticket(
                        t.number(),
                        t.contact(),
                        status(t.status()),
                        PersonalDataDesk.when(t.created()),
                        PersonalDataDesk.when(t.consentAt()),
                        t.procedure(),
                        t.reason(),
                        t.outcome(),
                        t.status() == CallbackTicket.Status.DONE
                                ? deletedOn(t.updated(), periods.identified())
                                : "Đang mở: chưa tính thời hạn lưu (tính từ khi cán bộ ghi kết quả)."))
                .toList();
        List<Transcript> handoffs = data.handoffs().stream()
                .map(h -> new Transcript(
                        PersonalDataDesk.when(h.handoff().requested()),
                        status(h.handoff().status()),
                        h.handoff().status().open()
                                ? "Đang mở: không xóa được và chưa tính thời hạn lưu cho đến khi cán bộ đóng."
                                : deletedOn(h.handoff().updated(), period),
                        h.lines().stream().map(KeptDataView::line).toList()))
                .toList();
        return new KeptDataView(
                data.conversationId(),
                PersonalDataDesk.channelName(data.channel()),
                desk.pseudonym(data.conversationId()),
                retention,
                data.empty(),
                remembered,
                rememberedKept,
                draft,
                draftKept,
                tickets,
                handoffs);
    }

    private static String ttl(Optional<Duration> ttl, String since) {
        return ttl.map(d -> "; lưu " + RetentionPeriods.vietnamese(d) + since + ".")
                .orElse(".");
    }

    private static String deletedOn(Instant ended, Duration period) {
        return "Tự động xóa vào khoảng " + PersonalDataDesk.when(ended.plus(period)) + ".";
    }

    private static Line line(TranscriptLine l) {
        String who =
                switch (l.speaker()) {
                    case CITIZEN -> "Công dân";
                    case ASSISTANT -> "Trợ lý ảo";
                    case STAFF -> "Cán bộ";
                    case NOTE -> "Ghi chú nội bộ";
                    case SYSTEM -> "Hệ thống";
                };
        if (!l.author().isEmpty()
                && (l.speaker() == TranscriptLine.Speaker.STAFF || l.speaker() == TranscriptLine.Speaker.NOTE)) {
            who += " " + l.author();
        }
        return new Line(
                l.speaker().name().toLowerCase(java.util.Locale.ROOT), who, PersonalDataDesk.when(l.at()), l.text());
    }

    static String status(CallbackTicket.Status status) {
        return switch (status) {
            case OPEN -> "Chưa phân công";
            case ASSIGNED -> "Đã phân công";
            case DONE -> "Đã xong";
        };
    }

    static String status(Handoff.Status status) {
        return switch (status) {
            case WAITING -> "Đang chờ";
            case CLAIMED -> "Đang xử lý";
            case RETURNED -> "Đã trả lại cho trợ lý ảo";
            case CLOSED -> "Đã đóng";
            case MOVED_TO_CALLBACK -> "Đã chuyển thành phiếu hẹn gọi lại";
        };
    }
}
