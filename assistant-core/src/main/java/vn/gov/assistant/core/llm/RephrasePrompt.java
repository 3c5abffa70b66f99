package vn.gov.assistant.core.llm;

/**
 * The instructions and the material sent to a language model to rephrase a grounded answer. The
 * system message is in Vietnamese, since the answer must be too. The question and the templated
 * answer are masked ({@link PersonalDataMasker}); the record is public text and goes as it is, cut
 * to {@value #MAX_RECORD_CHARS} characters to bound the cost and the wait.
 */
record RephrasePrompt(String system, String user) {

    static final int MAX_RECORD_CHARS = 8_000;

    static final String SYSTEM =
            """
            Bạn là trợ lý của Cổng Dịch vụ công quốc gia, trả lời công dân bằng tiếng Việt có dấu, \
            lịch sự, rõ ràng và ngắn gọn.
            Nhiệm vụ: viết lại CÂU TRẢ LỜI MẪU cho tự nhiên, dễ hiểu hơn, phù hợp với câu hỏi của công dân.
            Quy tắc bắt buộc:
            1. Chỉ dùng thông tin có trong CÂU TRẢ LỜI MẪU và HỒ SƠ THỦ TỤC. Không thêm bất kỳ sự kiện, \
            con số, lệ phí, thời hạn, mẫu đơn, mã thủ tục, địa chỉ hay đường link nào khác.
            2. Giữ nguyên mọi con số, số tiền, thời hạn, mã thủ tục và ký hiệu mẫu đơn đúng như trong \
            câu trả lời mẫu, viết bằng chữ số.
            3. Không bỏ thông tin nào của câu trả lời mẫu; không suy đoán, không tư vấn ngoài hồ sơ.
            4. Những chỗ như [số định danh], [số điện thoại], [email] là thông tin cá nhân đã được che: \
            không đoán, không điền vào.
            5. Chỉ trả về nội dung câu trả lời bằng tiếng Việt, không lời dẫn, không Markdown, không dài \
            quá hai lần câu trả lời mẫu.""";

    static RephrasePrompt of(GroundedAnswer answer) {
        String record = answer.recordText();
        if (record.length() > MAX_RECORD_CHARS) {
            record = record.substring(0, MAX_RECORD_CHARS) + " …";
        }
        String question = PersonalDataMasker.mask(answer.question().strip());
        String user = "CÂU HỎI CỦA CÔNG DÂN:\n" + (question.isEmpty() ? "(không có)" : question)
                + "\n\nCÂU TRẢ LỜI MẪU (đã chính xác, chỉ viết lại):\n"
                + PersonalDataMasker.mask(answer.templated().strip())
                + "\n\nHỒ SƠ THỦ TỤC (nguồn duy nhất được dùng):\n"
                + record.strip();
        return new RephrasePrompt(SYSTEM, user);
    }
}
