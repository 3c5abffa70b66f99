package vn.gov.assistant.knowledge.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.importer.portal.PortalCatalogImporter;
import vn.gov.assistant.knowledge.search.ProcedureSearch;

/**
 * {@code bench [--source ZIP|DIR] [--questions FILE] [--runs N] [--rounds R]}: times the full
 * import of the portal's records plus the index build ({@code --runs} times after one warm-up,
 * median, min and max), then the search's latency over the questions ({@code --rounds} passes
 * after one warm-up pass: percentiles and throughput). The last line is one JSON object.
 */
public final class BenchCommand {

    static final String USAGE =
            "usage: bench [--source data/catalog-dvcqg-2026.zip] [--questions eval/dev-questions.jsonl]"
                    + " [--runs 5] [--rounds 20]";

    private BenchCommand() {}

    public static int run(String[] args, PrintStream out, Function<Catalog, ? extends ProcedureSearch> searchFactory) {
        Path source = Path.of("data/catalog-dvcqg-2026.zip");
        Path questionsFile = Path.of("eval/dev-questions.jsonl");
        int runs = 5;
        int rounds = 20;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--source" -> source = Path.of(value(args, ++i));
                    case "--questions" -> questionsFile = Path.of(value(args, ++i));
                    case "--runs" -> runs = Integer.parseInt(value(args, ++i));
                    case "--rounds" -> rounds = Integer.parseInt(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (runs < 1 || rounds < 1) {
                throw new IllegalArgumentException("--runs and --rounds must be at least 1");
            }
            if (!Files.exists(source) || !Files.isReadable(questionsFile)) {
                throw new IllegalArgumentException("cannot read " + (Files.exists(source) ? questionsFile : source)
                        + " (run from the repository root or pass --source/--questions)");
            }
        } catch (IllegalArgumentException e) {
            out.println("bench: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        List<EvalQuestion> questions = EvalQuestion.read(questionsFile);

        double[] importMs = new double[runs];
        double[] indexMs = new double[runs];
        double[] totalMs = new double[runs];
        ProcedureSearch search = null;
        for (int r = -1; r < runs; r++) {
            long start = System.nanoTime();
            PortalCatalogImporter.Result result = PortalCatalogImporter.importFrom(source, Instant.EPOCH);
            long imported = System.nanoTime();
            search = searchFactory.apply(Catalog.of(result.procedures()));
            search.search("đăng ký tạm trú", 1); // the index is usable: models trained, readers open
            long indexed = System.nanoTime();
            if (r >= 0) {
                importMs[r] = (imported - start) / 1e6;
                indexMs[r] = (indexed - imported) / 1e6;
                totalMs[r] = (indexed - start) / 1e6;
            }
            out.printf(
                    Locale.ROOT,
                    "%s import %.0f ms, index %.0f ms%n",
                    r < 0 ? "warm-up" : "run " + (r + 1),
                    (imported - start) / 1e6,
                    (indexed - imported) / 1e6);
        }

        for (EvalQuestion q : questions) {
            search.search(q.question(), 10);
        }
        List<Double> latencies = new ArrayList<>();
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (EvalQuestion q : questions) {
                long t = System.nanoTime();
                search.search(q.question(), 10);
                latencies.add((System.nanoTime() - t) / 1e3);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] micros =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String json = String.format(
                Locale.ROOT,
                "{\"runs\":%d,\"import_ms\":{\"median\":%.1f,\"min\":%.1f,\"max\":%.1f},"
                        + "\"index_ms\":{\"median\":%.1f,\"min\":%.1f,\"max\":%.1f},"
                        + "\"import_and_index_ms\":{\"median\":%.1f,\"min\":%.1f,\"max\":%.1f},"
                        + "\"queries\":%d,\"query_us\":{\"p50\":%.0f,\"p90\":%.0f,\"p99\":%.0f,\"max\":%.0f},"
                        + "\"queries_per_second\":%.0f}",
                runs,
                median(importMs),
                min(importMs),
                max(importMs),
                median(indexMs),
                min(indexMs),
                max(indexMs),
                median(totalMs),
                min(totalMs),
                max(totalMs),
                micros.length,
                Evaluation.percentile(micros, 50),
                Evaluation.percentile(micros, 90),
                Evaluation.percentile(micros, 99),
                micros[micros.length - 1],
                micros.length / seconds);
        out.println(json);
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
