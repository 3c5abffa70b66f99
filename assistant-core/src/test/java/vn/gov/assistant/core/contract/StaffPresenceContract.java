package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.handoff.StaffPresence;

/** What every {@link StaffPresence} does: staff seen recently are online, by login. */
public abstract class StaffPresenceContract {

    protected abstract StaffPresence presence();

    private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void staffSeenWithinTheWindowAreOnline() {
        StaffPresence presence = presence();
        presence.seen("minh.tran", now.minusSeconds(10));
        presence.seen("lan.nguyen", now.minusSeconds(59));
        presence.seen("hoa.le", now.minusSeconds(120));

        assertThat(presence.online(now, Duration.ofSeconds(60))).containsExactly("lan.nguyen", "minh.tran");
        assertThat(presence.online(now, Duration.ofMinutes(5))).containsExactly("hoa.le", "lan.nguyen", "minh.tran");
    }

    @Test
    void aNewReportMovesTheLastSeenAndLeavingEndsPresence() {
        StaffPresence presence = presence();
        presence.seen("hoa.le", now.minusSeconds(300));
        presence.seen("lan.nguyen", now.minusSeconds(5));
        assertThat(presence.online(now, Duration.ofSeconds(30))).containsExactly("lan.nguyen");

        presence.seen("hoa.le", now);
        presence.left("lan.nguyen");

        assertThat(presence.online(now, Duration.ofSeconds(30))).containsExactly("hoa.le");
        presence.left("nobody"); // leaving unseen is harmless
    }
}
