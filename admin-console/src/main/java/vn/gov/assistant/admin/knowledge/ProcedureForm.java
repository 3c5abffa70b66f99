package vn.gov.assistant.admin.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gov.assistant.knowledge.importer.CatalogText;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;

/**
 * The edit form of a procedure: the fields staff correct most (name, each way of submitting with
 * its time and fees, documents, steps, conditions, results, a note for citizens, hidden) and the
 * required reason. Lists are one item a line; a list left as it was shown keeps its items exactly
 * (with their form links and copy counts).
 */
public class ProcedureForm {

    static final int MAX_TEXT = 20_000;
    static final int MAX_NOTE = 1_000;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3})+|\\d+");

    private String name = "";
    private String note = "";
    private boolean hidden;
    private String conditions = "";
    private String documents = "";
    private String steps = "";
    private String results = "";
    private List<ChannelForm> channels = new ArrayList<>();
    private String reason = "";
    private long head;

    /** One way of submitting: its time as the catalog writes it and its fees. */
    public static class ChannelForm {
        private String method = "";
        private String time = "";
        private List<FeeForm> fees = new ArrayList<>();

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method == null ? "" : method;
        }

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time == null ? "" : time;
        }

        public List<FeeForm> getFees() {
            return fees;
        }

        public void setFees(List<FeeForm> fees) {
            this.fees = fees == null ? new ArrayList<>() : fees;
        }
    }

    /** One fee: an amount ("" unknown, 0 free) in its currency (đồng unless the catalog says else) and when it applies. */
    public static class FeeForm {
        private String amount = "";
        private String currency = Fee.VND;
        private String conditions = "";

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency == null || currency.isBlank() ? Fee.VND : currency.strip();
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount == null ? "" : amount;
        }

        public String getConditions() {
            return conditions;
        }

        public void setConditions(String conditions) {
            this.conditions = conditions == null ? "" : conditions;
        }
    }

    /** The form showing a record, with one empty fee row per channel to add a fee. */
    static ProcedureForm of(Procedure p, boolean hidden, long head) {
        ProcedureForm f = new ProcedureForm();
        f.name = p.name();
        f.note = p.note();
        f.hidden = hidden;
        f.conditions = p.conditions();
        f.documents = ProcedureFields.documents(p.documents());
        f.steps = ProcedureFields.lines(p.steps());
        f.results = ProcedureFields.lines(p.results());
        for (SubmissionChannel c : p.channels()) {
            ChannelForm cf = new ChannelForm();
            cf.method = c.method().name();
            cf.time = c.time().text();
            for (Fee fee : c.fees()) {
                FeeForm ff = new FeeForm();
                ff.amount = fee.amount() == null
                        ? ""
                        : fee.amount().stripTrailingZeros().toPlainString();
                ff.currency = fee.currency();
                ff.conditions = fee.conditions();
                cf.fees.add(ff);
            }
            cf.fees.add(new FeeForm());
            f.channels.add(cf);
        }
        f.head = head;
        return f;
    }

    /**
     * The record as corrected, or the errors in Vietnamese (empty list: none). The ways of
     * submitting stay those of {@code original}, in its order.
     */
    Result apply(Procedure original) {
        List<String> errors = new ArrayList<>();
        String newName = name.strip();
        if (newName.isEmpty()) {
            errors.add("Tên thủ tục không được để trống.");
        }
        if (note.strip().length() > MAX_NOTE) {
            errors.add("Ghi chú dài quá " + MAX_NOTE + " ký tự.");
        }
        for (String text : List.of(conditions, documents, steps, results)) {
            if (text.length() > MAX_TEXT) {
                errors.add("Một trường dài quá " + MAX_TEXT + " ký tự.");
                break;
            }
        }
        if (reason.strip().isEmpty()) {
            errors.add("Hãy ghi lý do của thay đổi.");
        }
        if (channels.size() != original.channels().size()) {
            errors.add("Biểu mẫu không khớp với các cách thức nộp của thủ tục; hãy tải lại trang.");
            return new Result(null, errors);
        }
        List<SubmissionChannel> newChannels = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            SubmissionChannel was = original.channels().get(i);
            ChannelForm cf = channels.get(i);
            if (!was.method().name().equals(cf.method)) {
                errors.add("Biểu mẫu không khớp với các cách thức nộp của thủ tục; hãy tải lại trang.");
                return new Result(null, errors);
            }
            List<Fee> fees = new ArrayList<>();
            for (FeeForm ff : cf.fees) {
                String amount = ff.amount.strip();
                String when = ff.conditions.strip();
                if (amount.isEmpty() && when.isEmpty()) {
                    continue;
                }
                if (!ff.currency.matches("[A-Z]{3}")) {
                    errors.add("Đơn vị tiền \"" + ff.currency + "\" không hợp lệ; hãy tải lại trang.");
                    continue;
                }
                BigDecimal value = null;
                if (!amount.isEmpty()) {
                    if (!AMOUNT.matcher(amount).matches()) {
                        errors.add("Lệ phí \"" + amount + "\" (" + was.method().label()
                                + ") không phải số tiền: ghi số đồng, ví dụ 50.000; 0 là miễn phí.");
                        continue;
                    }
                    value = new BigDecimal(amount.replace(".", "").replace(",", ""));
                }
                fees.add(new Fee(value, ff.currency, when));
            }
            String time = cf.time.strip();
            newChannels.add(new SubmissionChannel(
                    was.method(),
                    time.equals(was.time().text()) ? was.time() : CatalogText.time(time),
                    fees,
                    was.description()));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Procedure p = original;
        Procedure edited = new Procedure(
                p.code(),
                newName,
                p.domain(),
                p.levels(),
                p.procedureType(),
                p.agencies(),
                p.targetGroups(),
                unchangedOr(steps, ProcedureFields.lines(p.steps()), p.steps()),
                newChannels,
                documents(p.documents()),
                conditions.strip(),
                unchangedOr(results, ProcedureFields.lines(p.results()), p.results()),
                p.legalBasis(),
                p.decisionNumber(),
                p.sourceUrl(),
                p.ministry(),
                p.importedAt(),
                note.strip(),
                p.revisedAt());
        return new Result(edited, List.of());
    }

    /** The edited record, or what is wrong. */
    record Result(Procedure procedure, List<String> errors) {}

    private static List<String> unchangedOr(String text, String shown, List<String> items) {
        if (normalised(text).equals(normalised(shown))) {
            return items;
        }
        return lines(text);
    }

    private List<RequiredDocument> documents(List<RequiredDocument> was) {
        if (normalised(documents).equals(normalised(ProcedureFields.documents(was)))) {
            return was;
        }
        Map<String, RequiredDocument> byName = new LinkedHashMap<>();
        was.forEach(d -> byName.putIfAbsent(d.name(), d));
        List<RequiredDocument> out = new ArrayList<>();
        for (String line : lines(documents)) {
            RequiredDocument known = byName.get(line);
            out.add(known != null ? known : new RequiredDocument(line, "", "", null, null, ""));
        }
        return out;
    }

    private static String normalised(String text) {
        return String.join("\n", lines(text));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions == null ? "" : conditions;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents == null ? "" : documents;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps == null ? "" : steps;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results == null ? "" : results;
    }

    public List<ChannelForm> getChannels() {
        return channels;
    }

    public void setChannels(List<ChannelForm> channels) {
        this.channels = channels == null ? new ArrayList<>() : channels;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public long getHead() {
        return head;
    }

    public void setHead(long head) {
        this.head = head;
    }
}
