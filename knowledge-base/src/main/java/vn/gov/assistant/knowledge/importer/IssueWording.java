package vn.gov.assistant.knowledge.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The importers' issues in staff's words. The importers write their reports for developers (the
 * {@code convert} command prints them); staff re-importing the catalog in the console read the
 * same issues here, in Vietnamese, with the source's excerpts kept as they are. A reason no
 * pattern knows is shown as it is, after a Vietnamese lead-in.
 */
final class IssueWording {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("json", "định dạng"),
            Map.entry("record", "bản ghi"),
            Map.entry("content", "nội dung"),
            Map.entry("page", "trang"),
            Map.entry("ma_thu_tuc", "mã thủ tục"),
            Map.entry("code", "mã thủ tục"),
            Map.entry("ten_thu_tuc", "tên thủ tục"),
            Map.entry("name", "tên thủ tục"),
            Map.entry("trinh_tu_thuc_hien", "trình tự thực hiện"),
            Map.entry("steps", "trình tự thực hiện"),
            Map.entry("cach_thuc_thuc_hien", "cách thức thực hiện"),
            Map.entry("channels", "cách thức thực hiện"),
            Map.entry("thanh_phan_ho_so", "thành phần hồ sơ"),
            Map.entry("documents", "thành phần hồ sơ"),
            Map.entry("can_cu_phap_ly", "căn cứ pháp lý"));

    private record Wording(Pattern pattern, String vietnamese) {}

    private static final List<Wording> REASONS = List.of(
            // the portal's JSON records (PortalCatalogImporter, PortalTables)
            w("not valid JSON: (.*)", "không phải JSON hợp lệ ($1)"),
            w("not a JSON object", "không phải một bản ghi JSON"),
            w("missing procedure code", "thiếu mã thủ tục"),
            w("not a procedure code: '(.*)'", "mã thủ tục không đúng dạng (ví dụ 1.004194): '$1'"),
            w("missing procedure name", "thiếu tên thủ tục"),
            w("file name does not match code (.*)", "tên tệp không khớp mã thủ tục $1"),
            w(
                    "garbled duplicate: the same name and content as \\[(.*)]",
                    "bản ghi lỗi của lần thu thập: cùng tên và nội dung với $1, không biết nội dung thuộc mã nào"),
            w("code (.*) already imported from (.*)", "mã $1 đã có trong $2"),
            w("no steps in the source", "nguồn không ghi các bước thực hiện"),
            w("table header missing; read as rows anyway", "thiếu dòng tiêu đề của bảng, vẫn đọc từng dòng"),
            w("no submission channel recognised in '(.*)'", "không nhận ra cách nộp nào trong '$1'"),
            w("time unit missing in the source; kept as unknown", "nguồn không ghi đơn vị thời gian, để là chưa rõ"),
            w(
                    "time and fee run together in '(.*)'; time and fee kept unknown",
                    "thời hạn và lệ phí dính vào nhau trong '$1', để cả hai là chưa rõ"),
            w("no document table recognised", "không nhận ra bảng thành phần hồ sơ"),
            w("text after the last row kept out: '(.*)'", "bỏ phần chữ sau dòng cuối của bảng: '$1'"),
            w("document table has no rows with counts", "bảng hồ sơ không có dòng nào ghi số bản"),
            w("a legal document without a number: '(.*)'", "văn bản pháp lý không có số hiệu: '$1'"),
            // the old portal's pages (OldPortalPageImporter)
            w("empty page", "trang trống"),
            w(
                    "no procedure name \\(h1.main-title\\): not a procedure detail page",
                    "không có tên thủ tục: không phải trang chi tiết thủ tục"),
            w(
                    "no procedure code on the page; taken from the page address",
                    "trang không ghi mã thủ tục, lấy từ địa chỉ trang"),
            w(
                    "no procedure code on the page or in its address: not a procedure detail page",
                    "không có mã thủ tục trên trang hay trong địa chỉ: không phải trang chi tiết thủ tục"),
            w("not on the page", "không có trên trang"),
            w("no steps on the page", "trang không ghi các bước thực hiện"),
            w("time unit missing in '(.*)'; kept as unknown", "không ghi đơn vị thời gian trong '$1', để là chưa rõ"),
            w("no submission channel table", "không có bảng cách thức thực hiện"),
            w("no counts for '(.*)'", "không ghi số bản của '$1'"),
            w("no document table", "không có bảng thành phần hồ sơ"));

    private IssueWording() {}

    private static Wording w(String english, String vietnamese) {
        return new Wording(Pattern.compile(english, Pattern.DOTALL), vietnamese);
    }

    static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    /** The reason in Vietnamese; whether a pattern knew it is {@link #known}. */
    static String reason(String reason) {
        for (Wording w : REASONS) {
            Matcher m = w.pattern().matcher(reason);
            if (m.matches()) {
                return m.replaceFirst(w.vietnamese());
            }
        }
        return "bản ghi không dùng được (" + reason + ")";
    }

    static boolean known(String reason) {
        return REASONS.stream().anyMatch(w -> w.pattern().matcher(reason).matches());
    }
}
