package vn.gov.assistant.knowledge.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Reads the portal's usage lists (its "most used procedures" services: rows of TTHC_MA, NAME,
 * TYPE 1 for citizens or 5 for businesses, WEIGHT) and writes the popularity table the search
 * uses as a prior ({@code code<TAB>weight<TAB>audience<TAB>name}, most used first). A code in
 * several lists keeps its highest weight; bad rows are reported and skipped.
 */
public final class PopularityImporter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One procedure's usage. */
    public record Usage(ProcedureCode code, double weight, String audience, String name) {}

    private PopularityImporter() {}

    public static List<Usage> read(List<Path> lists, ImportReport report) {
        Map<ProcedureCode, Usage> byCode = new LinkedHashMap<>();
        for (Path list : lists) {
            JsonNode rows;
            try {
                rows = JSON.readTree(Files.readAllBytes(list));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + list, e);
            } catch (JacksonException e) {
                report.reject(list.toString(), "json", "not valid JSON");
                continue;
            }
            if (rows == null || !rows.isArray()) {
                report.reject(list.toString(), "json", "not a JSON list of rows");
                continue;
            }
            int index = 0;
            for (JsonNode row : rows) {
                String record = list.getFileName() + "#" + index++;
                report.recordRead();
                String code = row.path("TTHC_MA").asString("").strip();
                if (!ProcedureCode.isValid(code)) {
                    report.reject(record, "TTHC_MA", "not a procedure code: '" + code + "'");
                    continue;
                }
                double weight;
                try {
                    weight = Double.parseDouble(row.path("WEIGHT").asString("").strip());
                } catch (NumberFormatException e) {
                    report.reject(record, "WEIGHT", "not a number");
                    continue;
                }
                String audience = row.path("TYPE").asString("").strip().equals("1") ? "citizen" : "business";
                String name =
                        row.path("NAME").asString("").replaceAll("\\s+", " ").strip();
                Usage usage = new Usage(ProcedureCode.of(code), weight, audience, name);
                byCode.merge(usage.code(), usage, (a, b) -> a.weight() >= b.weight() ? a : b);
                report.imported(record);
            }
        }
        List<Usage> out = new ArrayList<>(byCode.values());
        out.sort(Comparator.comparingDouble(Usage::weight).reversed().thenComparing(Usage::code));
        return out;
    }

    public static void write(List<Usage> usages, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Usage weights of the national portal (dichvucong.gov.vn): its most used citizen and business\n");
            w.write("# procedures, converted by PopularityImporter (./assistant convert --popularity ...).\n");
            w.write("# code<TAB>weight<TAB>audience<TAB>name\n");
            for (Usage u : usages) {
                w.write(u.code().value()
                        + '\t'
                        + String.format(java.util.Locale.ROOT, "%.0f", u.weight())
                        + '\t'
                        + u.audience()
                        + '\t'
                        + u.name()
                        + '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
