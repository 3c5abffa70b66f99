package vn.gov.assistant.knowledge.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Small procedures for tests (an object mother). */
public final class Procedures {

    public static final Instant IMPORTED = Instant.parse("2026-07-20T00:00:00Z");

    private Procedures() {}

    public static Procedure named(String code, String name, String domain, Level level) {
        return new Procedure(
                ProcedureCode.of(code),
                name,
                domain,
                List.of(level),
                "",
                Agencies.none(),
                List.of("Công dân Việt Nam"),
                List.of("Bước 1: Nộp hồ sơ. Bước 2: Nhận kết quả."),
                List.of(new SubmissionChannel(
                        SubmissionMethod.IN_PERSON,
                        new ProcessingTime(BigDecimal.valueOf(3), TimeUnit.WORKING_DAYS, "3 Ngày làm việc"),
                        List.of(new Fee(BigDecimal.valueOf(10000), Fee.VND, "")),
                        "")),
                List.of(new RequiredDocument("Tờ khai", "", "", 1, 0, "")),
                "",
                List.of(),
                List.of(),
                "",
                "https://dichvucong.gov.vn/",
                "",
                IMPORTED);
    }

    /** A few real procedure names, enough to tell search behaviours apart. */
    public static List<Procedure> sample() {
        return List.of(
                named("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", Level.COMMUNE),
                named("1.004884", "Thủ tục đăng ký lại khai sinh", "Hộ tịch", Level.COMMUNE),
                named("1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch", Level.COMMUNE),
                named("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", Level.COMMUNE),
                named("1.004194", "Đăng ký tạm trú", "Đăng ký, quản lý cư trú", Level.COMMUNE),
                named("1.004222", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", Level.COMMUNE),
                named("1.001456", "Cấp hộ chiếu phổ thông ở trong nước", "Xuất nhập cảnh", Level.PROVINCE),
                named("3.000348", "Cấp lại giấy phép lái xe", "Đường bộ", Level.PROVINCE),
                named(
                        "1.002759",
                        "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT",
                        "Bảo hiểm",
                        Level.PROVINCE),
                named("2.000124", "Cấp giấy phép khai thác thủy sản", "Thủy sản", Level.PROVINCE),
                named("2.000125", "Cấp giấy phép khai thác thuỷ sản ven bờ", "Thủy sản", Level.PROVINCE));
    }
}
