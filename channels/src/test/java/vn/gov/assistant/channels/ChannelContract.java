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
}
