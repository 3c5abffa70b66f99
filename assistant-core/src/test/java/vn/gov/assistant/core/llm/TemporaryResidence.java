package vn.gov.assistant.core.llm;

/**
 * Test data: the catalog's record of "Đăng ký tạm trú" (1.004194), abridged, and the templated
 * answer to a question about its fee and time.
 */
final class TemporaryResidence {

    static final String RECORD =
            """
            Đăng ký tạm trú (mã thủ tục 1.004194). Lĩnh vực: Đăng ký, quản lý cư trú. Cấp thực hiện: Cấp xã.
            Cơ quan thực hiện: Công an cấp xã.
            Cách thức thực hiện: Trực tuyến - thời hạn 3 Ngày làm việc - lệ phí 7.000 đồng/lần đăng ký \
            (công dân nộp hồ sơ qua cổng dịch vụ công trực tuyến). Trực tiếp - thời hạn 3 Ngày làm việc - \
            lệ phí 10.000 đồng/người/lần đăng ký (nộp hồ sơ trực tiếp tại Công an cấp xã).
            Thành phần hồ sơ: Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số \
            53/2025/TT-BCA); giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo khoản 3 Điều 5 Nghị định \
            154/2024/NĐ-CP ngày 26/11/2024. Số lượng hồ sơ: 01 bộ.
            Trình tự: Bước 1: chuẩn bị hồ sơ. Bước 2: nộp hồ sơ đến Công an cấp xã hoặc qua \
            dichvucong.gov.vn. Bước 3: nhận Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu CT04).
            Căn cứ pháp lý: Luật Cư trú số 68/2020/QH14; Thông tư số 66/2023/TT-BCA.""";

    static final String TEMPLATED = "Đăng ký tạm trú (thủ tục 1.004194): lệ phí 7.000 đồng/lần nếu nộp trực tuyến, "
            + "10.000 đồng/người/lần nếu nộp trực tiếp tại Công an cấp xã. Thời hạn giải quyết: 3 ngày làm việc. "
            + "Hồ sơ gồm Tờ khai thay đổi thông tin cư trú (Mẫu CT01).";

    static final String FAITHFUL = "Dạ, để đăng ký tạm trú (thủ tục 1.004194), bạn điền Tờ khai thay đổi thông tin "
            + "cư trú theo Mẫu CT01. Nếu nộp trực tuyến, lệ phí là 7.000 đồng mỗi lần; nếu nộp trực tiếp tại Công an "
            + "cấp xã thì 10.000 đồng mỗi người mỗi lần. Hồ sơ được giải quyết trong 3 ngày làm việc.";

    private TemporaryResidence() {}

    static GroundedAnswer askedAs(String question) {
        return new GroundedAnswer(question, TEMPLATED, RECORD);
    }

    static GroundedAnswer feeQuestion() {
        return askedAs("Đăng ký tạm trú hết bao nhiêu tiền, bao lâu thì xong?");
    }
}
