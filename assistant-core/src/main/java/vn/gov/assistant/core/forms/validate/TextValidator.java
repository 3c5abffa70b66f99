package vn.gov.assistant.core.forms.validate;

import vn.gov.assistant.core.forms.FormField;

/**
 * Free text: trimmed, whitespace collapsed, Unicode NFC (so "Hà Nội" typed with combining marks
 * compares equal to the precomposed one), not empty, at most the field's {@code maxLength}
 * characters. Case and the citizen's own spelling are kept.
 */
final class TextValidator {

    Checked check(FormField field, String raw) {
        String value = Answers.clean(raw);
        if (value.isEmpty()) {
            return Answers.empty(field);
        }
        int length = Answers.length(value);
        if (length > field.maxLength()) {
            return Checked.invalid("Câu trả lời dài quá: mục “" + field.label() + "” chỉ ghi được tối đa "
                    + field.maxLength() + " ký tự, bạn đã viết " + length + " ký tự. Bạn viết ngắn lại giúp tôi nhé.");
        }
        return Checked.ok(value);
    }
}
