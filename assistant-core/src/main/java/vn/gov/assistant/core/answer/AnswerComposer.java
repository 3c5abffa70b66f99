package vn.gov.assistant.core.answer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.LegalDocument;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * Writes the answer to one aspect of a procedure from its catalog record, in Vietnamese, and
 * nothing else: every fact comes from the record, and what the record lacks is said to be missing
 * with the link to the official page, never guessed. Every answer ends with its citation.
 */
public final class AnswerComposer {

    /** Lists longer than this are cut, with the count of what was left out and the source link. */
    static final int MAX_ITEMS = 8;

    private static final int MAX_ITEM_CHARS = 300;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** The aspects offered as buttons under an answer, in this order. */
    private static final List<Aspect> OFFERED =
            List.of(Aspect.DOCUMENTS, Aspect.FEE, Aspect.TIME, Aspect.AGENCY, Aspect.METHOD, Aspect.STEPS, Aspect.FORM);

    /** The answer's parts: its text, the options to ask more, and the citation. */
    public List<ReplyPart> answer(Procedure p, Aspect aspect) {
        List<ReplyPart> parts = new ArrayList<>();
        parts.add(new ReplyPart.Text(text(p, aspect) + staffNote(p)));
        for (RequiredDocument d : aspect == Aspect.FORM ? formsOf(p) : List.<RequiredDocument>of()) {
            if (!d.formUrl().isEmpty()) {
                parts.add(new ReplyPart.Link(formLabel(d), d.formUrl()));
            }
        }
        List<Option> more = new ArrayList<>();
        for (Aspect other : OFFERED) {
            if (other != aspect && more.size() < 4) {
                more.add(new Option("aspect:" + other.label(), buttonLabel(other)));
            }
        }
        parts.add(new ReplyPart.Options(more));
        parts.add(citation(p));
        return parts;
    }

    /** The text answering one aspect. */
    public String text(Procedure p, Aspect aspect) {
        String title = p.name() + levelSuffix(p);
        return switch (aspect) {
            case FEE -> fee(p, title);
            case TIME -> time(p, title);
            case DOCUMENTS -> documents(p, title);
            case FORM -> forms(p, title);
            case AGENCY -> agency(p, title);
            case STEPS -> steps(p, title);
            case METHOD -> method(p, title);
            case LEGAL -> legal(p, title);
            case ELIGIBILITY -> eligibility(p, title);
            case RESULT -> result(p, title);
            case GENERAL, OTHER -> overview(p, title);
        };
    }

    public ReplyPart.Citation citation(Procedure p) {
        return new ReplyPart.Citation(
                p.code().value(), p.name(), p.sourceUrl(), DATE.format(p.isRevised() ? p.revisedAt() : p.importedAt()));
    }

    /**
     * What staff added to the record: their note, and the date they changed it, so a citizen
     * knows the answer is newer than the official page it cites.
     */
    static String staffNote(Procedure p) {
        StringBuilder s = new StringBuilder();
        if (!p.note().isEmpty()) {
            s.append("\n\nLưu ý: ").append(p.note());
        }
        if (p.isRevised()) {
            s.append(p.note().isEmpty() ? "\n\n" : "\n")
                    .append("(Thông tin được cán bộ cập nhật ngày ")
                    .append(DATE.format(p.revisedAt()))
                    .append(".)");
        }
        return s.toString();
    }

    /** A card for a procedure offered among others: its name, level and agency. */
    public ReplyPart.ProcedureCard card(Procedure p) {
        String agency = String.join(", ", agencies(p));
        String summary = levels(p) + (agency.isEmpty() ? "" : " - " + agency);
        return new ReplyPart.ProcedureCard(p.code().value(), p.name(), summary, p.sourceUrl());
    }

    /** The label of an aspect's button. */
    public static String buttonLabel(Aspect aspect) {
        return switch (aspect) {
            case DOCUMENTS -> "Giấy tờ cần chuẩn bị";
            case FEE -> "Lệ phí";
            case TIME -> "Thời gian giải quyết";
            case AGENCY -> "Nộp ở đâu";
            case METHOD -> "Cách nộp";
            case STEPS -> "Các bước";
            case FORM -> "Mẫu đơn, tờ khai";
            case LEGAL -> "Căn cứ pháp lý";
            case ELIGIBILITY -> "Điều kiện";
            case RESULT -> "Kết quả nhận được";
            case GENERAL, OTHER -> "Tổng quan";
        };
    }

