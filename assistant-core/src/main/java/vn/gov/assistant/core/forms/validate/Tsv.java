package vn.gov.assistant.core.forms.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the validators' bundled tab-separated data: {@code #} starts a comment line, blank lines are skipped. */
final class Tsv {

    private Tsv() {}

    /**
     * The rows of a class-path resource, each with {@code columns} cells (missing trailing cells
     * are ""), cells trimmed and in NFC.
     *
     * @throws IllegalStateException when the resource is missing or a row has more cells
     */
    static List<List<String>> read(String path, int columns) {
        String text;
        try (InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            text = Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns) {
                throw new IllegalStateException(path + ":" + lineNumber + ": more than " + columns + " columns");
            }
            String[] row = Arrays.copyOf(cells, columns);
            for (int i = 0; i < columns; i++) {
                row[i] = row[i] == null ? "" : row[i].strip();
            }
            rows.add(List.of(row));
        }
        return List.copyOf(rows);
    }
}
