package vn.gov.assistant.knowledge.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.BaselineSearch;
import vn.gov.assistant.knowledge.search.ProcedureSearch;
import vn.gov.assistant.knowledge.search.ScopeModel;
import vn.gov.assistant.knowledge.search.ScopeModelFitter;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * {@code eval --questions FILE [--strip-diacritics] [--report FILE] [--fit-scope]}: runs labelled
 * questions through the search and the BM25 baseline, writes a per-question report, prints the
 * misses and, as its last line, one JSON object of the metrics. {@code --fit-scope} also fits
 * the out-of-scope model on the questions and prints its weights.
 */
public final class EvalCommand {

    static final String USAGE =
            "usage: eval --questions FILE [--mode search|dialogue] [--strip-diacritics] [--report FILE] [--fit-scope]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalCommand() {}

    public static int run(
            String[] args,
            PrintStream out,
            Supplier<Catalog> catalog,
            Function<Catalog, VietnameseProcedureSearch> searchFactory) {
        return run(args, out, catalog, searchFactory, null);
    }

    /**
     * As {@link #run(String[], PrintStream, Supplier, Function)}, with {@code --mode dialogue}
     * running each question as the first message of a fresh conversation through {@code dialogue}
     * (which wraps the search into the whole engine and reports the reply as a result: cited and
     * offered codes as hits, declined as out of scope).
     */
    public static int run(
            String[] args,
            PrintStream out,
            Supplier<Catalog> catalog,
            Function<Catalog, VietnameseProcedureSearch> searchFactory,
            BiFunction<Catalog, VietnameseProcedureSearch, ProcedureSearch> dialogue) {
        Path questionsFile = null;
        boolean dialogueMode = false;
        Path report = Path.of("eval-report.jsonl");
        boolean strip = false;
        boolean fit = false;
        List<EvalQuestion> questions;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--questions" -> questionsFile = Path.of(value(args, ++i, "--questions"));
                    case "--report" -> report = Path.of(value(args, ++i, "--report"));
                    case "--strip-diacritics" -> strip = true;
                    case "--fit-scope" -> fit = true;
                    case "--mode" -> dialogueMode = switch (value(args, ++i, "--mode")) {
                        case "search" -> false;
                        case "dialogue" -> true;
                        default -> throw new IllegalArgumentException("--mode is search or dialogue: " + args[i]);
                    };
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (dialogueMode && dialogue == null) {
                throw new IllegalArgumentException("--mode dialogue is not available here");
            }
            if (dialogueMode && fit) {
                throw new IllegalArgumentException("--fit-scope fits the search's model: use --mode search");
            }
            if (questionsFile == null) {
                throw new IllegalArgumentException("--questions is required");
            }
            if (!Files.isReadable(questionsFile)) {
                throw new IllegalArgumentException("cannot read questions file " + questionsFile);
            }
            questions = EvalQuestion.read(questionsFile);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("no questions in " + questionsFile);
            }
        } catch (IllegalArgumentException e) {
            out.println("eval: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        Catalog procedures = catalog.get();
        VietnameseProcedureSearch search = searchFactory.apply(procedures);
        BaselineSearch baseline = BaselineSearch.of(procedures);
        UnaryOperator<String> prepare = strip ? VietnameseText::stripDiacritics : UnaryOperator.identity();

        ProcedureSearch evaluated = dialogueMode ? dialogue.apply(procedures, search) : search;
        List<Evaluation.Outcome> outcomes = Evaluation.run(questions, evaluated, prepare);
        List<Evaluation.Outcome> baselineOutcomes = Evaluation.run(questions, baseline, prepare);
        try {
            writeReport(report, outcomes);
        } catch (IOException e) {
            out.println("eval: cannot write report " + report + ": " + e.getMessage());
            return 1;
        }
        printMisses(out, outcomes);
        if (fit) {
            Map<String, Boolean> labelled = new LinkedHashMap<>();
            questions.forEach(q -> labelled.put(prepare.apply(q.question()), q.answerable()));
            ScopeModel model = new ScopeModelFitter(search).fit(labelled);
            out.println("fitted scope model: " + model);
        }
        out.println("Per-question report: " + report.toAbsolutePath());
        out.println(Evaluation.metrics(outcomes, baselineOutcomes).toJson());
        return 0;
    }

    private static void printMisses(PrintStream out, List<Evaluation.Outcome> outcomes) {
        for (Evaluation.Outcome o : outcomes) {
            EvalQuestion q = o.question();
            boolean declined = o.result().outOfScope();
            String verdict = q.answerable()
                    ? (o.rank() == 1
                            ? (declined ? "FALSE-DECLINE" : null)
                            : "MISS rank=" + o.rank() + (declined ? " declined" : ""))
                    : (declined ? null : "FALSE-ACCEPT");
            if (verdict != null) {
                String top = o.result().hits().isEmpty()
                        ? "-"
                        : o.result().hits().getFirst().code() + " "
                                + o.result().hits().getFirst().name();
                out.printf(
                        Locale.ROOT,
                        "%s [%s] %s%n    expected %s, got %s%n",
                        verdict,
                        q.id(),
                        o.searched(),
                        q.expected(),
                        top);
            }
        }
    }

    private static void writeReport(Path file, List<Evaluation.Outcome> outcomes) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Evaluation.Outcome o : outcomes) {
                ObjectNode line = JSON.createObjectNode();
                line.put("id", o.question().id());
                line.put("question", o.searched());
                ArrayNode expected = line.putArray("expected");
                o.question().expected().stream().sorted().forEach(expected::add);
                ArrayNode hits = line.putArray("top5");
                for (SearchHit h : o.result()
                        .hits()
                        .subList(0, Math.min(5, o.result().hits().size()))) {
                    ObjectNode hit = hits.addObject();
                    hit.put("code", h.code().value());
                    hit.put("name", h.name());
                    hit.put("score", Math.round(h.score() * 10000) / 10000.0);
                }
                line.put("declined", o.result().outOfScope());
                line.put("confidence", Math.round(o.result().confidence() * 10000) / 10000.0);
                line.put("aspect", o.result().aspect().label());
                line.put("aspect_expected", o.question().aspect());
                line.put("rank", o.rank());
                line.put("latency_ms", Math.round(o.millis() * 1000) / 1000.0);
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
