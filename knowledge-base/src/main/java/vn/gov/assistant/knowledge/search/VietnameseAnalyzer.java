package vn.gov.assistant.knowledge.search;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * The one analyzer of Vietnamese text, for indexing and for queries. Text is normalised by
 * {@link VietnameseText#normalize} (NFC, lower case, one tone placement) and split into syllables.
 * The field name's suffix chooses the view: {@code .e} syllables with their accents, {@code .f}
 * accent-folded syllables (đ becomes d), {@code .e2} and {@code .f2} the same as syllable bigrams,
 * which carry much of the meaning of Vietnamese words.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** The views of a text field; {@link #field} names the Lucene field of a view. */
    public enum View {
        EXACT(".e"),
        FOLDED(".f"),
        EXACT_BIGRAM(".e2"),
        FOLDED_BIGRAM(".f2");

        private final String suffix;

        View(String suffix) {
            this.suffix = suffix;
        }

        public String field(String base) {
            return base + suffix;
        }

        static View of(String fieldName) {
            for (View v : new View[] {EXACT_BIGRAM, FOLDED_BIGRAM, FOLDED}) {
                if (fieldName.endsWith(v.suffix)) {
                    return v;
                }
            }
            return EXACT;
        }
    }

    static final String BIGRAM_SEPARATOR = "_";

    public VietnameseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NormalizingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        View view = View.of(fieldName);
        Tokenizer syllables = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        TokenStream stream = syllables;
        if (view == View.FOLDED || view == View.FOLDED_BIGRAM) {
            stream = new FoldingFilter(stream);
        }
        if (view == View.EXACT_BIGRAM || view == View.FOLDED_BIGRAM) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(BIGRAM_SEPARATOR);
            stream = shingles;
        }
        return new TokenStreamComponents(syllables, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        View view = View.of(fieldName);
        return view == View.FOLDED || view == View.FOLDED_BIGRAM ? new FoldingFilter(in) : in;
    }

    /**
     * The views of one text analysed once: the tokens this analyzer yields for each view, for
     * indexing a text under several views without normalising and splitting it once per view
     * (the catalog's bodies are most of the indexing time).
     */
    static final class Views {
        private final List<String> exact;
        private final List<String> folded;

        Views(String text) {
            exact = VietnameseText.syllables(VietnameseText.normalize(text));
            folded = new ArrayList<>(exact.size());
            for (String syllable : exact) {
                folded.add(FoldingFilter.fold(syllable));
            }
        }

        List<String> tokens(View view) {
            return switch (view) {
                case EXACT -> exact;
                case FOLDED -> folded;
                case EXACT_BIGRAM -> pairs(exact);
                case FOLDED_BIGRAM -> pairs(folded);
            };
        }

        TokenStream stream(View view) {
            return new TokenListStream(tokens(view));
        }

        private static List<String> pairs(List<String> syllables) {
            List<String> out = new ArrayList<>(Math.max(0, syllables.size() - 1));
            for (int i = 0; i + 1 < syllables.size(); i++) {
                out.add(syllables.get(i) + BIGRAM_SEPARATOR + syllables.get(i + 1));
            }
            return out;
        }
    }

    /** A token stream over tokens already made. */
    private static final class TokenListStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> tokens;
        private int next;

        TokenListStream(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.get(next++));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /**
     * Applies {@link VietnameseText#normalize} to the whole input. Offsets are not corrected: the
     * index stores no positions for highlighting, only the procedure records do.
     */
    private static final class NormalizingCharFilter extends CharFilter {
        private String normalized;
        private int position;

        NormalizingCharFilter(Reader in) {
            super(in);
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (normalized == null) {
                StringBuilder all = new StringBuilder();
                char[] chunk = new char[4096];
                int read;
                while ((read = input.read(chunk)) > 0) {
                    all.append(chunk, 0, read);
                }
                normalized = VietnameseText.normalize(all.toString());
            }
            if (position >= normalized.length()) {
                return -1;
            }
            int count = Math.min(length, normalized.length() - position);
            normalized.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }
    }
}
