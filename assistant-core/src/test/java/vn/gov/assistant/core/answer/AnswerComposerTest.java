package vn.gov.assistant.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.ReplyPart;
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
import vn.gov.assistant.knowledge.search.Aspect;

class AnswerComposerTest {

    private static final String URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/example";
    private final AnswerComposer composer = new AnswerComposer();

    private static Procedure procedure(List<SubmissionChannel> channels, List<RequiredDocument> documents) {
        return new Procedure(
                ProcedureCode.of("1.000001"),
                "Cấp giấy xác nhận thử nghiệm",
                "Hộ tịch",
                List.of(Level.COMMUNE),
                "",
                new Agencies(
                        List.of("Ủy ban nhân dân cấp xã"), List.of("Ủy ban nhân dân cấp xã"), "", List.of(), List.of()),
                List.of("Công dân Việt Nam"),
                List.of("Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."),
                channels,
                documents,
                "",
                List.of("Giấy xác nhận"),
                List.of(),
                "",
                URL,
                "",
                Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void feesAreGivenPerChannelInVietnameseNotation() {
        Procedure p = procedure(
                List.of(
                        new SubmissionChannel(
                                SubmissionMethod.ONLINE,
                                new ProcessingTime(BigDecimal.valueOf(3), TimeUnit.WORKING_DAYS, "3 ngày làm việc"),
                                List.of(new Fee(BigDecimal.valueOf(7000), Fee.VND, "")),
                                ""),
                        new SubmissionChannel(
                                SubmissionMethod.IN_PERSON,
                                new ProcessingTime(BigDecimal.valueOf(3), TimeUnit.WORKING_DAYS, "3 ngày làm việc"),
                                List.of(Fee.free("")),
                                "")),
                List.of());
        String text = composer.text(p, Aspect.FEE);
        assertThat(text).contains("Trực tuyến: 7.000 đồng").contains("Trực tiếp: Miễn phí");
        assertThat(composer.text(p, Aspect.TIME)).contains("3 ngày làm việc");
    }

    @Test
    void unknownValuesAreSaidToBeUnknownWithTheSourceNeverGuessed() {
        Procedure p = procedure(
                List.of(new SubmissionChannel(
                        SubmissionMethod.IN_PERSON,
                        new ProcessingTime(BigDecimal.valueOf(15), TimeUnit.UNKNOWN, "15"),
                        List.of(),
                        "")),
                List.of());
        assertThat(composer.text(p, Aspect.TIME)).contains("15 (nguồn không ghi đơn vị thời gian)");
        assertThat(composer.text(p, Aspect.FEE)).contains("chưa ghi lệ phí").contains(URL);
        assertThat(composer.text(p, Aspect.DOCUMENTS))
                .contains("chưa ghi thành phần hồ sơ")
                .contains(URL);
        assertThat(composer.text(p, Aspect.FORM)).contains("không ghi mẫu đơn").contains(URL);
        assertThat(composer.text(p, Aspect.LEGAL)).contains("chưa ghi căn cứ pháp lý");
    }

    @Test
    void documentsListCountsAndIsCutWithTheRestAtTheSource() {
        List<RequiredDocument> many = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new RequiredDocument("Giấy tờ số " + i, "", "", 1, i % 2, ""))
                .toList();
        String text = composer.text(procedure(List.of(), many), Aspect.DOCUMENTS);
        assertThat(text).contains("- Giấy tờ số 1 (1 bản chính, 1 bản sao)").contains("- Giấy tờ số 2 (1 bản chính)");
        assertThat(text).doesNotContain("Giấy tờ số 9");
        assertThat(text).contains("... và 4 giấy tờ khác").contains(URL);
    }

    @Test
    void everyAnswerEndsWithItsCitationAndOffersOtherAspects() {
        List<ReplyPart> parts = composer.answer(procedure(List.of(), List.of()), Aspect.STEPS);
        assertThat(parts.getLast()).isInstanceOf(ReplyPart.Citation.class);
        ReplyPart.Citation citation = (ReplyPart.Citation) parts.getLast();
        assertThat(citation.code()).isEqualTo("1.000001");
        assertThat(citation.catalogDate()).isEqualTo("01/07/2026");
        assertThat(citation.asText()).contains("1.000001").contains(URL);
        assertThat(parts)
                .anyMatch(p -> p instanceof ReplyPart.Options o
                        && o.options().stream().noneMatch(opt -> opt.value().equals("aspect:steps")));
    }
}
