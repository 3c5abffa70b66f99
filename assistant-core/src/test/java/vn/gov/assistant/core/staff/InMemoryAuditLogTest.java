package vn.gov.assistant.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryAuditLogTest {

    private static AuditEntry entry(int i) {
        return new AuditEntry(Instant.ofEpochSecond(i), "admin", "account.create", "user" + i, "");
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        for (int i = 1; i <= 5; i++) {
            audit.record(entry(i));
        }
        assertThat(audit.recent(3)).extracting(AuditEntry::target).containsExactly("user5", "user4", "user3");
        assertThat(audit.recent(100)).hasSize(5);
        assertThat(audit.recent(0)).isEmpty();
    }

    @Test
    void onlyTheNewestEntriesAreKept() {
        InMemoryAuditLog audit = new InMemoryAuditLog(3);
        for (int i = 1; i <= 10; i++) {
            audit.record(entry(i));
        }
        assertThat(audit.recent(10)).extracting(AuditEntry::target).containsExactly("user10", "user9", "user8");
    }

    @Test
    void theDefaultBoundIsTenThousand() {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        for (int i = 1; i <= 10_050; i++) {
            audit.record(entry(i));
        }
        assertThat(audit.recent(20_000))
                .hasSize(10_000)
                .first()
                .extracting(AuditEntry::target)
                .isEqualTo("user10050");
    }
}
