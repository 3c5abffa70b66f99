package vn.gov.assistant.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the tab-separated data files bundled with the application (dictionaries, intent examples). */
public final class Lexicons {

    private Lexicons() {}

    /** Non-blank, non-comment lines split on tabs; a line with fewer than {@code minFields} is an error. */
    public static List<String[]> readTsv(String resource, int minFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        Lexicons.class.getResourceAsStream(resource), "missing bundled dictionary " + resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < minFields) {
                    throw new IllegalStateException(
                            resource + " line " + number + ": expected " + minFields + " tab-separated fields");
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
