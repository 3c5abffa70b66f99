package vn.gov.assistant.knowledge.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.assistant.knowledge.catalog.CatalogCodec;

class ConvertCatalogCommandTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void badArgumentsAreExplainedAndNothingIsWritten(@TempDir Path dir) {
        Path target = dir.resolve("catalog.jsonl.gz");
        assertThat(ConvertCatalogCommand.run(new String[] {"--out", target.toString()}, out))
                .isEqualTo(2);
        assertThat(ConvertCatalogCommand.run(new String[] {"--source", "nope", "--out", target.toString()}, out))
                .isEqualTo(2);
        assertThat(ConvertCatalogCommand.run(new String[] {"--frobnicate"}, out))
                .isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("usage: convert")
                .contains("no such file");
        assertThat(target).doesNotExist();
    }

    @Test
    void convertsRecordsAndUsageListsAndPrintsTheReport(@TempDir Path dir) throws Exception {
        Path source = Path.of(getClass().getResource("/fixtures/portal").toURI());
        Path usage = dir.resolve("citizen.json");
        Files.writeString(
                usage,
                "[{\"TTHC_MA\":\"1.004194\",\"TYPE\":\"1\",\"NAME\":\"Đăng ký tạm trú\",\"WEIGHT\":\"15539622\"},"
                        + "{\"TTHC_MA\":\"x\",\"TYPE\":\"1\",\"NAME\":\"?\",\"WEIGHT\":\"1\"},"
                        + "{\"TTHC_MA\":\"1.001193\",\"TYPE\":\"1\",\"NAME\":\"Khai sinh\",\"WEIGHT\":\"oops\"}]",
                StandardCharsets.UTF_8);
        Path catalog = dir.resolve("catalog.jsonl.gz");
        Path popularity = dir.resolve("popularity.tsv");

        int exit = ConvertCatalogCommand.run(
                new String[] {
                    "--source",
                    source.toString(),
                    "--out",
                    catalog.toString(),
                    "--imported-at",
                    "2026-07-20T00:00:00Z",
                    "--popularity",
                    usage.toString(),
                    "--popularity-out",
                    popularity.toString()
                },
                out);

        assertThat(exit).isZero();
        try (var in = Files.newInputStream(catalog)) {
            assertThat(CatalogCodec.read(in)).hasSize(12);
        }
        List<String> rows = Files.readAllLines(popularity).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(rows).containsExactly("1.004194\t15539622\tcitizen\tĐăng ký tạm trú");
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("read 15, fully parsed")
                .contains("rejected 3")
                .contains("rejected 2"); // the two bad usage rows
    }
}
