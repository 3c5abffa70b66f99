package vn.gov.assistant.core.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small declaration for the rendering tests: two sections, a conditional one, blanks. */
public final class SampleDeclaration {

    /** Every lower- and upper-case Vietnamese vowel with every tone, and đ/Đ. */
    public static final String ALL_LETTERS = "àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ"
            + " ùúủũụ ưừứửữự ỳýỷỹỵ đ ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ"
            + " ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ Đ";

    public static final String HIDDEN_NAME = "Trần Văn Ẩn";
    public static final String HIDDEN_PID = "079188001234";

    private SampleDeclaration() {}

    public static FormDefinition form() {
        FieldCondition authorised = new FieldCondition("nguoi-yeu-cau.uy-quyen", List.of("có"));
        FormSection applicant = new FormSection(
                "nguoi-yeu-cau",
                "I. Người yêu cầu",
                List.of(
                        field("ho-ten", "Họ, chữ đệm, tên", FieldType.NAME, true, null),
                        field("ngay-sinh", "Ngày, tháng, năm sinh", FieldType.DATE, true, null),
                        field("noi-cu-tru", "Nơi cư trú", FieldType.PLACE, true, null),
                        field("dien-thoai", "Số điện thoại", FieldType.PHONE, false, null),
                        yesNo("uy-quyen", "Có ủy quyền cho người khác nộp hồ sơ")),
                null);
        FormSection child = new FormSection(
                "nguoi-duoc-khai-sinh",
                "II. Người được khai sinh",
                List.of(
                        field("ho-ten", "Họ, chữ đệm, tên", FieldType.NAME, true, null),
                        field("que-quan", "Quê quán", FieldType.PLACE, true, null),
                        field("ghi-chu", "Ghi chú", FieldType.TEXT, false, null),
                        field("giay-uy-quyen", "Số giấy ủy quyền", FieldType.TEXT, false, authorised)),
                null);
        FormSection proxy = new FormSection(
                "nguoi-duoc-uy-quyen",
                "III. Người được ủy quyền",
                List.of(
                        field("ho-ten", "Họ, chữ đệm, tên", FieldType.NAME, true, null),
                        field("so-dinh-danh", "Số định danh cá nhân", FieldType.PID, true, null)),
                authorised);
        return new FormDefinition(
                "to-khai-khai-sinh",
                "Tờ khai đăng ký khai sinh",
                "Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP",
                List.of("1.001193"),
                List.of("khai sinh"),
                "Ủy ban nhân dân phường Ba Đình",
                List.of(applicant, child, proxy));
    }

    /** Answers in which the applicant does not authorise anyone (section III is left out). */
    public static Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nguoi-yeu-cau.ho-ten", "Nguyễn Thị Ánh Tuyết");
        v.put("nguoi-yeu-cau.ngay-sinh", "05/03/1990");
        v.put("nguoi-yeu-cau.noi-cu-tru", "Phường Ba Đình, Thành phố Hà Nội");
        v.put("nguoi-yeu-cau.uy-quyen", "không");
        v.put("nguoi-duoc-khai-sinh.ho-ten", "Lê Đức Hưởng");
        v.put("nguoi-duoc-khai-sinh.que-quan", "Đắk Lắk");
        v.put("nguoi-duoc-khai-sinh.ghi-chu", ALL_LETTERS);
        v.put("nguoi-duoc-khai-sinh.giay-uy-quyen", "UQ-77");
        v.put("nguoi-duoc-uy-quyen.ho-ten", HIDDEN_NAME);
        v.put("nguoi-duoc-uy-quyen.so-dinh-danh", HIDDEN_PID);
        return v;
    }

    private static FormField field(String id, String label, FieldType type, boolean required, FieldCondition c) {
        return new FormField(id, label, null, null, type, required, null, 0, false, c);
    }

    private static FormField yesNo(String id, String label) {
        return new FormField(id, label, null, null, FieldType.YESNO, true, List.of("có", "không"), 0, false, null);
    }
}
