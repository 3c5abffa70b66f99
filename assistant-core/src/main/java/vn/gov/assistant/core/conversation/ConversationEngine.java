package vn.gov.assistant.core.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.gov.assistant.core.answer.AnswerComposer;
import vn.gov.assistant.core.answer.CannedAnswers;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.intent.IntentClassifier;
import vn.gov.assistant.core.intent.IntentPrediction;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.servicepoint.ServicePoints;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.search.AnalyzedQuestion;
import vn.gov.assistant.knowledge.search.Aspect;
import vn.gov.assistant.knowledge.search.SearchHit;
import vn.gov.assistant.knowledge.search.SearchResult;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Turns what a citizen sends into a reply, one turn at a time, keeping the conversation's state in
 * a {@link ConversationStore}. Channel-neutral: it knows messages, not WebSocket, Telegram or Zalo.
 *
 * <p>A text goes through: a request for a person; staff's canned answer to a frequent question
 * the message matches closely (unless the message is clearly about a procedure); intent (small
 * talk and complaints are answered without search); a follow-up about the procedure under
 * discussion ("còn lệ phí?"); otherwise the catalog search, which either answers the aspect asked,
 * asks back when the best candidates are too close to tell apart, or declines plainly when nothing
 * fits. Every answer cites its record.
 */
public final class ConversationEngine implements Conversations {

    /** Longer messages are cut before analysis: the rest is a letter, not a question. */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    /**
     * Greetings, thanks, goodbyes, insults and "what can you do" are short; a longer message that
     * starts with one ("chào bạn, cho hỏi làm tạm trú...") is a question and goes to the search.
     */
    static final int SMALL_TALK_SYLLABLES = 6;

    /**
     * A message is clearly about a procedure, and never answered by a canned answer however close
     * it is to one of its questions, when the search finds a procedure in scope that the message
     * names by an everyday name, or finds one with at least this confidence. On the development
     * questions three in four procedure questions are clear at 0.8 (the others are kept from canned
     * answers by the similarity those need), and one in fourteen of the questions about no
     * procedure; frequent questions such as paying fees online score about 0.67.
     */
    static final double CLEAR_PROCEDURE = 0.8;

    private static final String PROC = "proc:";
    private static final String ASPECT = "aspect:";
    private static final String NONE = "none";
    private static final String HUMAN = "human";

    private final Catalog catalog;
    private final VietnameseProcedureSearch search;
    private final IntentClassifier intents;
    private final ConversationStore store;
    private final Settings settings;
    private final Clock clock;
    private final AnswerComposer composer = new AnswerComposer();
    private final ReplyRewriter rewriter;
    /** Guided declarations; null when the engine runs without them. */
    private final FormFiller forms;
    /** The offices answers about where to go name; none by default. */
    private final ServicePoints points;
    /** Staff's answers to frequent questions that are not about one procedure. */
    private final CannedAnswers canned;

    /**
     * The engine's thresholds. {@code intentThreshold}: a message is small talk only when the
     * classifier is at least this sure; {@code clarifyMargin} and {@code clarifyBelow}: the engine
     * asks back when the second candidate scores within this share of the first and the search's
     * confidence is below {@code clarifyBelow} (a wrong guess costs the citizen more than a
     * question, but a needless question costs too); {@code relatedShare}: other candidates scoring
     * at least this share of the first are offered under an answer.
     */
    public record Settings(double intentThreshold, double clarifyMargin, double clarifyBelow, double relatedShare) {
        /** Chosen on the development questions in dialogue mode (docs/EVALUATION.md). */
        public static final Settings DEFAULT = new Settings(0.6, 0.01, 0.6, 0.3);

        public Settings {
            if (intentThreshold < 0
                    || intentThreshold > 1
                    || clarifyMargin < 0
                    || clarifyBelow < 0
                    || clarifyBelow > 1
                    || relatedShare < 0) {
                throw new IllegalArgumentException("invalid engine settings");
            }
        }
    }

    public ConversationEngine(
            Catalog catalog,
            VietnameseProcedureSearch search,
            IntentClassifier intents,
            ConversationStore store,
            Settings settings,
            Clock clock,
            ReplyRewriter rewriter) {
        this(catalog, search, intents, store, settings, clock, rewriter, null);
    }

