package vn.gov.assistant.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.assistant.core.contract.KnowledgeLogContract;

class FileKnowledgeLogTest extends KnowledgeLogContract {

    @TempDir
    Path dir;

    private final List<FileKnowledgeLog> opened = new ArrayList<>();
    private Path file;

    @AfterEach
    void closeAll() throws IOException {
        for (FileKnowledgeLog log : opened) {
            log.close();
        }
    }

    @Override
    protected KnowledgeLog log() {
        file = dir.resolve("n" + opened.size()).resolve("knowledge-changes.jsonl");
        return open(file);
    }

    /** The same file opened again, as after a restart. */
    @Override
    protected KnowledgeLog again() {
        return open(file);
    }

    private FileKnowledgeLog open(Path path) {
        FileKnowledgeLog log = FileKnowledgeLog.open(path);
        opened.add(log);
        return log;
    }

    private KnowledgeChange example(String reason) {
        return new KnowledgeChange(
                0,
                ChangeKind.ABBREVIATION,
                "gks",
                KnowledgeCodec.payload(ChangeKind.ABBREVIATION, new Abbreviation("gks", "giấy khai sinh")),
                "lan.nguyen",
                Instant.parse("2026-11-30T08:00:00Z"),
                reason);
    }

    @Test
    void aLastLineCutShortByACrashIsSetAsideAndTheNextChangeTakesItsPlace() throws IOException {
        Path path = dir.resolve("crash.jsonl");
        FileKnowledgeLog log = open(path);
        log.append(example("một"), 0);
        Files.writeString(path, "{\"revision\":2,\"kind\":\"ABBREV", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FileKnowledgeLog reopened = open(path);
        assertThat(reopened.latest()).isEqualTo(1);
        reopened.append(example("hai"), 1);

        FileKnowledgeLog third = open(path);
        assertThat(third.since(0)).extracting(KnowledgeChange::reason).containsExactly("một", "hai");
        assertThat(Files.readAllLines(path)).hasSize(2);
    }

    @Test
    void anUnreadableLineInTheMiddleStopsTheStartWithItsNumber() throws IOException {
        Path path = dir.resolve("broken.jsonl");
        FileKnowledgeLog log = open(path);
        log.append(example("một"), 0);
        log.append(example("hai"), 1);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        lines.set(0, "không phải JSON");
        Files.write(path, lines);

        assertThatThrownBy(() -> FileKnowledgeLog.open(path))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1");
    }
}
