package vn.gov.assistant.knowledge.catalog;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.procedure.Procedure;

/**
 * The bundled catalog's file format: gzip-compressed JSON lines, one {@link Procedure} a line,
 * exactly as the importer produced it. Reading it is all the embedded default does at start-up.
 */
public final class CatalogCodec {

    /** Derived properties (e.g. {@code Fee.free}) are written for readers of the file and ignored on reading. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CatalogCodec() {}

    public static void write(List<Procedure> procedures, OutputStream out) {
        try (BufferedWriter writer =
                new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            for (Procedure p : procedures) {
                writer.write(JSON.writeValueAsString(p));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write catalog", e);
        }
    }

    /** Reads a catalog; a malformed line is an error naming its line number. */
    public static List<Procedure> read(InputStream in) {
        List<Procedure> out = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readValue(line, Procedure.class));
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(
                            "catalog line " + number + " is not a procedure: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog", e);
        }
        return out;
    }
}
