package vn.gov.assistant.core.answer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.search.AnalyzedQuestion;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * Staff's answers to frequent questions that are not about one procedure (opening hours of the
 * one-stop shop, paying fees online), and how a citizen's message is matched to them.
 *
 * <p>A message and each of staff's questions are read the way the search reads a question
 * (abbreviations rewritten, filler such as "cho em hỏi" dropped, diacritics folded), and compared
 * by the Dice coefficient of their sets of words, pairs of adjacent words and the aspect asked: 1
 * for the same words in the same order, less for each word or order that differs. A message is answered by the
 * canned answer whose question is most similar, when that is at least {@link #THRESHOLD}: the same
 * question with or without diacritics, with filler, a word more or less, or in another order
 * matches; a different question about the same thing ("... mấy giờ" against "... ở đâu") does not.
 * Staff add the ways citizens ask as further questions of the same answer.
 */
public final class CannedAnswers {

    /**
     * The least similarity at which a message is answered by a canned answer. At 0.8 a question
     * of eight words still matches with a word added, dropped or moved, or one replaced ("xã" for
     * "phường"), and no longer with two replaced or one replaced by two ("bộ phận tiếp dân" for
     * "bộ phận một cửa": another office): close enough to be the question staff answered, not a
     * neighbour of it (CannedAnswersTest shows both sides).
     */
    public static final double THRESHOLD = 0.8;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** One canned answer: its id, title, the questions it answers, its text, when staff last changed it. */
    public record Entry(String id, String title, List<String> questions, String answer, Instant updatedAt) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            questions = List.copyOf(questions);
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    /** A canned answer's question closest to a message, and how close ({@code similarity} in [0, 1]). */
    public record Match(Entry entry, String question, double similarity) {
        /** Whether the message is close enough to be answered by it. */
        public boolean close() {
            return similarity >= THRESHOLD;
        }
    }

    private record Question(Entry entry, String text, Set<String> terms) {}

    private static final CannedAnswers NONE = new CannedAnswers(List.of(), List.of());

    private final List<Entry> entries;
    private final List<Question> questions;

    private CannedAnswers(List<Entry> entries, List<Question> questions) {
        this.entries = entries;
        this.questions = questions;
    }

    public static CannedAnswers none() {
        return NONE;
    }

    /**
     * The canned answers, their questions read with {@code analyzer} (the search's, so that a
     * question and a message are read alike).
     */
    public static CannedAnswers of(List<Entry> entries, Function<String, AnalyzedQuestion> analyzer) {
        List<Question> questions = new ArrayList<>();
        for (Entry e : entries) {
            for (String q : e.questions()) {
                Set<String> terms = terms(analyzer.apply(q));
                if (!terms.isEmpty()) {
                    questions.add(new Question(e, q, terms));
                }
            }
        }
        return new CannedAnswers(List.copyOf(entries), List.copyOf(questions));
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    /** The canned answer closest to a message, when it is close enough ({@link Match#close}). */
    public Optional<Match> match(AnalyzedQuestion message) {
        return ranked(message).stream().findFirst().filter(Match::close);
    }

    /** Each canned answer with its question closest to a message, the closest first; none for a message without words. */
    public List<Match> ranked(AnalyzedQuestion message) {
        Set<String> terms = terms(message);
        if (terms.isEmpty()) {
            return List.of();
        }
        Map<String, Match> best = new LinkedHashMap<>();
        for (Question q : questions) {
            double similarity = similarity(terms, q.terms());
            Match m = best.get(q.entry().id());
            if (m == null || similarity > m.similarity()) {
                best.put(q.entry().id(), new Match(q.entry(), q.text(), similarity));
            }
        }
        List<Match> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Match::similarity).reversed());
        return out;
    }

    /** How close one message is to one question, as {@link #ranked} measures it. */
    public static double similarity(AnalyzedQuestion message, AnalyzedQuestion question) {
        Set<String> a = terms(message);
        Set<String> b = terms(question);
        return a.isEmpty() || b.isEmpty() ? 0 : similarity(a, b);
    }

    /** The reply: the answer under its title, marked as the office's with the date staff last changed it. */
    public static List<ReplyPart> reply(Entry entry) {
        String text = entry.title().isBlank() ? entry.answer() : entry.title() + ":\n" + entry.answer();
        return List.of(new ReplyPart.Text(
                text + "\n\n(Câu trả lời của cơ quan, cập nhật ngày " + DATE.format(entry.updatedAt()) + ".)"));
    }

    /**
     * What is compared: the folded words that count (no filler) and each pair of them in a row,
     * and the aspect asked (documents, fee, place...), whose question words may be filler.
     */
    static Set<String> terms(AnalyzedQuestion q) {
        List<String> words = q.contentFolded();
        Set<String> terms = new HashSet<>(words);
        for (int i = 1; i < words.size(); i++) {
            terms.add(words.get(i - 1) + " " + words.get(i));
        }
        if (!terms.isEmpty() && q.aspect() != Aspect.GENERAL && q.aspect() != Aspect.OTHER) {
            terms.add("?" + q.aspect().label());
        }
        return terms;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String t : a) {
            if (b.contains(t)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
