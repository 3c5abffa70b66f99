package vn.gov.assistant.knowledge.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Folds Latin letters with diacritics to ASCII by table lookup (đ to d), for text already in
 * NFC. Same result as {@link VietnameseText#fold} on Vietnamese, several times faster than
 * Lucene's general ASCIIFoldingFilter on the whole catalog.
 */
final class FoldingFilter extends TokenFilter {

    private static final char FIRST = '\u00C0';
    private static final char LAST = '\u1EFF';
    private static final char[] TABLE = new char[LAST - FIRST + 1];

    static {
        for (char c = FIRST; c <= LAST; c++) {
            String folded = VietnameseText.fold(String.valueOf(c));
            TABLE[c - FIRST] = folded.length() == 1 && folded.charAt(0) < 128 ? folded.charAt(0) : c;
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    /** The folded form of one token already in NFC, by the same table. */
    static String fold(String token) {
        char[] chars = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= FIRST && c <= LAST && TABLE[c - FIRST] != c) {
                if (chars == null) {
                    chars = token.toCharArray();
                }
                chars[i] = TABLE[c - FIRST];
            }
        }
        return chars == null ? token : new String(chars);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= FIRST && c <= LAST) {
                buffer[i] = TABLE[c - FIRST];
            }
        }
        return true;
    }
}
