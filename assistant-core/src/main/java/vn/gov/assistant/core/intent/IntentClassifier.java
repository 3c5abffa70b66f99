package vn.gov.assistant.core.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import vn.gov.assistant.knowledge.search.Lexicons;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Tells what a message is for (a procedure question, a greeting, thanks, a complaint, insults, a
 * request for a person...). An OpenNLP naive Bayes document categorizer over accent-folded
 * syllables and syllable pairs, trained at start-up from {@code /intents/intents.tsv} plus
 * procedure names and everyday names handed in by the caller: there is no Vietnamese model to
 * download, and naive Bayes trains in one pass (maximum entropy was tried: slower to train, and
 * its probabilities spread too thin over eight classes to threshold). Folding makes it insensitive
 * to diacritics: an example with them and the same typed without them are one example.
 * Thread-safe: the model is immutable and a categorizer is made per call.
 */
public final class IntentClassifier {

    public static final String BUNDLED = "/intents/intents.tsv";

    /** Each hand-written example counts this many times against the many procedure names. */
    private static final int EXAMPLE_WEIGHT = 4;

    private final DoccatModel model;

    private IntentClassifier(DoccatModel model) {
        this.model = model;
    }

    /** An example message of an intent, as staff teach it. */
    public record Example(Intent intent, String text) {
        public Example {
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(text, "text");
            if (!intent.classified()) {
                throw new IllegalArgumentException(intent + " is not told from text");
            }
        }
    }

    /**
     * Trains on the bundled examples plus {@code procedureExamples} (procedure names and everyday
     * names: what questions about procedures are made of).
     */
    public static IntentClassifier train(Collection<String> procedureExamples) {
        return train(procedureExamples, List.of());
    }

    /**
     * As {@link #train(Collection)}, plus staff's examples: each counts as much as a bundled one,
     * so a sentence staff file under an intent is predicted as that intent.
     */
    public static IntentClassifier train(Collection<String> procedureExamples, Collection<Example> staffExamples) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example example : bundledExamples()) {
            for (int i = 0; i < EXAMPLE_WEIGHT; i++) {
                samples.add(new DocumentSample(example.intent().name(), tokens(example.text())));
            }
        }
        for (Example example : staffExamples) {
            String[] tokens = tokens(example.text());
            for (int i = 0; i < EXAMPLE_WEIGHT && tokens.length > 0; i++) {
                samples.add(new DocumentSample(example.intent().name(), tokens));
            }
        }
        for (String example : procedureExamples) {
            String[] tokens = tokens(example);
            if (tokens.length > 0) {
                samples.add(new DocumentSample(Intent.PROCEDURE.name(), tokens));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        try {
            DoccatFactory factory = new DoccatFactory(
                    new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return new IntentClassifier(
                    DocumentCategorizerME.train("vi", ObjectStreamUtils.createObjectStream(samples), params, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train the intent classifier", e);
        }
    }

    /** The most probable intent of a message; PROCEDURE with probability 1 when it has no words. */
    public IntentPrediction classify(String message) {
        return ranked(message).getFirst();
    }

    /**
     * Every intent the classifier knows with its probability for a message, the most probable
     * first; PROCEDURE alone with probability 1 when the message has no words.
     */
    public List<IntentPrediction> ranked(String message) {
        String[] tokens = tokens(Objects.requireNonNullElse(message, ""));
        if (tokens.length == 0) {
            return List.of(new IntentPrediction(Intent.PROCEDURE, 1));
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(tokens);
        List<IntentPrediction> out = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            out.add(new IntentPrediction(
                    Intent.valueOf(categorizer.getCategory(i)), Math.min(1, Math.max(0, probabilities[i]))));
        }
        // stable: equal probabilities keep the model's order, as the single best always did
        out.sort(java.util.Comparator.comparingDouble(IntentPrediction::probability)
                .reversed());
        return List.copyOf(out);
    }

    /** The bundled examples ({@link #BUNDLED}), in the file's order. */
    public static List<Example> bundledExamples() {
        List<Example> out = new ArrayList<>();
        for (String[] row : readExamples(BUNDLED)) {
            out.add(new Example(Intent.valueOf(row[0]), row[1]));
        }
        return out;
    }

    /** Accent-folded syllables: what the classifier sees of a text. */
    static String[] tokens(String text) {
        return VietnameseText.syllables(VietnameseText.fold(VietnameseText.normalize(text)))
                .toArray(String[]::new);
    }

    /** Rows of a bundled TSV: intent and example; every intent must be one of {@link Intent}. */
    static List<String[]> readExamples(String resource) {
        List<String[]> rows = Lexicons.readTsv(resource, 2);
        for (String[] row : rows) {
            if (row[1].isEmpty()) {
                throw new IllegalStateException(resource + ": empty example for " + row[0]);
            }
            Intent intent;
            try {
                intent = Intent.valueOf(row[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ": unknown intent " + row[0], e);
            }
            if (!intent.classified()) {
                throw new IllegalStateException(resource + ": " + row[0] + " is not told from text");
            }
        }
        return rows;
    }
}
