package vn.gov.assistant.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.llm.StatedFacts.Fact;
import vn.gov.assistant.core.llm.StatedFacts.Kind;

class StatedFactsTest {

    @Test
    void amountsCompareByValue() {
        assertThat(keys("7.000 đồng"))
                .isEqualTo(keys("7000 đ"))
                .isEqualTo(keys("7 nghìn"))
                .isEqualTo(keys("bảy ngàn đồng"));
        assertThat(keys("10.000")).isNotEqualTo(keys("100.000"));
        assertThat(keys("1,5 triệu đồng")).containsExactly("NUMBER:1500000");
        assertThat(keys("2 tỷ")).containsExactly("NUMBER:2000000000");
    }

    @Test
    void durationsKeepTheirUnit() {
        assertThat(keys("15 ngày làm việc")).containsExactly("DURATION:15 ngày");
        assertThat(keys("03 tháng")).containsExactly("DURATION:3 tháng");
        assertThat(keys("hai mươi lăm ngày")).containsExactly("DURATION:25 ngày");
        assertThat(keys("hai mươi tư giờ")).containsExactly("DURATION:24 giờ");
        assertThat(keys("một trăm hai mươi ngày")).containsExactly("DURATION:120 ngày");
        assertThat(keys("một năm")).containsExactly("DURATION:1 năm");
        assertThat(keys("trong 24 giờ")).containsExactly("DURATION:24 giờ");
    }

    @Test
    void spelledWordsWithoutAUnitAreNoFacts() {
        assertThat(keys("Bộ Tư pháp, ba mẹ, năm nay, hai bên")).isEmpty();
        assertThat(keys("hẹn thứ năm tuần sau, mồng một tháng Giêng, dự án đầu tư năm mới"))
                .isEmpty();
        assertThat(keys("đầu tư năm 2024")).containsExactly("NUMBER:2024");
    }

    @Test
    void codesAreTakenWholeAndTheirDigitsAreNotReadAsNumbers() {
        assertThat(StatedFacts.in("Thủ tục 1.004194 theo Mẫu CT01 và Quyết định 144/QĐ-BCA"))
                .extracting(Fact::kind, Fact::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.PROCEDURE_CODE, "1.004194"),
                        org.assertj.core.groups.Tuple.tuple(Kind.FORM, "CT01"),
                        org.assertj.core.groups.Tuple.tuple(Kind.FORM, "144/QĐ-BCA"));
    }

    @Test
    void numberedFormsCompareByNumber() {
        assertThat(keys("mẫu số 02")).contains("FORM:2").isEqualTo(keys("Mẫu số 2"));
    }

    @Test
    void amountGluedToACurrencyCodeIsStillAnAmount() {
        assertThat(keys("7.000VNĐ")).containsExactly("NUMBER:7000");
    }

    @Test
    void datesAreReadAsTheirNumbers() {
        assertThat(keys("ngày 26/11/2024")).containsExactly("NUMBER:26", "NUMBER:11", "NUMBER:2024");
    }

    @Test
    void linksAndEmailsAreFactsWithoutSchemeOrTrailingPunctuation() {
        assertThat(keys("Xem https://www.dichvucong.gov.vn/, hoặc hỏi hotro@dichvucong.gov.vn."))
                .containsExactly("LINK:dichvucong.gov.vn", "LINK:hotro@dichvucong.gov.vn");
    }

    @Test
    void aSourceDurationAlsoSupportsItsBareNumber() {
        assertThat(StatedFacts.supportedKeys(List.of("trong 3 ngày"))).containsExactly("DURATION:3 ngày", "NUMBER:3");
    }

    private static List<String> keys(String text) {
        return StatedFacts.in(text).stream()
                .map(fact -> StatedFacts.keyOf(fact.kind(), fact.key()))
                .toList();
    }
}
