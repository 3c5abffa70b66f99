package vn.gov.assistant.core.forms;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.gov.assistant.core.forms.validate.Checked;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyMetadata;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.state.ExpiringStore;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.search.Aspect;
import vn.gov.assistant.knowledge.text.VietnameseText;

/**
 * Walks a citizen through a declaration one question at a time: checks each answer (and says why
 * one is refused), lets them go back, correct an earlier answer ("sửa ngày sinh"), skip what is
 * optional, ask what a field means, pause and resume, or cancel; then shows a summary to confirm
 * and hands over the filled declaration (a PDF and a print-ready page behind a link that expires)
 * with the checklist of documents from the procedure's record. Values the citizen agreed to have
 * remembered are offered, never used silently.
 */
public final class FormFiller {

    public static final String START = "form:start:";
    public static final String RESUME = "form:resume";
    static final String OPTION = "form:opt:";
    static final String SKIP = "form:skip";
    static final String BACK = "form:back";
    static final String PAUSE = "form:pause";
    static final String CANCEL = "form:cancel";
    static final String CONFIRM = "form:confirm";
    static final String USE = "form:use";
    static final String REMEMBER = "form:remember:";
    static final String NO_REMEMBER = "form:noremember";

    /**
     * {@code draftTtl}: how long a paused form is kept; {@code memoryTtl}: how long values the
     * citizen agreed to have remembered are kept; {@code linkTtl}: how long the filled declaration
     * can be downloaded; {@code publicUrl}: the service's address as citizens reach it (links).
     */
    public record Settings(Duration draftTtl, Duration memoryTtl, Duration linkTtl, String publicUrl, ZoneId zone) {
        public Settings {
            if (draftTtl.isNegative() || memoryTtl.isNegative() || linkTtl.isNegative()) {
                throw new IllegalArgumentException("durations must be positive");
            }
            publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
    }

    /** A turn's reply and where the form stands after it (empty: no form under way). */
    public record Step(Reply reply, Optional<FormProgress> progress) {}

