package vn.gov.assistant.knowledge.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * How much the portal's users use each procedure (the portal's usage weights for citizens and
 * for businesses), as a ranking prior: citizens ask about popular procedures far more often.
 */
public final class Popularity {

    static final String BUNDLED = "/catalog/popularity.tsv";

    private final Map<ProcedureCode, Double> weights;
    private final double maxLog;

    private Popularity(Map<ProcedureCode, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.maxLog = weights.values().stream().mapToDouble(Math::log1p).max().orElse(1);
    }

    public static Popularity of(Map<ProcedureCode, Double> weights) {
        return new Popularity(weights);
    }

    /** The weights bundled with the catalog ({@code code<TAB>weight<TAB>audience<TAB>name} lines). */
    public static Popularity bundled() {
        Map<ProcedureCode, Double> weights = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(
                        Popularity.class.getResourceAsStream(BUNDLED), "missing bundled " + BUNDLED);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2 || !ProcedureCode.isValid(fields[0])) {
                    throw new IllegalStateException(BUNDLED + " line " + number + ": expected code<TAB>weight");
                }
                weights.merge(ProcedureCode.of(fields[0]), Double.parseDouble(fields[1]), Math::max);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
        return new Popularity(weights);
    }

    /** The usage weight, 0 when the procedure is not among the most used. */
    public double weight(ProcedureCode code) {
        return weights.getOrDefault(code, 0.0);
    }

    /** log(1 + weight) scaled to [0, 1] by the most used procedure. */
    public double prior(ProcedureCode code) {
        return maxLog == 0 ? 0 : Math.log1p(weight(code)) / maxLog;
    }

    public int size() {
        return weights.size();
    }
}
