package vn.gov.assistant.admin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.procedure.Agencies;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.ProcessingTime;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;
import vn.gov.assistant.knowledge.procedure.SubmissionMethod;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

class ProcedureFormTest {

    private static final Procedure PASSPORT = new Procedure(
            ProcedureCode.of("2.002008"),
            "Cấp hộ chiếu phổ thông",
            "Xuất nhập cảnh",
            List.of(Level.PROVINCE),
            "",
            Agencies.none(),
            List.of(),
            List.of("Bước 1: Nộp hồ sơ.\nTại Phòng Quản lý xuất nhập cảnh.", "Bước 2: Nhận kết quả."),
            List.of(
                    new SubmissionChannel(
                            SubmissionMethod.ONLINE,
                            new ProcessingTime(BigDecimal.valueOf(5), TimeUnit.WORKING_DAYS, "5 Ngày làm việc"),
                            List.of(new Fee(BigDecimal.valueOf(200_000), Fee.VND, "Cấp mới")),
                            ""),
                    new SubmissionChannel(
                            SubmissionMethod.IN_PERSON,
                            new ProcessingTime(BigDecimal.valueOf(8), TimeUnit.WORKING_DAYS, "8 Ngày làm việc"),
                            List.of(new Fee(BigDecimal.valueOf(20), "USD", "Ở nước ngoài")),
                            "")),
            List.of(new RequiredDocument("Tờ khai TK01", "TK01", "https://example.gov.vn/tk01.docx", 1, 0, "")),
            "",
            List.of("Hộ chiếu"),
            List.of(),
            "",
            "https://dichvucong.gov.vn/",
            "Bộ Công an",
            Instant.parse("2026-07-20T00:00:00Z"));

    private static ProcedureForm shown() {
        ProcedureForm form = ProcedureForm.of(PASSPORT, false, 0);
        form.setReason("Thông tư mới");
        return form;
    }

    @Test
    void aFormLeftAsShownGivesTheSameRecordItemsAndAll() {
        ProcedureForm.Result result = shown().apply(PASSPORT);

        assertThat(result.errors()).isEmpty();
        assertThat(result.procedure()).isEqualTo(PASSPORT);
        assertThat(result.procedure().steps()).containsExactlyElementsOf(PASSPORT.steps());
        assertThat(result.procedure().documents().get(0).formUrl()).isEqualTo("https://example.gov.vn/tk01.docx");
    }

    @Test
    void feesAreReadInVietnameseWritingAndKeepTheirCurrency() {
        ProcedureForm form = shown();
        form.getChannels().get(0).getFees().get(0).setAmount("250.000");
        form.getChannels().get(0).getFees().get(1).setAmount("0");
        form.getChannels().get(0).getFees().get(1).setConditions("Trẻ em dưới 14 tuổi");
        form.getChannels().get(1).getFees().get(0).setAmount("25");

        Procedure edited = form.apply(PASSPORT).procedure();

        assertThat(edited.channels().get(0).fees())
                .containsExactly(
                        new Fee(BigDecimal.valueOf(250_000), Fee.VND, "Cấp mới"),
                        new Fee(BigDecimal.ZERO, Fee.VND, "Trẻ em dưới 14 tuổi"));
        assertThat(edited.channels().get(1).fees())
                .containsExactly(new Fee(BigDecimal.valueOf(25), "USD", "Ở nước ngoài"));
        assertThat(edited.channels().get(0).time())
                .isEqualTo(PASSPORT.channels().get(0).time());
    }

    @Test
    void anAmountThatIsNotMoneyAndAMissingReasonAreRefusedWithReasons() {
        ProcedureForm form = shown();
        form.getChannels().get(0).getFees().get(0).setAmount("hai trăm nghìn");
        form.setReason(" ");

        ProcedureForm.Result result = form.apply(PASSPORT);

        assertThat(result.procedure()).isNull();
        assertThat(result.errors())
                .containsExactly(
                        "Hãy ghi lý do của thay đổi.",
                        "Lệ phí \"hai trăm nghìn\" (Trực tuyến) không phải số tiền: ghi số đồng, ví dụ 50.000; 0 là miễn phí.");
    }

    @Test
    void aFormForOtherChannelsIsRefused() {
        ProcedureForm form = shown();
        form.getChannels().get(1).setMethod("POSTAL");

        assertThat(form.apply(PASSPORT).errors()).singleElement().asString().contains("hãy tải lại trang");
    }

    @Test
    void editedListsTimesAndNotesReplaceTheOldOnesAndKnownDocumentsKeepTheirForms() {
        ProcedureForm form = shown();
        form.setDocuments("Tờ khai TK01\n\n  Ảnh chân dung 4x6  ");
        form.setSteps("Nộp hồ sơ trực tuyến\nNhận hộ chiếu qua bưu điện");
        form.getChannels().get(1).setTime("10 Ngày làm việc");
        form.setNote("  Mang theo căn cước.  ");

        Procedure edited = form.apply(PASSPORT).procedure();

        assertThat(edited.documents())
                .extracting(RequiredDocument::name)
                .containsExactly("Tờ khai TK01", "Ảnh chân dung 4x6");
        assertThat(edited.documents().get(0)).isEqualTo(PASSPORT.documents().get(0));
        assertThat(edited.steps()).containsExactly("Nộp hồ sơ trực tuyến", "Nhận hộ chiếu qua bưu điện");
        assertThat(edited.channels().get(1).time().text()).isEqualTo("10 Ngày làm việc");
        assertThat(edited.channels().get(1).time().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
        assertThat(edited.note()).isEqualTo("Mang theo căn cước.");
    }

    @Test
    void theComparisonNamesTheFieldsThatDiffer() {
        ProcedureForm form = shown();
        form.getChannels().get(0).getFees().get(0).setAmount("250000");
        form.setNote("Mang theo căn cước.");

        List<ProcedureFields.Difference> differences =
                ProcedureFields.compare(PASSPORT, form.apply(PASSPORT).procedure());

        assertThat(differences)
                .extracting(ProcedureFields.Difference::label)
                .containsExactly("Cách thức thực hiện, thời hạn, lệ phí", "Ghi chú của cơ quan cho công dân");
        assertThat(differences.get(0).after()).contains("Trực tuyến: 5 Ngày làm việc - 250.000 đồng (Cấp mới)");
    }
}