    private final FormCatalog forms;
    private final Validators validators;
    private final Catalog catalog;
    private final ExpiringStore<FormProgress> drafts;
    private final ExpiringStore<Remembered> memory;
    private final ExpiringStore<FilledForm> filled;
    private final Settings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FormFiller(
            FormCatalog forms,
            Validators validators,
            Catalog catalog,
            ExpiringStore<FormProgress> drafts,
            ExpiringStore<Remembered> memory,
            ExpiringStore<FilledForm> filled,
            Settings settings,
            Clock clock) {
        this.forms = Objects.requireNonNull(forms);
        this.validators = Objects.requireNonNull(validators);
        this.catalog = Objects.requireNonNull(catalog);
        this.drafts = Objects.requireNonNull(drafts);
        this.memory = Objects.requireNonNull(memory);
        this.filled = Objects.requireNonNull(filled);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    public FormCatalog forms() {
        return forms;
    }

    /** The filled declaration behind a link, while the link lasts. */
    public Optional<FilledForm> filled(String token) {
        return token == null || !token.matches("[A-Za-z0-9_-]{16,64}") ? Optional.empty() : filled.get(token);
    }

    /** "Bạn có muốn điền tờ khai ngay không?": the option offered under an answer, if any. */
    public Optional<Option> offerFor(String procedureCode) {
        return forms.forProcedure(procedureCode).stream()
                .findFirst()
                .map(f -> new Option(START + f.id(), "Điền " + lowerFirst(f.title())));
    }

    /** Whether a message asks to fill a form ("điền tờ khai khai sinh", "mẫu CT01"). */
    public Optional<FormDefinition> asked(String text) {
        return forms.named(text);
    }

    /** Whether the citizen has a paused form to resume. */
    public Optional<FormProgress> draft(String conversationId) {
        return drafts.get(conversationId);
    }

    // ---------------------------------------------------------------- starting, resuming

    public Step start(String conversationId, FormDefinition form) {
        FormProgress p = FormProgress.start(form.id(), clock.instant());
        drafts.remove(conversationId);
        String intro = "Mình sẽ cùng bạn điền " + lowerFirst(form.title()) + ", từng câu một. Bất cứ lúc nào"
                + " bạn có thể nhắn \"quay lại\", \"sửa\" kèm tên mục (ví dụ \"sửa ngày sinh\"), \"bỏ qua\" với mục"
                + " không bắt buộc, hỏi \"... là gì?\", \"tạm dừng\" để điền tiếp sau, hoặc \"hủy\".";
        return next(conversationId, form, p, intro);
    }

    public Step resume(String conversationId) {
        Optional<FormProgress> draft = drafts.get(conversationId);
        Optional<FormDefinition> form = draft.flatMap(d -> forms.get(d.formId()));
        if (draft.isEmpty() || form.isEmpty()) {
            return new Step(
                    text("Bạn không có tờ khai nào đang điền dở (hoặc đã quá thời hạn lưu). Bạn muốn điền tờ khai"
                            + " nào? Ví dụ: \"điền tờ khai khai sinh\"."),
                    Optional.empty());
        }
        drafts.remove(conversationId);
        FormProgress p = draft.get();
        return next(
                conversationId,
                form.get(),
                p,
                "Chúng ta tiếp tục " + lowerFirst(form.get().title()) + ".");
    }

    /** "xóa dữ liệu của tôi": what is remembered and any paused form are deleted. */
    public Reply forget(String conversationId) {
        return text(
                erase(conversationId)
                        ? "Đã xóa các thông tin mình ghi nhớ và tờ khai đang điền dở của bạn."
                        : "Mình không lưu thông tin nào của bạn để xóa.");
    }

    /** Deletes what is remembered and any paused form; whether there was anything. */
    public boolean erase(String conversationId) {
        boolean had = memory.get(conversationId).isPresent()
                || drafts.get(conversationId).isPresent();
        memory.remove(conversationId);
        drafts.remove(conversationId);
        return had;
    }

    /** What the citizen agreed to have remembered, while it is kept. */
    public Optional<Remembered> remembered(String conversationId) {
        return memory.get(conversationId);
    }

    /** How long paused forms, remembered values and declaration links are kept. */
    public Settings settings() {
        return settings;
    }

    /** Deletes paused forms, remembered values and filled declarations past their time now; how many. */
    public int removeExpired() {
        return drafts.removeExpired() + memory.removeExpired() + filled.removeExpired();
    }

    /** Whether a message (folded, between spaces) asks to see what is kept: "dữ liệu của tôi". */
    public static boolean asksForData(String said) {
        return said.equals(" du lieu cua toi ")
                || said.contains(" ban dang luu gi ")
                || said.contains(" ban nho gi ")
                || said.contains(" xem du lieu cua toi ");
    }

    /** Whether a message (folded, between spaces) asks to delete it: "xóa dữ liệu của tôi". */
    public static boolean asksToErase(String said) {
        return said.contains(" xoa du lieu ") || said.contains(" xoa thong tin cua toi ");
    }

    /** The label of a remembered entry ("Họ và tên" for {@code ho-ten}). */
    public static String label(String profileKey) {
        return profileLabel(profileKey);
    }

    /** What is remembered for the citizen, for them to see ("dữ liệu của tôi"). */
    public Reply showMemory(String conversationId) {
        Optional<Remembered> r = memory.get(conversationId);
        if (r.isEmpty() || r.get().values().isEmpty()) {
            return text("Mình không ghi nhớ thông tin nào của bạn.");
        }
        StringBuilder out = new StringBuilder("Mình đang ghi nhớ (theo đồng ý của bạn):");
        r.get()
                .values()
                .forEach((k, v) ->
                        out.append("\n- ").append(profileLabel(k)).append(": ").append(v));
        out.append("\nNhắn \"xóa dữ liệu của tôi\" để xóa.");
        return text(out.toString());
    }

    /** The citizen agreed (or not) to have a declaration's values remembered. */
    public Optional<Reply> rememberChoice(String conversationId, String option) {
        if (option.equals(NO_REMEMBER)) {
            return Optional.of(text("Vâng, mình không ghi nhớ thông tin của bạn."));
        }
        if (!option.startsWith(REMEMBER)) {
            return Optional.empty();
        }
        Optional<FilledForm> f = filled(option.substring(REMEMBER.length()));
        Optional<FormDefinition> form = f.flatMap(x -> forms.get(x.formId()));
        if (f.isEmpty() || form.isEmpty()) {
            return Optional.of(text("Tờ khai này đã hết hạn lưu, mình không còn thông tin để ghi nhớ."));
        }
        Map<String, String> values = new LinkedHashMap<>(
                memory.get(conversationId).map(Remembered::values).orElse(Map.of()));
        values.putAll(profileValues(form.get(), f.get().values()));
        memory.put(conversationId, new Remembered(values, clock.instant()), settings.memoryTtl());
        return Optional.of(text("Đã ghi nhớ trong " + settings.memoryTtl().toDays()
                + " ngày; lần sau mình sẽ hỏi bạn có dùng lại không. Nhắn \"xóa dữ liệu của tôi\" để xóa bất"
                + " cứ lúc nào."));
    }

    // ---------------------------------------------------------------- one turn while filling

    /** A message while a form is under way. */
    public Step turn(String conversationId, FormProgress progress, Inbound inbound) {
        return turn(conversationId, progress, inbound, "");
    }

    /**
     * A message while a form is under way, in a conversation about {@code procedure} (its
     * documents are the checklist handed over with the declaration, when the form belongs to it).
     */
    public Step turn(String conversationId, FormProgress progress, Inbound inbound, String procedure) {
        FormDefinition form = forms.get(progress.formId()).orElse(null);
        if (form == null) {
            return new Step(text("Tờ khai này không còn được hỗ trợ. Bạn muốn hỏi gì tiếp?"), Optional.empty());
        }
        return switch (inbound) {
            case Inbound.OptionChosen o -> option(conversationId, form, progress, o.value(), procedure);
            case Inbound.Text t -> text(conversationId, form, progress, t.text(), procedure);
            case Inbound.Event e -> again(conversationId, form, progress, "");
        };
    }

    private Step option(String conversationId, FormDefinition form, FormProgress p, String value, String procedure) {
        if (value.equals(SKIP)) {
            return skip(conversationId, form, p);
        }
        if (value.equals(BACK)) {
            return back(conversationId, form, p);
        }
        if (value.equals(PAUSE)) {
            return pause(conversationId, form, p);
        }
        if (value.equals(CANCEL)) {
            return cancel(conversationId);
        }
        if (value.equals(CONFIRM) && p.stage() == FormProgress.Stage.CONFIRMING) {
            return finish(conversationId, form, p, procedure);
        }
        if (value.equals(USE)) {
            Optional<String> remembered = rememberedFor(conversationId, form, p.current());
            if (remembered.isPresent()) {
                return answer(conversationId, form, p, remembered.get());
            }
        }
        if (value.startsWith(OPTION) && p.stage() == FormProgress.Stage.ASKING) {
            Optional<FormDefinition.Slot> slot = form.slot(p.current());
            try {
                int i = Integer.parseInt(value.substring(OPTION.length()));
                List<String> choices =
                        choices(slot.map(FormDefinition.Slot::field).orElse(null));
                if (i >= 0 && i < choices.size()) {
                    return answer(conversationId, form, p, choices.get(i));
                }
            } catch (NumberFormatException e) {
                // an option of another turn: asked again below
            }
        }
        return again(conversationId, form, p, "Lựa chọn đó không còn dùng được. ");
    }

    private Step text(String conversationId, FormDefinition form, FormProgress p, String raw, String procedure) {
        String said =
                " " + VietnameseText.fold(raw).replaceAll("[^a-z0-9?]+", " ").strip() + " ";
        String plain = said.replace("?", " ").replaceAll(" +", " ");
        if (matches(plain, "huy", "huy bo", "huy to khai", "thoi khong dien nua", "khong dien nua", "dung dien")) {
            return cancel(conversationId);
        }
        if (matches(plain, "tam dung", "de sau", "dien sau", "luu lai", "tam ngung")) {
            return pause(conversationId, form, p);
        }
        if (matches(plain, "quay lai", "tro lai", "lui lai", "cau truoc")) {
            return back(conversationId, form, p);
        }
        if (matches(plain, "bo qua", "skip", "de trong")) {
            return skip(conversationId, form, p);
        }
        if (plain.startsWith(" sua ") || plain.startsWith(" chinh sua ") || plain.startsWith(" sua lai ")) {
            return correct(
                    conversationId,
                    form,
                    p,
                    plain.replaceFirst("^ (chinh sua|sua lai|sua) ", "").strip());
        }
        if (p.stage() == FormProgress.Stage.CONFIRMING) {
            if (matches(plain, "xac nhan", "dong y", "dung roi", "dung", "ok", "co")) {
                return finish(conversationId, form, p, procedure);
            }
            return confirmAgain(form, p, "Bạn nhắn \"xác nhận\" nếu mọi thông tin đã đúng, hoặc \"sửa\" kèm tên mục.");
        }
        Optional<FormDefinition.Slot> slot = form.slot(p.current());
        if (slot.isEmpty()) {
            return next(conversationId, form, p, "");
        }
        if (asksMeaning(plain) || said.strip().equals("?")) {
            FormField f = slot.get().field();
            String help =
                    f.help().isEmpty() ? "Mục \"" + f.label() + "\" ghi đúng như trên giấy tờ của bạn." : f.help();
            return ask(conversationId, form, p, slot.get(), help + "\n");
        }
        return answer(conversationId, form, p, raw);
    }

    private Step answer(String conversationId, FormDefinition form, FormProgress p, String raw) {
        FormDefinition.Slot slot = form.slot(p.current()).orElseThrow();
        Checked checked = validators.check(slot.field(), raw, LocalDate.now(clock.withZone(settings.zone())));
        if (!checked.valid()) {
            return ask(conversationId, form, p, slot, checked.message() + " Bạn nhập lại giúp mình nhé.\n");
        }
        FormProgress answered = p.answer(slot.key(), checked.value());
        return next(conversationId, form, answered, checked.message());
    }

    private Step skip(String conversationId, FormDefinition form, FormProgress p) {
        Optional<FormDefinition.Slot> slot = form.slot(p.current());
        if (slot.isEmpty()) {
            return again(conversationId, form, p, "");
        }
        if (slot.get().field().required()) {
            return ask(conversationId, form, p, slot.get(), "Mục này bắt buộc trên tờ khai, không bỏ qua được.\n");
        }
        return next(conversationId, form, p.answer(slot.get().key(), ""), "Đã bỏ qua.");
    }

    private Step back(String conversationId, FormDefinition form, FormProgress p) {
        List<String> answered = p.answered();
        if (answered.isEmpty()) {
            return again(conversationId, form, p, "Đây là câu đầu tiên rồi. ");
        }
        String previous = answered.getLast();
        FormProgress q = p.forget(previous).asking(previous);
        return ask(conversationId, form, q, form.slot(previous).orElseThrow(), "");
    }

    private Step correct(String conversationId, FormDefinition form, FormProgress p, String target) {
        FormDefinition.Slot best = null;
        int bestScore = 0;
        Set<String> words = new HashSet<>(List.of(target.split(" ")));
        words.remove("");
        for (FormDefinition.Slot s : applicable(form, p.values())) {
            if (!p.values().containsKey(s.key())) {
                continue;
            }
            String label = " "
                    + VietnameseText.foldedWords(
                            s.field().label() + " " + s.section().title()) + " ";
            int score = 0;
            for (String w : words) {
                if (label.contains(" " + w + " ")) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        if (best == null) {
            return p.stage() == FormProgress.Stage.CONFIRMING
                    ? confirmAgain(form, p, "Mình chưa tìm thấy mục bạn muốn sửa; bạn nhắn \"sửa\" kèm tên mục nhé.")
                    : again(
                            conversationId,
                            form,
                            p,
                            "Mình chưa tìm thấy mục bạn muốn sửa trong những câu đã trả lời. ");
        }
        FormProgress q = p.asking(best.key());
        return ask(
                conversationId,
                form,
                q,
                best,
                "Bạn sửa mục \"" + best.field().label() + "\" (hiện là \""
                        + p.values().get(best.key()) + "\").\n");
    }

    private Step pause(String conversationId, FormDefinition form, FormProgress p) {
        drafts.put(conversationId, p.paused(), settings.draftTtl());
        return new Step(
                text("Đã lưu phần bạn đã điền của " + lowerFirst(form.title()) + " trong " + hours(settings.draftTtl())
                        + ". Khi muốn làm tiếp, bạn nhắn \"tiếp tục điền tờ khai\"."),
                Optional.empty());
    }

    private Step cancel(String conversationId) {
        drafts.remove(conversationId);
        return new Step(text("Đã hủy tờ khai; những gì bạn đã điền đã được xóa."), Optional.empty());
    }

    private Step again(String conversationId, FormDefinition form, FormProgress p, String lead) {
        if (p.stage() == FormProgress.Stage.CONFIRMING) {
            return confirmAgain(form, p, lead);
        }
        return form.slot(p.current())
                .map(s -> ask(conversationId, form, p, s, lead))
                .orElseGet(() -> next(conversationId, form, p, lead));
    }

    // ---------------------------------------------------------------- asking and finishing

    /** Asks the next field that applies and is not answered yet, or shows the summary. */
    private Step next(String conversationId, FormDefinition form, FormProgress p, String lead) {
        for (FormDefinition.Slot s : applicable(form, p.values())) {
            if (!p.values().containsKey(s.key())) {
                return ask(conversationId, form, p.asking(s.key()), s, lead.isEmpty() ? "" : lead + "\n");
            }
        }
        Set<String> keep = new HashSet<>();
        applicable(form, p.values()).forEach(s -> keep.add(s.key()));
        FormProgress done = p.keeping(keep).confirming();
        return confirmAgain(form, done, lead);
    }

    private Step ask(
            String conversationId, FormDefinition form, FormProgress p, FormDefinition.Slot slot, String lead) {
        List<FormDefinition.Slot> all = applicable(form, p.values());
        int index = all.indexOf(slot) + 1;
        FormField f = slot.field();
        StringBuilder q = new StringBuilder(lead);
        q.append(slot.section().title())
                .append(" (câu ")
                .append(index)
                .append('/')
                .append(all.size())
                .append("): ");
        q.append(f.question());
        if (!f.required()) {
            q.append(" (không bắt buộc)");
        }
        List<Option> options = new ArrayList<>();
        List<String> choices = choices(f);
        for (int i = 0; i < choices.size(); i++) {
            options.add(new Option(OPTION + i, choices.get(i)));
        }
        rememberedFor(conversationId, form, slot.key())
                .ifPresent(v -> options.add(new Option(USE, clip("Dùng: " + v, 60))));
        if (!f.required()) {
            options.add(new Option(SKIP, "Bỏ qua"));
        }
        options.add(new Option(PAUSE, "Tạm dừng"));
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text(q.toString().strip()));
        parts.add(new ReplyPart.Options(options));
        return new Step(new Reply(parts, ReplyMetadata.of(Intent.ACTION)), Optional.of(p));
    }

    private Step confirmAgain(FormDefinition form, FormProgress p, String lead) {
        StringBuilder s = new StringBuilder();
        if (!lead.isBlank()) {
            s.append(lead.strip()).append("\n");
        }
        s.append("Mời bạn kiểm tra lại ").append(lowerFirst(form.title())).append(":");
        FormSection section = null;
        for (FormDefinition.Slot slot : applicable(form, p.values())) {
            if (slot.section() != section) {
                section = slot.section();
                s.append("\n").append(section.title().toUpperCase(java.util.Locale.ROOT));
            }
            String v = p.values().getOrDefault(slot.key(), "");
            s.append("\n- ").append(slot.field().label()).append(": ").append(v.isEmpty() ? "(để trống)" : v);
        }
        s.append("\nNếu đúng, bạn bấm \"Xác nhận\"; muốn sửa mục nào, bạn nhắn \"sửa\" kèm tên mục.");
        List<ReplyPart> parts = List.of(
                new ReplyPart.Text(s.toString()),
                new ReplyPart.Options(List.of(
                        new Option(CONFIRM, "Xác nhận"), new Option(PAUSE, "Tạm dừng"), new Option(CANCEL, "Hủy"))));
        return new Step(new Reply(parts, ReplyMetadata.of(Intent.ACTION)), Optional.of(p));
    }

    private Step finish(String conversationId, FormDefinition form, FormProgress p, String procedure) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        String token = token();
        filled.put(token, new FilledForm(form.id(), p.values(), today), settings.linkTtl());
        drafts.remove(conversationId);
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(
                new ReplyPart.Text("Tờ khai đã điền xong. Bạn tải về để in, kiểm tra lại rồi ký tên (đường dẫn có hiệu"
                        + " lực trong " + hours(settings.linkTtl()) + "):"));
        parts.add(new ReplyPart.Link("Tải tờ khai (PDF)", settings.publicUrl() + "/forms/" + token + ".pdf"));
        parts.add(new ReplyPart.Link("Mở bản in", settings.publicUrl() + "/forms/" + token));
        checklist(form, procedure).ifPresent(parts::add);
        boolean consented = memory.get(conversationId).isPresent();
        Map<String, String> profile = profileValues(form, p.values());
        if (consented && !profile.isEmpty()) {
            Remembered r = memory.get(conversationId).orElseThrow();
            Map<String, String> values = new LinkedHashMap<>(r.values());
            values.putAll(profile);
            memory.put(conversationId, new Remembered(values, r.consentAt()), settings.memoryTtl());
        } else if (!profile.isEmpty()) {
            parts.add(
                    new ReplyPart.Text(
                            "Bạn có muốn mình ghi nhớ họ tên, ngày sinh, số định danh, số điện thoại và nơi"
                                    + " cư trú vừa khai trong "
                                    + settings.memoryTtl().toDays() + " ngày, để lần sau điền nhanh hơn? Mình"
                                    + " chỉ dùng khi bạn đồng ý ở từng mục, và xóa ngay khi bạn nhắn \"xóa dữ liệu của tôi\"."));
            parts.add(new ReplyPart.Options(
                    List.of(new Option(REMEMBER + token, "Đồng ý ghi nhớ"), new Option(NO_REMEMBER, "Không cần"))));
        }
        return new Step(new Reply(parts, ReplyMetadata.of(Intent.ACTION)), Optional.empty());
    }

    /**
     * The documents to bring, from the record of the procedure under discussion when the form
     * belongs to it, else of the form's first procedure that lists documents.
     */
    private Optional<ReplyPart> checklist(FormDefinition form, String procedure) {
        List<String> codes = new ArrayList<>(form.procedures());
        if (codes.remove(procedure)) {
            codes.addFirst(procedure);
        }
        for (String code : codes) {
            Optional<Procedure> p;
            try {
                p = catalog.find(ProcedureCode.of(code));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (p.isPresent() && !p.get().documents().isEmpty()) {
                StringBuilder s = new StringBuilder("Giấy tờ cần mang theo (theo thủ tục \"")
                        .append(p.get().name())
                        .append("\"):");
                for (RequiredDocument d : p.get().documents()) {
                    s.append("\n- ").append(d.name());
                }
                return Optional.of(new ReplyPart.Text(s.toString()));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- helpers

    /** The fields that apply given the answers so far, in order. */
    static List<FormDefinition.Slot> applicable(FormDefinition form, Map<String, String> values) {
        List<FormDefinition.Slot> out = new ArrayList<>();
        for (FormDefinition.Slot s : form.slots()) {
            if (s.section().condition() != null && !s.section().condition().holds(values)) {
                continue;
            }
            if (s.field().condition() != null && !s.field().condition().holds(values)) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static List<String> choices(FormField f) {
        if (f == null) {
            return List.of();
        }
        return switch (f.type()) {
            case CHOICE -> f.options();
            case YESNO -> List.of("Có", "Không");
            default -> List.of();
        };
    }

    private Optional<String> rememberedFor(String conversationId, FormDefinition form, String key) {
        Optional<FormDefinition.Slot> slot = form.slot(key);
        if (slot.isEmpty() || slot.get().field().profile().isEmpty()) {
            return Optional.empty();
        }
        return memory.get(conversationId)
                .map(r -> r.values().get(slot.get().field().profile()));
    }

    private static Map<String, String> profileValues(FormDefinition form, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FormDefinition.Slot s : form.slots()) {
            String v = values.get(s.key());
            if (!s.field().profile().isEmpty() && v != null && !v.isEmpty()) {
                out.putIfAbsent(s.field().profile(), v);
            }
        }
        return out;
    }

    private static String profileLabel(String key) {
        return switch (key) {
            case "ho-ten" -> "Họ và tên";
            case "ngay-sinh" -> "Ngày sinh";
            case "gioi-tinh" -> "Giới tính";
            case "so-dinh-danh" -> "Số định danh cá nhân";
            case "dien-thoai" -> "Số điện thoại";
            case "email" -> "Email";
            case "noi-cu-tru" -> "Nơi cư trú";
            case "dan-toc" -> "Dân tộc";
            case "quoc-tich" -> "Quốc tịch";
            case "giay-to" -> "Giấy tờ tùy thân";
            default -> key;
        };
    }

    private static boolean asksMeaning(String said) {
        return said.contains(" la gi ")
                || said.contains(" nghia la ")
                || said.contains(" giai thich ")
                || said.contains(" huong dan ")
                || said.strip().equals("?")
                || said.contains(" ghi gi ")
                || said.contains(" ghi the nao ");
    }

    private static boolean matches(String plain, String... phrases) {
        for (String p : phrases) {
            if (plain.strip().equals(p)) {
                return true;
            }
        }
        return false;
    }

    private String token() {
        byte[] b = new byte[18];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hours(Duration d) {
        return d.toHours() >= 48 ? d.toDays() + " ngày" : d.toHours() + " giờ";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Reply text(String t) {
        return new Reply(
                List.of(new ReplyPart.Text(t)),
                new ReplyMetadata(Intent.ACTION, List.of(), List.of(), Aspect.GENERAL, 1, false, false, false));
    }
}
