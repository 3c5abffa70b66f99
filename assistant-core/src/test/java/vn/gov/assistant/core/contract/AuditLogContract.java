package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.AuditLog;

/** What every {@link AuditLog} does: keep entries as recorded and give the latest first. */
public abstract class AuditLogContract {

    protected abstract AuditLog audit();

    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void theLatestEntriesComeNewestFirst() {
        AuditLog audit = audit();
        List<AuditEntry> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AuditEntry entry = new AuditEntry(
                    t0.plusSeconds(i), "lan.nguyen", "handoff.claim", "h-" + i, i == 0 ? "" : "chuyển cho minh.tran");
            audit.record(entry);
            recorded.add(entry);
        }

        assertThat(audit.recent(3)).containsExactly(recorded.get(4), recorded.get(3), recorded.get(2));
        assertThat(audit.recent(10)).containsExactlyElementsOf(recorded.reversed());
        assertThat(audit.recent(0)).isEmpty();
    }

    @Test
    void anEmptyLogHasNothingRecent() {
        assertThat(audit().recent(10)).isEmpty();
    }
}