    private String fee(Procedure p, String title) {
        StringBuilder s = new StringBuilder("Lệ phí - ").append(title).append(":\n");
        boolean any = false;
        for (SubmissionChannel c : p.channels()) {
            List<String> fees =
                    c.fees().stream().map(AnswerComposer::describeFee).toList();
            String line = fees.isEmpty() ? "danh mục không ghi lệ phí" : String.join("; ", fees);
            s.append("- ").append(c.method().label()).append(": ").append(line).append('\n');
            any |= !fees.isEmpty();
        }
        if (!any) {
            return missing("Danh mục chưa ghi lệ phí của thủ tục " + title + ".", p);
        }
        return s.toString().strip();
    }

    private static String describeFee(Fee f) {
        String described = f.describe();
        if (f.amount() != null && !f.conditions().isEmpty() && !f.isFree()) {
            return described + " (" + clip(f.conditions(), 160) + ")";
        }
        return described;
    }

    private String time(Procedure p, String title) {
        if (p.channels().isEmpty()) {
            return missing("Danh mục chưa ghi thời gian giải quyết của thủ tục " + title + ".", p);
        }
        Map<String, List<String>> byTime = new LinkedHashMap<>();
        for (SubmissionChannel c : p.channels()) {
            byTime.computeIfAbsent(c.time().describe(), k -> new ArrayList<>())
                    .add(c.method().label());
        }
        if (byTime.size() == 1) {
            String only = byTime.keySet().iterator().next();
            return "Thời gian giải quyết - " + title + ": " + only + ".";
        }
        StringBuilder s =
                new StringBuilder("Thời gian giải quyết - ").append(title).append(":\n");
        byTime.forEach((time, methods) -> s.append("- ")
                .append(String.join(", ", methods))
                .append(": ")
                .append(time)
                .append('\n'));
        return s.toString().strip();
    }

    private String documents(Procedure p, String title) {
        if (p.documents().isEmpty()) {
            return missing("Danh mục chưa ghi thành phần hồ sơ của thủ tục " + title + ".", p);
        }
        StringBuilder s =
                new StringBuilder("Hồ sơ cần chuẩn bị - ").append(title).append(":\n");
        String group = null;
        int shown = 0;
        for (RequiredDocument d : p.documents()) {
            if (shown == MAX_ITEMS) {
                break;
            }
            if (!d.caseGroup().isEmpty() && !d.caseGroup().equals(group)) {
                group = d.caseGroup();
                s.append(clip(group, 200)).append(":\n");
            }
            s.append("- ")
                    .append(clip(d.name(), MAX_ITEM_CHARS))
                    .append(counts(d))
                    .append('\n');
            shown++;
        }
        return s.append(more(p.documents().size() - shown, "giấy tờ", p))
                .toString()
                .strip();
    }

