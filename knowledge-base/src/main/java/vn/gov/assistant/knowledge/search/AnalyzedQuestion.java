package vn.gov.assistant.knowledge.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * A citizen's question as the search understands it. {@code syllables} is the normalised text
 * after abbreviations and old terms were rewritten (accents as typed, or restored when the
 * citizen typed none); {@code folded} the same syllables without accents; {@code weights} how much
 * each syllable counts for retrieval (0 for filler such as "cho tôi hỏi", less for question words
 * such as "bao nhiêu"). {@code namedProcedures} are procedures named by an everyday name, with the
 * length in syllables of the longest name found. {@code replaced} keeps the citizen's own words
 * that the rewriting replaced (e.g. "hộ khẩu"), which still count, a little, for retrieval.
 */
public record AnalyzedQuestion(
        String original,
        List<String> syllables,
        List<String> folded,
        List<Double> weights,
        boolean accented,
        Aspect aspect,
        Map<ProcedureCode, Integer> namedProcedures,
        Optional<Level> level,
        List<List<String>> replaced) {

    public AnalyzedQuestion {
        syllables = List.copyOf(syllables);
        folded = List.copyOf(folded);
        weights = List.copyOf(weights);
        namedProcedures = Map.copyOf(namedProcedures);
        replaced = replaced.stream().map(List::copyOf).toList();
        if (syllables.size() != folded.size() || folded.size() != weights.size()) {
            throw new IllegalArgumentException("syllables, folded and weights must align");
        }
    }

    /** Folded syllables that count for retrieval. */
    public List<String> contentFolded() {
        return java.util.stream.IntStream.range(0, folded.size())
                .filter(i -> weights.get(i) > 0)
                .mapToObj(folded::get)
                .toList();
    }
}