    /** The engine with guided declarations ({@code forms}; null for none). */
    public ConversationEngine(
            Catalog catalog,
            VietnameseProcedureSearch search,
            IntentClassifier intents,
            ConversationStore store,
            Settings settings,
            Clock clock,
            ReplyRewriter rewriter,
            FormFiller forms) {
        this(
                catalog,
                search,
                intents,
                store,
                settings,
                clock,
                rewriter,
                forms,
                ServicePoints.NONE,
                CannedAnswers.none());
    }

    private ConversationEngine(
            Catalog catalog,
            VietnameseProcedureSearch search,
            IntentClassifier intents,
            ConversationStore store,
            Settings settings,
            Clock clock,
            ReplyRewriter rewriter,
            FormFiller forms,
            ServicePoints points,
            CannedAnswers canned) {
        this.forms = forms;
        this.points = Objects.requireNonNull(points);
        this.canned = Objects.requireNonNull(canned);
        this.catalog = Objects.requireNonNull(catalog);
        this.search = Objects.requireNonNull(search);
        this.intents = Objects.requireNonNull(intents);
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.rewriter = Objects.requireNonNull(rewriter);
    }

    /**
     * The engine as the service runs it over a search: intents trained on the catalog's names and
     * the search's own everyday names (one dictionary, read once), the default settings, the
     * system clock.
     */
    public static ConversationEngine create(
            Catalog catalog, VietnameseProcedureSearch search, ConversationStore store, ReplyRewriter rewriter) {
        return new ConversationEngine(
                catalog,
                search,
                trainIntents(catalog, search.everydayNames()::namesOf),
                store,
                Settings.DEFAULT,
                Clock.systemUTC(),
                rewriter);
    }

    /** As {@link #create(Catalog, VietnameseProcedureSearch, ConversationStore, ReplyRewriter)}, with forms. */
    public static ConversationEngine create(
            Catalog catalog,
            VietnameseProcedureSearch search,
            ConversationStore store,
            ReplyRewriter rewriter,
            FormFiller forms) {
        return new ConversationEngine(
                catalog,
                search,
                trainIntents(catalog, search.everydayNames()::namesOf),
                store,
                Settings.DEFAULT,
                Clock.systemUTC(),
                rewriter,
                forms);
    }

    /**
     * This engine naming {@code points} in its answers about where to go, and remembering the
     * commune a citizen names.
     */
    public ConversationEngine withServicePoints(ServicePoints points) {
        return new ConversationEngine(
                catalog, search, intents, store, settings, clock, rewriter, forms, points, canned);
    }

    /** This engine answering staff's canned answers too (in place of any it had). */
    public ConversationEngine withCannedAnswers(CannedAnswers answers) {
        return new ConversationEngine(
                catalog, search, intents, store, settings, clock, rewriter, forms, points, answers);
    }

    /** Staff's canned answers this engine answers. */
    public CannedAnswers cannedAnswers() {
        return canned;
    }

    /** The intent classifier the engine tells messages apart with. */
    public IntentClassifier intents() {
        return intents;
    }

    /** Trains the intent classifier on the bundled examples and the catalog's names. */
    public static IntentClassifier trainIntents(
            Catalog catalog, java.util.function.Function<ProcedureCode, List<String>> everydayNames) {
        return trainIntents(catalog, everydayNames, List.of());
    }