    private static String counts(RequiredDocument d) {
        List<String> parts = new ArrayList<>();
        if (d.originals() != null && d.originals() > 0) {
            parts.add(d.originals() + " bản chính");
        }
        if (d.copies() != null && d.copies() > 0) {
            parts.add(d.copies() + " bản sao");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private List<RequiredDocument> formsOf(Procedure p) {
        return p.documents().stream().filter(RequiredDocument::hasForm).toList();
    }

    private String forms(Procedure p, String title) {
        List<RequiredDocument> forms = formsOf(p);
        if (forms.isEmpty()) {
            return missing("Danh mục không ghi mẫu đơn, tờ khai nào cho thủ tục " + title + ".", p);
        }
        StringBuilder s = new StringBuilder("Mẫu đơn, tờ khai - ").append(title).append(":\n");
        int shown = 0;
        Set<String> labels = new LinkedHashSet<>();
        forms.forEach(d -> labels.add(formLabel(d)));
        for (String label : labels) {
            if (shown == MAX_ITEMS) {
                break;
            }
            s.append("- ").append(label).append('\n');
            shown++;
        }
        s.append(more(labels.size() - shown, "mẫu", p));
        if (forms.stream().allMatch(d -> d.formUrl().isEmpty())
                && !p.sourceUrl().isEmpty()) {
            s.append("Tải mẫu tại trang thủ tục: ").append(p.sourceUrl());
        }
        return s.toString().strip();
    }

    private static String formLabel(RequiredDocument d) {
        String name = clip(d.name(), 200);
        return d.formName().isEmpty() ? name : name + " - tệp mẫu: " + d.formName();
    }

    private String agency(Procedure p, String title) {
        List<String> agencies = agencies(p);
        StringBuilder s = new StringBuilder("Nơi giải quyết - ").append(title).append(":\n");
        if (!agencies.isEmpty()) {
            s.append("- Cơ quan thực hiện: ")
                    .append(String.join(", ", agencies))
                    .append('\n');
        }
        if (!p.agencies().receivingAddress().isEmpty()) {
            s.append("- Nơi tiếp nhận hồ sơ: ")
                    .append(clip(p.agencies().receivingAddress(), MAX_ITEM_CHARS))
                    .append('\n');
        }
        if (!p.agencies().competent().isEmpty()
                && !p.agencies().competent().equals(p.agencies().implementing())) {
            s.append("- Cơ quan có thẩm quyền: ")
                    .append(String.join(", ", p.agencies().competent()))
                    .append('\n');
        }
        if (!p.levels().isEmpty()) {
            s.append("- Cấp thực hiện: ").append(levels(p)).append('\n');
        }
        if (agencies.isEmpty() && p.agencies().receivingAddress().isEmpty()) {
            return missing("Danh mục chưa ghi cơ quan giải quyết thủ tục " + title + ".", p);
        }
        if (p.levels().contains(Level.DISTRICT)) {
            s.append("Lưu ý: từ 01/7/2025 không còn cấp huyện; việc của cấp huyện nay do cấp xã hoặc cấp tỉnh"
                    + " thực hiện, hãy xem trang thủ tục để biết nơi nộp hiện nay.\n");
        }
        return s.toString().strip();
    }

    private static List<String> agencies(Procedure p) {
        Set<String> all = new LinkedHashSet<>(p.agencies().implementing());
        if (all.isEmpty()) {
            all.addAll(p.agencies().competent());
        }
        return List.copyOf(all);
    }

    private String steps(Procedure p, String title) {
        if (p.steps().isEmpty()) {
            return missing("Danh mục chưa ghi trình tự thực hiện thủ tục " + title + ".", p);
        }
        StringBuilder s =
                new StringBuilder("Trình tự thực hiện - ").append(title).append(":\n");
        int shown = 0;
        for (String step : p.steps()) {
            if (shown == MAX_ITEMS) {
                break;
            }
            s.append(step.startsWith("-") || step.startsWith("+") ? "  " : "- ")
                    .append(clip(step, MAX_ITEM_CHARS))
                    .append('\n');
            shown++;
        }
        return s.append(more(p.steps().size() - shown, "bước", p)).toString().strip();
    }

    private String method(Procedure p, String title) {
        if (p.channels().isEmpty()) {
            return missing("Danh mục chưa ghi cách thức nộp hồ sơ của thủ tục " + title + ".", p);
        }
        String methods = p.channels().stream()
                .map(c -> c.method().label().toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder("Cách nộp hồ sơ - ")
                .append(title)
                .append(": ")
                .append(methods)
                .append('.');
        boolean online = p.channels().stream().anyMatch(c -> c.method().name().equals("ONLINE"));
        s.append(online ? " Có thể nộp trực tuyến." : " Danh mục không ghi cách nộp trực tuyến cho thủ tục này.");
        return s.toString();
    }

    private String legal(Procedure p, String title) {
        if (p.legalBasis().isEmpty()) {
            return missing("Danh mục chưa ghi căn cứ pháp lý của thủ tục " + title + ".", p);
        }
        StringBuilder s = new StringBuilder("Căn cứ pháp lý - ").append(title).append(":\n");
        int shown = 0;
        for (LegalDocument d : p.legalBasis()) {
            if (shown == MAX_ITEMS) {
                break;
            }
            s.append("- ").append(d.number());
            if (!d.title().isEmpty()) {
                s.append(": ").append(clip(d.title(), 200));
            }
            s.append('\n');
            shown++;
        }
        return s.append(more(p.legalBasis().size() - shown, "văn bản", p))
                .toString()
                .strip();
    }

    private String eligibility(Procedure p, String title) {
        StringBuilder s =
                new StringBuilder("Điều kiện, đối tượng - ").append(title).append(":\n");
        boolean any = false;
        if (!p.conditions().isEmpty()) {
            s.append("- Điều kiện: ").append(clip(p.conditions(), 600)).append('\n');
            any = true;
        }
        if (!p.targetGroups().isEmpty()) {
            s.append("- Đối tượng thực hiện: ")
                    .append(String.join(", ", p.targetGroups()))
                    .append('\n');
            any = true;
        }
        return any ? s.toString().strip() : missing("Danh mục không ghi điều kiện riêng cho thủ tục " + title + ".", p);
    }

    private String result(Procedure p, String title) {
        if (p.results().isEmpty()) {
            return missing("Danh mục chưa ghi kết quả của thủ tục " + title + ".", p);
        }
        return "Kết quả - " + title + ":\n"
                + p.results().stream()
                        .limit(MAX_ITEMS)
                        .map(r -> "- " + clip(r, MAX_ITEM_CHARS))
                        .collect(Collectors.joining("\n"));
    }

    private String overview(Procedure p, String title) {
        StringBuilder s = new StringBuilder(title)
                .append(" (mã ")
                .append(p.code().value())
                .append(")\n");
        List<String> agencies = agencies(p);
        if (!agencies.isEmpty()) {
            s.append("- Cơ quan thực hiện: ")
                    .append(String.join(", ", agencies))
                    .append('\n');
        }
        if (!p.channels().isEmpty()) {
            for (SubmissionChannel c : p.channels()) {
                s.append("- ")
                        .append(c.method().label())
                        .append(": ")
                        .append(c.time().describe());
                List<String> fees = c.fees().stream().map(Fee::describe).toList();
                s.append(fees.isEmpty() ? "" : "; lệ phí " + String.join("; ", fees))
                        .append('\n');
            }
        }
        if (!p.documents().isEmpty()) {
            s.append("- Hồ sơ: ")
                    .append(p.documents().size())
                    .append(" loại giấy tờ (chọn \"Giấy tờ cần chuẩn bị\")\n");
        }
        s.append("Bạn muốn biết thêm điều gì?");
        return s.toString();
    }

    private static String levelSuffix(Procedure p) {
        return p.levels().size() == 1
                        && !p.name().toLowerCase(java.util.Locale.ROOT).contains("cấp ")
                ? " (" + p.levels().getFirst().label().toLowerCase(java.util.Locale.ROOT) + ")"
                : "";
    }

    private static String levels(Procedure p) {
        return p.levels().stream().map(Level::label).collect(Collectors.joining(", "));
    }

    private static String missing(String sentence, Procedure p) {
        return p.sourceUrl().isEmpty()
                ? sentence + " Bạn có thể hỏi cán bộ tại nơi tiếp nhận hồ sơ."
                : sentence + " Xem chi tiết tại trang thủ tục: " + p.sourceUrl();
    }

    private static String more(int left, String what, Procedure p) {
        if (left <= 0) {
            return "";
        }
        return "... và " + left + " " + what + " khác"
                + (p.sourceUrl().isEmpty() ? "" : ", xem đầy đủ tại " + p.sourceUrl())
                + "\n";
    }

    private static String clip(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }

    /** All the record's text, for checking that a rephrased answer adds nothing to it. */
    public static String recordText(Procedure p) {
        StringBuilder s = new StringBuilder();
        s.append(p.code().value())
                .append('\n')
                .append(p.name())
                .append('\n')
                .append(p.domain())
                .append('\n');
        p.levels().forEach(l -> s.append(l.label()).append('\n'));
        s.append(String.join("\n", p.agencies().implementing())).append('\n');
        s.append(String.join("\n", p.agencies().competent())).append('\n');
        s.append(p.agencies().receivingAddress()).append('\n');
        p.steps().forEach(x -> s.append(x).append('\n'));
        for (SubmissionChannel c : p.channels()) {
            s.append(c.method().label())
                    .append(' ')
                    .append(c.time().describe())
                    .append(' ')
                    .append(c.time().text());
            for (Fee f : c.fees()) {
                s.append(' ').append(f.describe()).append(' ').append(f.conditions());
            }
            s.append(' ').append(c.description()).append('\n');
        }
        for (RequiredDocument d : p.documents()) {
            s.append(d.caseGroup())
                    .append(' ')
                    .append(d.name())
                    .append(' ')
                    .append(d.formName())
                    .append(counts(d))
                    .append('\n');
        }
        s.append(p.conditions()).append('\n');
        p.results().forEach(x -> s.append(x).append('\n'));
        p.legalBasis()
                .forEach(d -> s.append(d.number()).append(' ').append(d.title()).append('\n'));
        p.targetGroups().forEach(x -> s.append(x).append('\n'));
        s.append(p.sourceUrl());
        return s.toString();
    }
}
