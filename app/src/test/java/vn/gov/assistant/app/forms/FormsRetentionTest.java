package vn.gov.assistant.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** No declaration data outlives the retention period of identified conversations (decision 20). */
class FormsRetentionTest {

    private static final Duration IDENTIFIED = Duration.ofDays(90);

    @Test
    void aTtlWithinTheIdentifiedPeriodIsKept() {
        assertThat(FormsConfiguration.capped("assistant.forms.memory-ttl", Duration.ofDays(30), IDENTIFIED))
                .isEqualTo(Duration.ofDays(30));
        assertThat(FormsConfiguration.capped("assistant.forms.memory-ttl", IDENTIFIED, IDENTIFIED))
                .isEqualTo(IDENTIFIED);
    }

    @Test
    void aLongerTtlIsCutToTheIdentifiedPeriod() {
        assertThat(FormsConfiguration.capped("assistant.forms.memory-ttl", Duration.ofDays(365), IDENTIFIED))
                .isEqualTo(IDENTIFIED);
        assertThat(FormsConfiguration.capped("assistant.forms.draft-ttl", Duration.ofDays(7), Duration.ofDays(1)))
                .isEqualTo(Duration.ofDays(1));
    }
}
