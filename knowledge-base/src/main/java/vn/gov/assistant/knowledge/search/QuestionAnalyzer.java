package vn.gov.assistant.knowledge.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Turns a citizen's message into an {@link AnalyzedQuestion}: normalises it, rewrites
 * abbreviations and old terms ("kt3", "cmnd", "hộ khẩu"), finds everyday names of procedures
 * ("làm sổ đỏ"), tells filler and question words from content, detects the aspect asked and a
 * level of government named. All of it is data (the dictionaries under {@code /dictionary/}).
 */
public final class QuestionAnalyzer {

    private static final double QUESTION_WORD_WEIGHT = 0.3;

    private final PhraseTable<String> abbreviations;
    private final PhraseTable<ProcedureCode> everydayNames;
    private final PhraseTable<Aspect> aspectPhrases;
    private final Map<List<String>, Double> aspectWeights;
    private final PhraseTable<Boolean> fillers;
    private final PhraseTable<Level> levels;
    private final UnaryOperator<List<String>> accentRestorer;

    private QuestionAnalyzer(
            PhraseTable<String> abbreviations,
            PhraseTable<ProcedureCode> everydayNames,
            PhraseTable<Aspect> aspectPhrases,
            Map<List<String>, Double> aspectWeights,
            PhraseTable<Boolean> fillers,
            PhraseTable<Level> levels,
            UnaryOperator<List<String>> accentRestorer) {
        this.abbreviations = abbreviations;
        this.everydayNames = everydayNames;
        this.aspectPhrases = aspectPhrases;
        this.aspectWeights = aspectWeights;
        this.fillers = fillers;
        this.levels = levels;
        this.accentRestorer = accentRestorer;
    }

    /**
     * The analyzer on the bundled dictionaries.
     *
     * @param names everyday names of procedures
     * @param accentRestorer restores accents of unaccented syllables (identity to switch off)
     */
    public static QuestionAnalyzer create(EverydayNames names, UnaryOperator<List<String>> accentRestorer) {
        return create(names, Abbreviations.bundled(), accentRestorer);
    }

    /**
     * The analyzer on the bundled aspect, filler and level dictionaries with these everyday names
     * and abbreviations (the bundled ones plus staff's, see {@link Abbreviations#with}).
     */
    public static QuestionAnalyzer create(
            EverydayNames names, Abbreviations abbreviationList, UnaryOperator<List<String>> accentRestorer) {
        PhraseTable<String> abbreviations = abbreviationList.table();
        PhraseTable<Aspect> aspects = new PhraseTable<>();
        Map<List<String>, Double> weights = new HashMap<>();
        for (String[] row : Lexicons.readTsv("/dictionary/aspects.tsv", 2)) {
            Aspect aspect = Aspect.fromLabel(row[0]);
            aspects.add(row[1], aspect);
            double weight = row.length > 2 && !row[2].isEmpty() ? Double.parseDouble(row[2]) : 1;
            weights.put(PhraseTable.syllables(VietnameseText.fold(VietnameseText.normalize(row[1]))), weight);
        }
        PhraseTable<Boolean> fillers = new PhraseTable<>();
        for (String[] row : Lexicons.readTsv("/dictionary/filler-words.txt", 1)) {
            fillers.add(row[0], Boolean.TRUE);
        }
        PhraseTable<Level> levels = new PhraseTable<>();
        for (String[] row : Lexicons.readTsv("/dictionary/levels.tsv", 2)) {
            levels.add(row[1], Level.valueOf(row[0]));
        }
        return new QuestionAnalyzer(abbreviations, names.table(), aspects, weights, fillers, levels, accentRestorer);
    }

