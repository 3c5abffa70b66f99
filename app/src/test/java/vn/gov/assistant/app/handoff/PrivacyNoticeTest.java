package vn.gov.assistant.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.privacy.RetentionPeriods;

/** The privacy notice tells the periods actually configured. */
class PrivacyNoticeTest {

    @Test
    void theDefaultNoticeNamesTheConfiguredPeriods() {
        String notice = HandoffConfiguration.notice(
                HandoffConfiguration.PRIVACY_NOTICE,
                "",
                new RetentionPeriods(Duration.ofDays(14), Duration.ofDays(60)));
        assertThat(notice)
                .contains("trong 14 ngày (60 ngày nếu bạn để lại thông tin liên hệ")
                .contains("\"dữ liệu của tôi\"", "\"xóa dữ liệu của tôi\"")
                .doesNotContain("{", "}", "Chi tiết");
    }

    @Test
    void thePolicyAddressFollowsAndAnEmptyNoticeStaysEmpty() {
        assertThat(HandoffConfiguration.notice(
                        "Thông báo.", "https://dvc.example.vn/bao-mat", RetentionPeriods.DEFAULT))
                .isEqualTo("Thông báo. Chi tiết: https://dvc.example.vn/bao-mat");
        assertThat(HandoffConfiguration.notice("  ", "https://dvc.example.vn/bao-mat", RetentionPeriods.DEFAULT))
                .isEmpty();
    }
}
