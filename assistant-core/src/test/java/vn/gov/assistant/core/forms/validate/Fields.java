package vn.gov.assistant.core.forms.validate;

import java.util.List;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

/** Form fields for the validator tests. */
final class Fields {

    private Fields() {}

    static FormField of(FieldType type) {
        return of("truong", "Trường thử", type);
    }

    static FormField of(String id, String label, FieldType type) {
        return new FormField(id, label, null, null, type, true, List.of(), 0, false, null);
    }

    static FormField text(int maxLength) {
        return new FormField("ghi-chu", "Ghi chú", null, null, FieldType.TEXT, true, List.of(), maxLength, false, null);
    }

    static FormField choice(String... options) {
        return new FormField(
                "lua-chon", "Lựa chọn", null, null, FieldType.CHOICE, true, List.of(options), 0, false, null);
    }

    static FormField date(boolean futureAllowed) {
        return new FormField(
                "ngay-sinh", "Ngày sinh", null, null, FieldType.DATE, true, List.of(), 0, futureAllowed, null);
    }
}
