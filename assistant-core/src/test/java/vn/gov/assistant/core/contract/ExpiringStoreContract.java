package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.core.state.ExpiringStore;

/** What every {@link ExpiringStore} does, here for paused forms (records with maps and lists). */
public abstract class ExpiringStoreContract {

    /** A store of paused forms; two calls give views of the same store. */
    protected abstract ExpiringStore<FormProgress> store();

    private final String key = "conv-" + UUID.randomUUID();

    private static FormProgress progress() {
        return new FormProgress(
                "khai-sinh",
                Map.of("tre.ho-ten", "Nguyễn Thị Ánh Tuyết", "tre.ghi-chu", ""),
                List.of("tre.ho-ten", "tre.ghi-chu"),
                "tre.ngay-sinh",
                FormProgress.Stage.PAUSED,
                Instant.parse("2026-11-30T01:02:03Z"));
    }

    @Test
    void aRecordPutIsReadBackWholeByAnotherView() {
        store().put(key, progress(), Duration.ofMinutes(5));
        assertThat(store().get(key)).contains(progress());
    }

    @Test
    void putAgainReplacesAndRemoveForgets() {
        ExpiringStore<FormProgress> s = store();
        s.put(key, progress(), Duration.ofMinutes(5));
        FormProgress other = progress().asking("tre.gioi-tinh");
        s.put(key, other, Duration.ofMinutes(5));
        assertThat(s.get(key)).contains(other);
        s.remove(key);
        assertThat(s.get(key)).isEmpty();
        s.remove(key);
    }

    @Test
    void aRecordIsGoneAfterItsTtl() throws InterruptedException {
        ExpiringStore<FormProgress> s = store();
        s.put(key, progress(), Duration.ofMillis(300));
        assertThat(s.get(key)).isPresent();
        Thread.sleep(450);
        assertThat(s.get(key)).isEmpty();
    }

    @Test
    void anUnknownKeyHasNothing() {
        assertThat(store().get(key + "-never")).isEmpty();
    }
}
