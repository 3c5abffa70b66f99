package vn.gov.assistant.channels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The conversation every channel must carry the same way (a shared contract): each adapter's test
 * extends this class and provides a {@link ChannelDriver} over its real transport. Users are
 * distinct per test so that conversations do not mix.
 */
public abstract class ChannelContract {

    protected abstract ChannelDriver driver();

    @Test
    void aQuestionWithoutDiacriticsGetsACitedAnswer() throws Exception {
        ChannelDriver.Delivered answer = driver().say("contract-1", "dang ky tam tru can giay to gi");
        assertThat(answer.text()).contains("Đăng ký tạm trú").contains("CT01").contains("1.004194");
        assertThat(answer.optionValues()).contains("aspect:fee");
    }

    @Test
    void aFollowUpStaysOnTheSameProcedure() throws Exception {
        driver().say("contract-2", "đăng ký tạm trú cần giấy tờ gì");
        ChannelDriver.Delivered fee = driver().say("contract-2", "còn lệ phí?");
        assertThat(fee.text()).contains("7.000 đồng").contains("1.004194");
    }

    @Test
    void anOptionPressedContinuesTheConversation() throws Exception {
        driver().say("contract-3", "đăng ký tạm trú cần giấy tờ gì");
        ChannelDriver.Delivered time = driver().press("contract-3", "aspect:time");
        assertThat(time.text()).contains("3 ngày làm việc");
    }

    @Test
    void outOfScopeIsDeclinedAndAPersonOffered() throws Exception {
        ChannelDriver.Delivered declined = driver().say("contract-4", "thời tiết hôm nay thế nào");
        assertThat(declined.text()).contains("ngoài phạm vi");
        ChannelDriver.Delivered person = driver().say("contract-4", "cho tôi gặp cán bộ");
        assertThat(person.text()).contains("cán bộ");
    }

    @Test
    void conversationsOfTwoUsersDoNotMix() throws Exception {
        driver().say("contract-5a", "đăng ký tạm trú cần giấy tờ gì");
        driver().say("contract-5b", "làm hộ chiếu cần gì");
        assertThat(driver().say("contract-5a", "còn lệ phí?").text()).contains("1.004194");
        assertThat(driver().say("contract-5b", "còn lệ phí?").text()).contains("hộ chiếu");
    }

    @Test
    void aDeclarationIsFilledOneQuestionAtATime() throws Exception {
        assertThat(driver().say("contract-6", "điền mẫu CT01").text()).contains("câu 1/");
        assertThat(driver().say("contract-6", "Công an phường Ba Đình, Hà Nội").text())
                .contains("câu 2/");
        driver().say("contract-6", "Lê Thị Hoa");
        ChannelDriver.Delivered gender = driver().say("contract-6", "12/08/1990");
        assertThat(gender.optionValues()).contains("form:opt:0", "form:opt:1", "form:pause");
        assertThat(driver().press("contract-6", "form:opt:1").text()).contains("Số định danh");
        assertThat(driver().say("contract-6", "0011900123").text()).contains("12 chữ số");
        assertThat(driver().press("contract-6", "form:pause").text()).contains("Đã lưu");
    }
}
