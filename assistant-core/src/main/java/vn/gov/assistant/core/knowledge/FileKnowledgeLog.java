package vn.gov.assistant.core.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log of a single instance, kept across restarts in a file of JSON lines: each change
 * is written and forced to disk before it is published. A last line cut short by a crash is set
 * aside with a warning (its change was never published); any other unreadable line stops the
 * start with its number, so nothing is silently lost.
 */
public final class FileKnowledgeLog extends InMemoryKnowledgeLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FileKnowledgeLog.class);

    private final FileChannel file;

    private FileKnowledgeLog(FileChannel file) {
        this.file = file;
    }

    /** Opens (or creates) the log at {@code path}, reading back every change it holds. */
    public static FileKnowledgeLog open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            List<String> lines = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
            FileKnowledgeLog opened = new FileKnowledgeLog(FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ));
            long keep = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    keep += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    continue;
                }
                try {
                    opened.restore(KnowledgeCodec.change(line));
                    keep += line.getBytes(StandardCharsets.UTF_8).length + 1;
                } catch (IllegalArgumentException e) {
                    if (i == lines.size() - 1) {
                        log.warn(
                                "The knowledge log {} ends in a change cut short (line {}): it is set aside",
                                path,
                                i + 1);
                        break;
                    }
                    opened.file.close();
                    throw new IllegalStateException(
                            "the knowledge log " + path + " has an unreadable change on line " + (i + 1), e);
                }
            }
            opened.file.truncate(Math.min(keep, opened.file.size()));
            opened.file.position(opened.file.size());
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge log " + path, e);
        }
    }

    @Override
    protected void stored(KnowledgeChange change) {
        byte[] line = (KnowledgeCodec.line(change) + "\n").getBytes(StandardCharsets.UTF_8);
        long end = -1;
        try {
            end = file.position();
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            file.force(false);
        } catch (IOException e) {
            if (end >= 0) {
                try { // a change written in part must not stay in front of the next one
                    file.truncate(end);
                    file.position(end);
                } catch (IOException ignored) {
                    // the next start sets the cut line aside
                }
            }
            throw new UncheckedIOException("cannot write the knowledge log", e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
