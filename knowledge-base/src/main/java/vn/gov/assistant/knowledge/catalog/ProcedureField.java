package vn.gov.assistant.knowledge.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcessingTime;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/**
 * The parts of a procedure record staff compare, named in their words, each written as lines of
 * text that say everything the record holds about it: two records differ in a field exactly when
 * its lines differ. The code (the key), the import date and staff's own note and revision date are
 * not compared: they are not the portal's content.
 */
public enum ProcedureField {
    NAME("Tên thủ tục", p -> one(p.name())),
    DOMAIN("Lĩnh vực", p -> one(p.domain())),
    LEVELS("Cấp thực hiện", p -> p.levels().stream().map(Level::label).toList()),
    TYPE("Loại thủ tục", p -> one(p.procedureType())),
    TARGET_GROUPS("Đối tượng thực hiện", Procedure::targetGroups),
    COMPETENT_AGENCIES("Cơ quan có thẩm quyền", p -> p.agencies().competent()),
    IMPLEMENTING_AGENCIES("Cơ quan thực hiện", p -> p.agencies().implementing()),
    RECEIVING_ADDRESS("Địa chỉ tiếp nhận hồ sơ", p -> one(p.agencies().receivingAddress())),
    DELEGATED_AGENCIES("Cơ quan được ủy quyền", p -> p.agencies().delegated()),
    COORDINATING_AGENCIES("Cơ quan phối hợp", p -> p.agencies().coordinating()),
    FEES("Phí, lệ phí", ProcedureField::fees),
    PROCESSING_TIME("Thời hạn giải quyết", ProcedureField::times),
    CHANNELS("Cách thức thực hiện", ProcedureField::channels),
    DOCUMENTS("Thành phần hồ sơ", ProcedureField::documents),
    STEPS("Trình tự thực hiện", Procedure::steps),
    CONDITIONS("Yêu cầu, điều kiện", p -> p.conditions()
            .lines()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList()),
    RESULTS("Kết quả thực hiện", Procedure::results),
    LEGAL_BASIS("Căn cứ pháp lý", ProcedureField::legalBasis),
    DECISION("Quyết định công bố", p -> one(p.decisionNumber())),
    SOURCE("Trang nguồn", p -> one(p.sourceUrl())),
    MINISTRY("Bộ, ngành", p -> p.ministry().isEmpty() ? List.of() : List.of(Ministries.name(p.ministry())));

    private final String label;
    private final Function<Procedure, List<String>> lines;

    ProcedureField(String label, Function<Procedure, List<String>> lines) {
        this.label = label;
        this.lines = lines;
    }

    /** The field's name as staff say it ("Phí, lệ phí"). */
    public String label() {
        return label;
    }

    /** What the record says about this field, one line per item; none when it says nothing. */
    public List<String> lines(Procedure p) {
        return lines.apply(p);
    }

    private static List<String> one(String text) {
        return text.isEmpty() ? List.of() : List.of(text);
    }

    /** "Trực tuyến: 7.000 đồng (thu 7.000 đồng/lần đăng ký)", one line per fee of each channel. */
    private static List<String> fees(Procedure p) {
        List<String> out = new ArrayList<>();
        for (SubmissionChannel c : p.channels()) {
            if (c.fees().isEmpty()) {
                out.add(c.method().label() + ": chưa có thông tin");
            }
            for (Fee fee : c.fees()) {
                String line = c.method().label() + ": " + fee.describe();
                if (fee.amount() != null && !fee.conditions().isEmpty()) {
                    line += " (" + fee.conditions() + ")";
                }
                out.add(line);
            }
        }
        return out;
    }

    /** "Trực tuyến: 3 ngày làm việc", with the source's own words when they say more. */
    private static List<String> times(Procedure p) {
        List<String> out = new ArrayList<>();
        for (SubmissionChannel c : p.channels()) {
            ProcessingTime time = c.time();
            String described = time.describe();
            String line = c.method().label() + ": " + described;
            if (!time.text().isEmpty() && !time.text().equalsIgnoreCase(described)) {
                line += " (nguồn ghi: " + time.text() + ")";
            }
            out.add(line);
        }
        return out;
    }

    private static List<String> channels(Procedure p) {
        return p.channels().stream()
                .map(c -> c.description().isEmpty()
                        ? c.method().label()
                        : c.method().label() + ": " + c.description())
                .toList();
    }

    /** "[Trường hợp] Tên giấy tờ - mẫu: CT01.doc (địa chỉ) - 1 bản chính, 0 bản sao". */
    private static List<String> documents(Procedure p) {
        List<String> out = new ArrayList<>();
        for (RequiredDocument d : p.documents()) {
            StringBuilder line = new StringBuilder();
            if (!d.caseGroup().isEmpty()) {
                line.append('[').append(d.caseGroup()).append("] ");
            }
            line.append(d.name());
            if (d.hasForm()) {
                line.append(" - mẫu: ").append(d.formName().isEmpty() ? d.formUrl() : d.formName());
                if (!d.formName().isEmpty() && !d.formUrl().isEmpty()) {
                    line.append(" (").append(d.formUrl()).append(')');
                }
            }
            if (d.originals() != null || d.copies() != null) {
                line.append(" - ")
                        .append(d.originals() == null ? "?" : d.originals())
                        .append(" bản chính, ")
                        .append(d.copies() == null ? "?" : d.copies())
                        .append(" bản sao");
            }
            out.add(line.toString());
        }
        return out;
    }

    private static List<String> legalBasis(Procedure p) {
        return p.legalBasis().stream()
                .map(d -> d.number().isEmpty()
                        ? d.title()
                        : d.title().isEmpty() ? d.number() : d.number() + " - " + d.title())
                .toList();
    }
}