    public AnalyzedQuestion analyze(String question) {
        String normalized = VietnameseText.normalize(question == null ? "" : question);
        boolean accented = VietnameseText.hasDiacritics(normalized);
        List<String> typed = PhraseTable.syllables(normalized);
        List<String> typedFolded = typed.stream().map(VietnameseText::fold).toList();

        Map<ProcedureCode, Integer> named = new HashMap<>();
        collectNames(typedFolded, named);

        List<List<String>> replaced = new ArrayList<>();
        List<String> syllables = accentRestorer.apply(rewriteAbbreviations(typed, typedFolded, replaced));
        List<String> folded = syllables.stream().map(VietnameseText::fold).toList();
        collectNames(folded, named);

        List<Double> weights = new ArrayList<>(java.util.Collections.nCopies(folded.size(), 1.0));
        Map<Aspect, Double> aspectScores = new EnumMap<>(Aspect.class);
        for (PhraseTable.Match<Aspect> m : aspectPhrases.findAll(folded)) {
            // Vietnamese puts the question at the end ("... cần giấy tờ gì?"): later words weigh more
            double position = 0.5 + (double) m.end() / folded.size();
            aspectScores.merge(m.value(), aspectWeights.getOrDefault(m.phrase(), 1.0) * position, Double::sum);
            for (int i = m.start(); i < m.end(); i++) {
                weights.set(i, Math.min(weights.get(i), QUESTION_WORD_WEIGHT));
            }
        }
        for (PhraseTable.Match<Boolean> m : fillers.findLongest(folded)) {
            for (int i = m.start(); i < m.end(); i++) {
                weights.set(i, 0.0);
            }
        }
        Optional<Level> level = levels.findLongest(folded).stream()
                .map(PhraseTable.Match::value)
                .findFirst();
        return new AnalyzedQuestion(
                question == null ? "" : question,
                syllables,
                folded,
                weights,
                accented,
                pickAspect(aspectScores),
                named,
                level,
                replaced);
    }

    /** The folded syllables of a text that are not filler ("thủ tục", "của"...). */
    public List<String> contentSyllables(String text) {
        List<String> folded = PhraseTable.syllables(VietnameseText.fold(VietnameseText.normalize(text)));
        boolean[] filler = new boolean[folded.size()];
        for (PhraseTable.Match<Boolean> m : fillers.findLongest(folded)) {
            for (int i = m.start(); i < m.end(); i++) {
                filler[i] = true;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            if (!filler[i]) {
                out.add(folded.get(i));
            }
        }
        return out;
    }

    private void collectNames(List<String> folded, Map<ProcedureCode, Integer> named) {
        for (PhraseTable.Match<ProcedureCode> m : everydayNames.findAll(folded)) {
            named.merge(m.value(), m.length(), Math::max);
        }
    }

    /**
     * The text with the abbreviations it contains followed by their expansions, for indexing
     * official text the way questions are rewritten ("sổ BHXH" also reads "sổ bảo hiểm xã hội").
     */
    public String withExpansions(String text) {
        List<String> syllables = PhraseTable.syllables(VietnameseText.normalize(text));
        StringBuilder out = new StringBuilder(text);
        for (PhraseTable.Match<String> m : abbreviations.findLongest(syllables)) {
            out.append(" | ").append(m.value());
        }
        return out.toString();
    }

    private List<String> rewriteAbbreviations(
            List<String> typed, List<String> typedFolded, List<List<String>> replaced) {
        List<PhraseTable.Match<String>> matches = abbreviations.findLongest(typed);
        if (matches.isEmpty()) {
            return typed;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (PhraseTable.Match<String> m : matches) {
            out.addAll(typed.subList(i, m.start()));
            out.addAll(PhraseTable.syllables(m.value()));
            if (m.length() > 1 || typed.get(m.start()).length() > 3) {
                replaced.add(typed.subList(m.start(), m.end()));
            }
            i = m.end();
        }
        out.addAll(typed.subList(i, typed.size()));
        return out;
    }

    private static Aspect pickAspect(Map<Aspect, Double> scores) {
        Aspect best = Aspect.GENERAL;
        double bestScore = 0;
        for (Map.Entry<Aspect, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
