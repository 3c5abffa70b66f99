package vn.gov.assistant.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.knowledge.ChangeKind;
import vn.gov.assistant.core.knowledge.ConflictingChangeException;
import vn.gov.assistant.core.knowledge.EverydayName;
import vn.gov.assistant.core.knowledge.KnowledgeChange;
import vn.gov.assistant.core.knowledge.KnowledgeCodec;
import vn.gov.assistant.core.knowledge.KnowledgeLog;

/**
 * What every {@link KnowledgeLog} does: number changes from 1 in order, give them back as
 * appended, and refuse a change based on a version someone else replaced.
 */
public abstract class KnowledgeLogContract {

    /** A log of its own for each call: the same store seen by one more instance when {@code shared}. */
    protected abstract KnowledgeLog log();

    /** Another view of the log {@link #log()} returned last (another instance, or the same process after a restart). */
    protected abstract KnowledgeLog again();

    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");

    private KnowledgeChange name(String name, String code, String reason) {
        return new KnowledgeChange(
                0,
                ChangeKind.EVERYDAY_NAME,
                ChangeKind.keyOf(name),
                KnowledgeCodec.payload(ChangeKind.EVERYDAY_NAME, new EverydayName(name, code)),
                "lan.nguyen",
                t0,
                reason);
    }

    @Test
    void changesAreNumberedFromOneAndReadBackInOrder() {
        KnowledgeLog log = log();
        assertThat(log.latest()).isZero();
        assertThat(log.since(0)).isEmpty();

        KnowledgeChange first = log.append(name("làm sổ đỏ", "1.000001", "hỏi nhiều"), 0);
        KnowledgeChange second = log.append(name("giấy độc thân", "1.000002", "hỏi nhiều"), 0);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(log.latest()).isEqualTo(2);
        assertThat(log.since(0)).containsExactly(first, second);
        assertThat(log.since(1)).containsExactly(second);
        assertThat(log.since(2)).isEmpty();
        assertThat(again().since(0)).containsExactly(first, second);
        assertThat(KnowledgeCodec.value(log.since(1).get(0), EverydayName.class))
                .isEqualTo(new EverydayName("giấy độc thân", "1.000002"));
    }

    @Test
    void aChangeBasedOnAReplacedVersionIsRefusedAndChangesNothing() {
        KnowledgeLog log = log();
        KnowledgeChange first = log.append(name("làm sổ đỏ", "1.000001", "lần đầu"), 0);

        assertThatThrownBy(() -> log.append(name("làm sổ đỏ", "1.000009", "không biết đã có"), 0))
                .isInstanceOf(ConflictingChangeException.class)
                .satisfies(e -> assertThat(((ConflictingChangeException) e).currentHead())
                        .isEqualTo(first.revision()));
        assertThat(log.latest()).isEqualTo(1);

        KnowledgeChange second = log.append(name("làm sổ đỏ", "1.000009", "sửa mã"), first.revision());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(again().append(name("làm sổ đỏ", "1.000003", "bất kể"), KnowledgeLog.ANY)
                        .revision())
                .isEqualTo(3);
    }

    @Test
    void aRemovalIsAChangeWithoutPayload() {
        KnowledgeLog log = log();
        log.append(name("kt3", "1.000003", "cũ"), 0);
        KnowledgeChange removal = log.append(
                new KnowledgeChange(0, ChangeKind.EVERYDAY_NAME, "kt3", null, "lan.nguyen", t0, "tên cũ"), 1);

        assertThat(again().since(1)).containsExactly(removal);
        assertThat(again().since(1).get(0).removes()).isTrue();
    }

    @Test
    void concurrentEditsOfOneEntryLetExactlyOneWin() throws Exception {
        KnowledgeLog log = log();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                tries.add(pool.submit(() -> {
                    try {
                        log.append(name("làm sổ đỏ", "1.00000" + n, "thử " + n), 0);
                        return true;
                    } catch (ConflictingChangeException e) {
                        return false;
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> f : tries) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
            assertThat(log.latest()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
