package vn.gov.assistant.admin.knowledge;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/**
 * A procedure record as staff read it: each field under its Vietnamese label, as text, in the
 * order of the official page. Two versions compare field by field on the same texts.
 */
final class ProcedureFields {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private ProcedureFields() {}

    /** One field: its label and its text ("" when the record has nothing). */
    record Field(String label, String text) {}

    /** One field that differs between two versions. */
    record Difference(String label, String before, String after) {}

    static List<Field> of(Procedure p) {
        List<Field> out = new ArrayList<>();
        out.add(new Field("Tên thủ tục", p.name()));
        out.add(new Field("Lĩnh vực", p.domain()));
        out.add(new Field(
                "Cấp thực hiện",
                String.join(", ", p.levels().stream().map(Level::label).toList())));
        out.add(new Field("Loại thủ tục", p.procedureType()));
        out.add(new Field("Đối tượng thực hiện", lines(p.targetGroups())));
        out.add(new Field("Cách thức thực hiện, thời hạn, lệ phí", channels(p.channels())));
        out.add(new Field("Thành phần hồ sơ", documents(p.documents())));
        out.add(new Field("Trình tự thực hiện", lines(p.steps())));
        out.add(new Field("Yêu cầu, điều kiện", p.conditions()));
        out.add(new Field("Kết quả", lines(p.results())));
        out.add(new Field("Cơ quan có thẩm quyền", lines(p.agencies().competent())));
        out.add(new Field("Cơ quan thực hiện", lines(p.agencies().implementing())));
        out.add(new Field("Địa chỉ tiếp nhận", p.agencies().receivingAddress()));
        out.add(new Field(
                "Căn cứ pháp lý",
                lines(p.legalBasis().stream()
                        .map(l -> String.join(
                                " ",
                                List.of(l.number(), l.title()).stream()
                                        .filter(s -> s != null && !s.isBlank())
                                        .toList()))
                        .toList())));
        out.add(new Field("Quyết định công bố", p.decisionNumber()));
        out.add(new Field("Ghi chú của cơ quan cho công dân", p.note()));
        return out;
    }

    /** The fields whose text differs, in record order. */
    static List<Difference> compare(Procedure before, Procedure after) {
        List<Field> a = of(before);
        List<Field> b = of(after);
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).text(), b.get(i).text())) {
                out.add(new Difference(
                        a.get(i).label(), a.get(i).text(), b.get(i).text()));
            }
        }
        return out;
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static String channels(List<SubmissionChannel> channels) {
        List<String> out = new ArrayList<>();
        for (SubmissionChannel c : channels) {
            String time =
                    c.time().text().isEmpty() ? "thời hạn chưa ghi" : c.time().text();
            String fees = c.fees().isEmpty()
                    ? "lệ phí chưa ghi"
                    : String.join(
                            "; ", c.fees().stream().map(ProcedureFields::fee).toList());
            out.add(c.method().label() + ": " + time + " - " + fees);
        }
        return String.join("\n", out);
    }

    static String fee(Fee f) {
        String amount = f.describe();
        return f.amount() == null || f.conditions().isEmpty() ? amount : amount + " (" + f.conditions() + ")";
    }

    static String documents(List<RequiredDocument> documents) {
        return String.join("\n", documents.stream().map(RequiredDocument::name).toList());
    }
}