    /** As {@link #trainIntents(Catalog, java.util.function.Function)}, with staff's examples. */
    public static IntentClassifier trainIntents(
            Catalog catalog,
            java.util.function.Function<ProcedureCode, List<String>> everydayNames,
            java.util.Collection<IntentClassifier.Example> staffExamples) {
        List<String> examples = new ArrayList<>();
        List<Procedure> procedures = catalog.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            if (i % 4 == 0) {
                examples.add(p.name());
            }
            examples.addAll(everydayNames.apply(p.code()));
        }
        return IntentClassifier.train(examples, staffExamples);
    }

    /** Handles one inbound message of a conversation and returns the reply. */
    @Override
    public Reply handle(String conversationId, Inbound inbound) {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(inbound, "inbound");
        ConversationState state = store.load(conversationId).orElseGet(() -> ConversationState.fresh(clock.instant()));
        Optional<Turn> formTurn = forms == null ? Optional.empty() : form(conversationId, state, inbound);
        Turn turn = formTurn.orElseGet(() -> switch (inbound) {
            case Inbound.Text t -> text(state, t.text());
            case Inbound.OptionChosen o -> option(state, o.value());
            case Inbound.Event e -> event(state, e.type());
        });
        List<ConversationState.Said> said = new ArrayList<>(2);
        citizenSaid(inbound).ifPresent(text -> said.add(new ConversationState.Said("citizen", text, clock.instant())));
        said.add(new ConversationState.Said("assistant", turn.reply().text(), clock.instant()));
        store.save(conversationId, turn.state().said(said, clock.instant()));
        return turn.reply();
    }

    /**
     * Declarations: a form under way takes the turn (except a request for a person); "điền tờ
     * khai ..." starts one, "tiếp tục điền" resumes a paused one; "xóa dữ liệu của tôi" deletes
     * what is remembered. Empty when the turn is not about forms.
     */
    private Optional<Turn> form(String conversationId, ConversationState state, Inbound inbound) {
        java.time.Instant now = clock.instant();
        if (inbound instanceof Inbound.OptionChosen o && o.value().startsWith("form:")) {
            String v = o.value();
            if (v.startsWith(FormFiller.START)) {
                return forms.forms()
                        .get(v.substring(FormFiller.START.length()))
                        .map(f -> step(state, forms.start(conversationId, f)));
            }
            if (v.equals(FormFiller.RESUME)) {
                return Optional.of(step(state, forms.resume(conversationId)));
            }
            Optional<Reply> remembered = forms.rememberChoice(conversationId, v);
            if (remembered.isPresent()) {
                return Optional.of(new Turn(remembered.get(), state.touched(now)));
            }
            return state.fillingForm()
                    ? Optional.of(step(state, forms.turn(conversationId, state.form(), inbound, state.procedure())))
                    : Optional.empty();
        }
        if (!(inbound instanceof Inbound.Text t)) {
            return Optional.empty();
        }
        String said = " " + VietnameseText.foldedWords(t.text()) + " ";
        if (FormFiller.asksToErase(said)) {
            return Optional.of(new Turn(forms.forget(conversationId), state.withForm(null, now)));
        }
        if (FormFiller.asksForData(said)) {
            return Optional.of(new Turn(forms.showMemory(conversationId), state.touched(now)));
        }
        boolean wantsPerson = said.contains(" gap can bo ") || said.contains(" nguoi that ");
        if (state.fillingForm() && !wantsPerson) {
            return Optional.of(step(state, forms.turn(conversationId, state.form(), inbound, state.procedure())));
        }
        if (said.contains(" tiep tuc dien ")
                || (said.strip().equals("tiep tuc")
                        && forms.draft(conversationId).isPresent())) {
            return Optional.of(step(state, forms.resume(conversationId)));
        }
        boolean fillWords = said.contains(" to khai ") || said.contains(" dien ") || said.contains(" mau ");
        if (fillWords) {
            return forms.asked(t.text()).map(f -> step(state, forms.start(conversationId, f)));
        }
        return Optional.empty();
    }

    private Turn step(ConversationState state, FormFiller.Step step) {
        return new Turn(step.reply(), state.withForm(step.progress().orElse(null), clock.instant()));
    }

    /** What the citizen said, as staff taking over would read it; empty for events. */
    private Optional<String> citizenSaid(Inbound inbound) {
        return switch (inbound) {
            case Inbound.Text t -> Optional.of(t.text());
            case Inbound.OptionChosen o -> Optional.of("[chọn] " + optionLabel(o.value()));
            case Inbound.Event e -> Optional.empty();
        };
    }

    private String optionLabel(String value) {
        if (value.startsWith(PROC)) {
            return parseCode(value.substring(PROC.length()))
                    .flatMap(catalog::find)
                    .map(Procedure::name)
                    .orElse(value);
        }
        if (value.startsWith(ASPECT)) {
            return parseAspect(value.substring(ASPECT.length()))
                    .map(AnswerComposer::buttonLabel)
                    .orElse(value);
        }
        return switch (value) {
            case NONE -> "Không có thủ tục nào đúng";
            case HUMAN -> "Gặp cán bộ hỗ trợ";
            default -> value;
        };
    }

    private record Turn(Reply reply, ConversationState state) {}

    private Turn text(ConversationState before, String raw) {
        String text = raw.length() > MAX_MESSAGE_CHARS ? raw.substring(0, MAX_MESSAGE_CHARS) : raw;
        if (text.isBlank()) {
            return new Turn(smallTalk(Intent.CAPABILITIES, 1), before.touched(clock.instant()));
        }
        Optional<Turn> wherePlace = placeGiven(before, text);
        if (wherePlace.isPresent()) {
            return wherePlace.get();
        }
        ConversationState state = points.placeIn(text)
                .map(p -> before.withCommune(p.name(), clock.instant()))
                .orElse(before);
        AnalyzedQuestion question = search.analyze(text);
        IntentPrediction intent = intents.classify(text);
        boolean notAboutAProcedure = intent.intent() != Intent.PROCEDURE
                && intent.probability() >= settings.intentThreshold()
                && question.namedProcedures().isEmpty()
                && (intent.intent() == Intent.FEEDBACK
                        || intent.intent() == Intent.HUMAN
                        || question.syllables().size() <= SMALL_TALK_SYLLABLES);
        if (notAboutAProcedure && intent.intent() == Intent.HUMAN) {
            return new Turn(handoff(intent.probability()), state.touched(clock.instant()));
        }
        Optional<Procedure> current =
                state.hasProcedure() ? catalog.find(ProcedureCode.of(state.procedure())) : Optional.empty();
        int asksOnly = aspectOnly(question);
        SearchResult result = null;
        Optional<CannedAnswers.Match> cannedMatch = canned.match(question);
        if (cannedMatch.isPresent() && !(asksOnly == BARE && current.isPresent())) {
            result = search.search(question, 5);
            if (clearProcedure(question, result).isEmpty()) {
                return cannedAnswer(state, cannedMatch.get());
            }
        }
        if (notAboutAProcedure) {
            return new Turn(smallTalk(intent.intent(), intent.probability()), state.touched(clock.instant()));
        }
        if (asksOnly == BARE && current.isPresent()) {
            return followUp(state, current.get(), question);
        }
        if (asksOnly == BARE) {
            return new Turn(whichProcedure(question.aspect()), state.touched(clock.instant()));
        }
        if (result == null) {
            result = search.search(question, 5);
        }
        if (asksOnly == SHORT && result.outOfScope()) {
            // "lệ phí làm lại?" matches nothing by itself: it is about the procedure under discussion
            return current.isPresent()
                    ? followUp(state, current.get(), question)
                    : new Turn(whichProcedure(question.aspect()), state.touched(clock.instant()));
        }
        if (result.hits().isEmpty() || result.outOfScope()) {
            return decline(state, result);
        }
        List<SearchHit> hits = result.hits();
        SearchHit best = hits.getFirst();
        if (hits.size() > 1
                && result.confidence() < settings.clarifyBelow()
                && tooClose(best, hits.get(1))
                && question.namedProcedures().size() != 1) {
            return clarify(state, result);
        }
        Procedure procedure = catalog.find(best.code()).orElseThrow();
        List<SearchHit> related = hits.subList(1, hits.size()).stream()
                .filter(h -> h.score() >= settings.relatedShare() * best.score())
                .toList();
        return answer(state, procedure, result.aspect(), result.confidence(), related, text);
    }

    /**
     * The citizen answers "Bạn ở phường/xã nào?" (or names nothing but a place right after being
     * told where to go): where to submit the procedure under discussion, for that place, which is
     * remembered for the rest of the conversation. Empty when the message is something else.
     */
    private Optional<Turn> placeGiven(ConversationState state, String text) {
        if (points.isEmpty() || state.lastAspect() != Aspect.AGENCY || !state.hasProcedure()) {
            return Optional.empty();
        }
        Optional<Procedure> current = catalog.find(ProcedureCode.of(state.procedure()));
        Optional<ServicePoints.Place> place = points.placeOnly(text);
        if (current.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answer(
                state.withCommune(place.get().name(), clock.instant()),
                current.get(),
                Aspect.AGENCY,
                1,
                List.of(),
                text));
    }

    /**
     * The procedure a message is clearly about, which no canned answer overrides: the search's
     * best hit in scope when the message names a procedure by an everyday name or the search is at
     * least {@link #CLEAR_PROCEDURE} confident.
     */
    private static Optional<SearchHit> clearProcedure(AnalyzedQuestion question, SearchResult result) {
        if (result.outOfScope() || result.hits().isEmpty()) {
            return Optional.empty();
        }
        boolean clear = !question.namedProcedures().isEmpty() || result.confidence() >= CLEAR_PROCEDURE;
        return clear ? Optional.of(result.hits().getFirst()) : Optional.empty();
    }

    private Turn cannedAnswer(ConversationState state, CannedAnswers.Match match) {
        Reply reply = new Reply(
                CannedAnswers.reply(match.entry()),
                ReplyMetadata.canned(match.entry().id(), match.similarity()));
        // answered: the turns the bot could not help in a row start again
        return new Turn(reply, state.missesForgiven(clock.instant()));
    }

    /**
     * What the engine makes of a message as the first of a conversation, against canned answers
     * (the served ones, or staff's draft in the console's preview): the closest canned answer, the
     * procedure the message is clearly about if any (it comes first), and whether the message asks
     * for a person (that comes first too).
     */
    public CannedVerdict cannedVerdict(String text, CannedAnswers answers) {
        AnalyzedQuestion question = search.analyze(text == null ? "" : text);
        Optional<CannedAnswers.Match> closest =
                answers.ranked(question).stream().findFirst();
        IntentPrediction intent = intents.classify(text);
        boolean person = intent.intent() == Intent.HUMAN
                && intent.probability() >= settings.intentThreshold()
                && question.namedProcedures().isEmpty();
        Optional<SearchHit> procedure = closest.isPresent() && closest.get().close()
                ? clearProcedure(question, search.search(question, 5))
                : Optional.empty();
        return new CannedVerdict(closest, procedure, person);
    }

    /**
     * See {@link #cannedVerdict}: {@code closest} the closest canned answer (none when there are
     * none or the message has no words); {@code procedureFirst} the procedure answered instead.
     */
    public record CannedVerdict(
            Optional<CannedAnswers.Match> closest, Optional<SearchHit> procedureFirst, boolean personAsked) {

        /** Whether the engine answers the message with the closest canned answer. */
        public boolean answered() {
            return closest.isPresent() && closest.get().close() && procedureFirst.isEmpty() && !personAsked;
        }
    }

    private static final int NOT = 0;
    private static final int SHORT = 1;
    private static final int BARE = 2;

    /**
     * Whether a message only asks an aspect, without naming a procedure: BARE when it has at most
     * one syllable beyond its question words ("còn lệ phí?", "mất bao lâu?", "nộp online được
     * không?"), SHORT with two (a follow-up only if the search finds nothing for them), else NOT.
     */
    private static int aspectOnly(AnalyzedQuestion q) {
        if (!q.namedProcedures().isEmpty() || q.aspect() == Aspect.GENERAL || q.aspect() == Aspect.OTHER) {
            return NOT;
        }
        int content = 0;
        for (double w : q.weights()) {
            if (w >= 1) {
                content++;
            }
        }
        return content <= 1 ? BARE : content == 2 ? SHORT : NOT;
    }

    private Turn followUp(ConversationState state, Procedure current, AnalyzedQuestion question) {
        return answer(state, current, question.aspect(), 1, List.of(), question.original());
    }

    private boolean tooClose(SearchHit best, SearchHit second) {
        if (best.score() - second.score() > settings.clarifyMargin() * best.score()) {
            return false;
        }
        // the same procedure at another level is not worth a question: the answer names its level
        return !sameNameAtAnotherLevel(best.name(), second.name());
    }

    static boolean sameNameAtAnotherLevel(String a, String b) {
        return stripLevel(a).equalsIgnoreCase(stripLevel(b));
    }

    private static String stripLevel(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "")
                .replaceAll("[.\\s]+$", "")
                .strip();
    }

    private Turn answer(
            ConversationState state,
            Procedure p,
            Aspect aspect,
            double confidence,
            List<SearchHit> related,
            String question) {
        List<ReplyPart> parts = new ArrayList<>(composer.answer(p, aspect));
        List<String> offered = new ArrayList<>();
        if (!related.isEmpty()) {
            List<Option> options = new ArrayList<>();
            for (SearchHit h : related) {
                options.add(new Option(PROC + h.code().value(), clip(h.name(), 80)));
                offered.add(h.code().value());
            }
            int at = parts.size() - 1; // before the citation
            parts.add(at, new ReplyPart.Text("Có thể bạn muốn hỏi thủ tục khác:"));
            parts.add(at + 1, new ReplyPart.Options(options));
        }
        if (forms != null) {
            forms.offerFor(p.code().value()).ifPresent(option -> {
                int at = parts.size() - 1; // before the citation
                parts.add(at, new ReplyPart.Text("Bạn có muốn điền tờ khai ngay không? Mình sẽ hỏi từng mục một."));
                parts.add(at + 1, new ReplyPart.Options(List.of(option)));
            });
        }
        ReplyMetadata metadata = new ReplyMetadata(
                Intent.PROCEDURE, List.of(p.code().value()), offered, aspect, confidence, false, false, false);
        Reply reply = rewriter.rewrite(question, p, new Reply(parts, metadata));
        if (aspect == Aspect.AGENCY) {
            reply = withDirections(reply, p, state);
        }
        return new Turn(reply, state.answered(p.code().value(), aspect, clock.instant()));
    }

    /**
     * The service points for the citizen's commune after the catalog's text about where to go
     * (out of the model's reach: addresses and hours are staff's, not the record's).
     */
    private Reply withDirections(Reply reply, Procedure p, ConversationState state) {
        Optional<ServicePoints.Directions> directions = points.directions(p, points.place(state.commune()));
        if (directions.isEmpty()) {
            return reply;
        }
        List<ReplyPart> parts = new ArrayList<>(reply.parts());
        int at = 0;
        while (at < parts.size() && !(parts.get(at) instanceof ReplyPart.Text)) {
            at++;
        }
        parts.add(
                Math.min(at + 1, parts.size()),
                new ReplyPart.Text(directions.get().text()));
        return new Reply(parts, reply.metadata());
    }

    private Turn clarify(ConversationState state, SearchResult result) {
        SearchHit best = result.hits().getFirst();
        List<Option> options = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text("Có một vài thủ tục gần với câu hỏi của bạn. Bạn hỏi về thủ tục nào?"));
        for (SearchHit h : result.hits()) {
            if (options.size() == 4 || h.score() < settings.relatedShare() * best.score()) {
                break;
            }
            Procedure p = catalog.find(h.code()).orElseThrow();
            parts.add(composer.card(p));
            options.add(new Option(PROC + p.code().value(), clip(p.name(), 80)));
            codes.add(p.code().value());
        }
        options.add(new Option(NONE, "Không phải các thủ tục trên"));
        parts.add(new ReplyPart.Options(options));
        ReplyMetadata metadata = new ReplyMetadata(
                Intent.PROCEDURE, List.of(), codes, result.aspect(), result.confidence(), false, false, false);
        return new Turn(new Reply(parts, metadata), state.asked(codes, result.aspect(), clock.instant()));
    }

    private Turn decline(ConversationState state, SearchResult result) {
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text("Xin lỗi, tôi chưa tìm thấy thủ tục hành chính nào khớp với câu hỏi này"
                + " trong danh mục thủ tục. Tôi trả lời được về giấy tờ cần chuẩn bị, lệ phí, thời gian,"
                + " nơi nộp và mẫu đơn của các thủ tục hành chính; bạn có thể hỏi lại bằng tên thủ tục,"
                + " ví dụ \"đăng ký tạm trú cần giấy tờ gì\"."));
        List<Option> options = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        {
            for (SearchHit h : result.hits().stream().limit(3).toList()) {
                options.add(new Option(PROC + h.code().value(), clip(h.name(), 80)));
                offered.add(h.code().value());
            }
            if (!options.isEmpty()) {
                parts.add(new ReplyPart.Text("Hoặc có phải bạn muốn hỏi một trong các thủ tục sau?"));
            }
        }
        options.add(new Option(HUMAN, "Gặp cán bộ hỗ trợ"));
        parts.add(new ReplyPart.Options(options));
        ReplyMetadata metadata = new ReplyMetadata(
                Intent.PROCEDURE, List.of(), offered, result.aspect(), result.confidence(), true, false, false);
        return new Turn(
                new Reply(parts, metadata),
                state.missed(clock.instant()).asked(offered, result.aspect(), clock.instant()));
    }

    private Turn option(ConversationState state, String value) {
        if (value.startsWith(PROC)) {
            Optional<Procedure> p = parseCode(value.substring(PROC.length())).flatMap(catalog::find);
            if (p.isEmpty()) {
                return new Turn(expired(), state.touched(clock.instant()));
            }
            Aspect aspect = state.offered().contains(p.get().code().value()) ? state.pendingAspect() : Aspect.GENERAL;
            return answer(state, p.get(), aspect, 1, List.of(), AnswerComposer.buttonLabel(aspect));
        }
        if (value.startsWith(ASPECT)) {
            Optional<Aspect> aspect = parseAspect(value.substring(ASPECT.length()));
            Optional<Procedure> current =
                    state.hasProcedure() ? catalog.find(ProcedureCode.of(state.procedure())) : Optional.empty();
            if (aspect.isEmpty() || current.isEmpty()) {
                return new Turn(expired(), state.touched(clock.instant()));
            }
            return answer(state, current.get(), aspect.get(), 1, List.of(), AnswerComposer.buttonLabel(aspect.get()));
        }
        if (value.equals(NONE)) {
            List<ReplyPart> parts = List.of(
                    new ReplyPart.Text("Xin lỗi vì chưa đúng ý bạn. Bạn hãy mô tả thêm việc cần làm (ví dụ giấy tờ"
                            + " muốn xin, nơi ở, đối tượng), hoặc để cán bộ hỗ trợ."),
                    new ReplyPart.Options(List.of(new Option(HUMAN, "Gặp cán bộ hỗ trợ"))));
            ReplyMetadata metadata =
                    new ReplyMetadata(Intent.ACTION, List.of(), List.of(), Aspect.GENERAL, 1, true, false, false);
            return new Turn(new Reply(parts, metadata), state.missed(clock.instant()));
        }
        if (value.equals(HUMAN)) {
            return new Turn(handoff(1), state.touched(clock.instant()));
        }
        return new Turn(expired(), state.touched(clock.instant()));
    }

    private Turn event(ConversationState state, Inbound.EventType type) {
        return switch (type) {
            case CONVERSATION_STARTED -> new Turn(welcome(), ConversationState.fresh(clock.instant()));
            case HANDOFF_REQUESTED -> new Turn(handoff(1), state.touched(clock.instant()));
        };
    }

    private Reply welcome() {
        List<ReplyPart> parts = List.of(
                new ReplyPart.Text("Xin chào! Tôi là trợ lý ảo hướng dẫn thủ tục hành chính. Bạn có thể hỏi tôi cần"
                        + " giấy tờ gì, lệ phí bao nhiêu, mất bao lâu, nộp ở đâu và mẫu đơn nào, ví dụ:"
                        + " \"đăng ký tạm trú cần giấy tờ gì?\". Tôi trả lời theo danh mục thủ tục chính thức"
                        + " và luôn ghi nguồn."),
                new ReplyPart.Options(examples()));
        return new Reply(parts, ReplyMetadata.of(Intent.GREETING));
    }

    /** A few of the most asked procedures as starting points, when the catalog has them. */
    private List<Option> examples() {
        List<Option> options = new ArrayList<>();
        for (String code : List.of("1.004194", "2.000986", "1.001247")) {
            catalog.find(ProcedureCode.of(code))
                    .ifPresent(p -> options.add(new Option(PROC + code, clip(p.name(), 60))));
        }
        options.add(new Option(HUMAN, "Gặp cán bộ hỗ trợ"));
        return options;
    }

    /**
     * The reply to a message that is not a procedure question. A complaint and a question outside
     * the mission count as declined: the catalog does not answer them, and the reply says so.
     */
    private Reply smallTalk(Intent intent, double probability) {
        String text =
                switch (intent) {
                    case GREETING -> "Xin chào! Bạn cần hỏi về thủ tục hành chính nào? Ví dụ: \"làm căn cước cần gì\","
                            + " \"lệ phí đăng ký tạm trú\".";
                    case THANKS -> "Rất vui được giúp bạn. Bạn cần hỏi thêm gì cứ nhắn nhé.";
                    case GOODBYE -> "Chào bạn, chúc bạn làm thủ tục thuận lợi!";
                    case FEEDBACK -> "Cảm ơn bạn đã phản ánh. Tôi không tiếp nhận được phản ánh, kiến nghị chính thức;"
                            + " bạn có thể gửi qua chức năng \"Phản ánh, kiến nghị\" trên Cổng Dịch vụ công quốc gia,"
                            + " hoặc để tôi chuyển bạn tới cán bộ hỗ trợ.";
                    case ABUSE -> "Xin lỗi nếu tôi chưa giúp được bạn. Bạn có thể hỏi lại bằng tên thủ tục, hoặc để tôi"
                            + " chuyển bạn tới cán bộ hỗ trợ.";
                    case OTHER -> "Xin lỗi, câu hỏi này nằm ngoài phạm vi của tôi. Tôi chỉ hướng dẫn thủ tục hành chính:"
                            + " giấy tờ cần chuẩn bị, lệ phí, thời gian giải quyết, nơi nộp, cách nộp và mẫu đơn.";
                    case CAPABILITIES -> "Tôi là trợ lý ảo hướng dẫn thủ tục hành chính, trả lời theo danh mục thủ tục"
                            + " chính thức: giấy tờ cần chuẩn bị, lệ phí, thời gian giải quyết, nơi nộp, cách nộp và"
                            + " mẫu đơn. Khi không trả lời được, tôi chuyển bạn tới cán bộ.";
                    case PROCEDURE, HUMAN, ACTION, CANNED -> throw new IllegalArgumentException(
                            "not small talk: " + intent);
                };
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text(text));
        if (intent == Intent.FEEDBACK || intent == Intent.ABUSE) {
            parts.add(new ReplyPart.Options(List.of(new Option(HUMAN, "Gặp cán bộ hỗ trợ"))));
        } else if (intent == Intent.CAPABILITIES || intent == Intent.GREETING || intent == Intent.OTHER) {
            parts.add(new ReplyPart.Options(examples()));
        }
        return new Reply(
                parts,
                new ReplyMetadata(
                        intent,
                        List.of(),
                        List.of(),
                        Aspect.GENERAL,
                        probability,
                        intent == Intent.FEEDBACK || intent == Intent.OTHER,
                        false,
                        false));
    }

    private Reply handoff(double confidence) {
        List<ReplyPart> parts = List.of(new ReplyPart.Text(
                "Tôi sẽ chuyển cuộc trò chuyện tới cán bộ hỗ trợ. Trong giờ hành chính cán bộ sẽ trả lời bạn"
                        + " tại đây; bạn có thể nhắn trước nội dung cần hỗ trợ."));
        return new Reply(
                parts,
                new ReplyMetadata(Intent.HUMAN, List.of(), List.of(), Aspect.GENERAL, confidence, false, true, false));
    }

    /** "còn lệ phí?" with no procedure under discussion: ask which one, do not guess. */
    private Reply whichProcedure(Aspect aspect) {
        String what = AnswerComposer.buttonLabel(aspect).toLowerCase(java.util.Locale.ROOT);
        return new Reply(
                List.of(new ReplyPart.Text("Bạn muốn hỏi " + what + " của thủ tục nào? Hãy nhắn tên thủ tục, ví dụ"
                        + " \"đăng ký tạm trú\" hoặc \"làm căn cước\".")),
                new ReplyMetadata(Intent.PROCEDURE, List.of(), List.of(), aspect, 1, false, false, false));
    }

    private Reply expired() {
        return new Reply(
                List.of(new ReplyPart.Text(
                        "Lựa chọn này không còn hiệu lực. Bạn hãy nhập câu hỏi về thủ tục cần làm.")),
                ReplyMetadata.of(Intent.ACTION));
    }

    private static Optional<ProcedureCode> parseCode(String value) {
        try {
            return Optional.of(ProcedureCode.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Aspect> parseAspect(String label) {
        try {
            return Optional.of(Aspect.fromLabel(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
