package vn.gov.assistant.admin.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.gov.assistant.core.answer.AnswerComposer;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.Aspect;

/** How the desk's codes read for staff: channels, reasons, states, speakers, waits, procedures. */
@Component
final class DeskLabels {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);

    private final LiveKnowledge knowledge;

    DeskLabels(LiveKnowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge);
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

    static String reason(Handoff.Reason reason) {
        return switch (reason) {
            case REQUESTED -> "Công dân yêu cầu gặp cán bộ";
            case REPEATED_FAILURE -> "Trợ lý ảo nhiều lần chưa trả lời được";
            case SENSITIVE_TOPIC -> "Chủ đề cần cán bộ (khiếu nại, tố cáo)";
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

    static String status(CallbackTicket.Status status) {
        return switch (status) {
            case OPEN -> "Chưa phân công";
            case ASSIGNED -> "Đã phân công";
            case DONE -> "Đã xong";
        };
    }

    static String speaker(TranscriptLine.Speaker speaker) {
        return switch (speaker) {
            case CITIZEN -> "Công dân";
            case ASSISTANT -> "Trợ lý ảo";
            case STAFF -> "Cán bộ";
            case NOTE -> "Ghi chú nội bộ";
            case SYSTEM -> "Hệ thống";
        };
    }

    /** A wait as people say it: "45 giây", "3 phút 12 giây", "1 giờ 5 phút". */
    static String waited(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " giây";
        }
        if (s < 3600) {
            return (s / 60) + " phút " + (s % 60) + " giây";
        }
        return (s / 3600) + " giờ " + (s % 3600 / 60) + " phút";
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    /** The aspect the bot understood, as its button reads to citizens; empty when none. */
    static String aspect(String label) {
        if (label == null || label.isBlank()) {
            return "";
        }
        try {
            return AnswerComposer.buttonLabel(Aspect.fromLabel(label));
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    /** The procedure the bot understood: its catalog name and code; empty when none. */
    String procedure(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (!ProcedureCode.isValid(code)) {
            return code;
        }
        return knowledge
                .current()
                .catalog()
                .find(ProcedureCode.of(code))
                .map(Procedure::name)
                .map(name -> name + " (" + code + ")")
                .orElse(code);
    }

    static String cssClass(TranscriptLine.Speaker speaker) {
        return speaker.name().toLowerCase(Locale.ROOT);
    }
}
