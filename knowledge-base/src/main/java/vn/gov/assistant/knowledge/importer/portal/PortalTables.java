package vn.gov.assistant.knowledge.importer.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.assistant.knowledge.importer.CatalogText;
import vn.gov.assistant.knowledge.importer.ImportReport;
import vn.gov.assistant.knowledge.procedure.Fee;
import vn.gov.assistant.knowledge.procedure.LegalDocument;
import vn.gov.assistant.knowledge.procedure.ProcessingTime;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;
import vn.gov.assistant.knowledge.procedure.SubmissionMethod;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

/**
 * Splits the portal's tables, whose cells the crawl ran together with no separators, back into
 * rows. Each method takes the run-together text of one section and reports what it could not
 * read as a warning on the record; nothing is guessed.
 */
final class PortalTables {

    static final String NO_INFORMATION = CatalogText.NO_INFORMATION;

    private static final String CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final Pattern CHANNEL_START =
            Pattern.compile("(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)(?=\\d|" + NO_INFORMATION + "|Miễn phí)");
    private static final Pattern TIME = CatalogText.TIME;
    private static final Pattern FEE = CatalogText.FEE;

    private static final String DOCUMENT_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern COUNT = Pattern.compile("(\\d+) bản chính(?:\\s*,\\s*(\\d+) bản sao)?|(\\d+) bản sao");
    /** ".1.MuCT01banhnhkmtheoThngts53 (3).doc" glued to a document's name: an attachment, numbered. */
    private static final Pattern NUMBERED_FORM_FILE = Pattern.compile(
            "\\.(\\d{1,2}\\.[A-Za-z0-9]{6,}(?: \\(\\d{1,2}\\))?\\.(?:docx?|pdf|xlsx?|rar|zip|odt))$",
            Pattern.CASE_INSENSITIVE);
    /** ".1.MuCT01banhnhkmtheo" glued to a document's name: an attachment's number and mangled name. */
    private static final Pattern TRUNCATED_FORM_FILE =
            Pattern.compile("\\.\\d{1,2}\\.(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{6,}$");

    private static final Pattern FORM_FILE =
            Pattern.compile("\\.(docx?|pdf|xlsx?|rar|zip|odt)$", Pattern.CASE_INSENSITIVE);

    private static final String LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\d+/(?:\\d{4}/)?[A-ZĐ][A-ZĐ0-9-]*");

    private PortalTables() {}

    /** "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả" rows. */
    static List<SubmissionChannel> channels(String text, String record, ImportReport report) {
        String body = text.strip();
        if (body.isEmpty() || body.equals(NO_INFORMATION)) {
            return List.of();
        }
        if (body.startsWith(CHANNEL_HEADER)) {
            body = body.substring(CHANNEL_HEADER.length());
        } else {
            report.warn(record, "cach_thuc_thuc_hien", "table header missing; read as rows anyway");
        }
        List<Integer> starts = new ArrayList<>();
        Matcher m = CHANNEL_START.matcher(body);
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.isEmpty()) {
            report.warn(
                    record, "cach_thuc_thuc_hien", "no submission channel recognised in '" + abbreviate(body) + "'");
            return List.of();
        }
        List<SubmissionChannel> channels = new ArrayList<>();
        boolean unitLost = false;
        for (int i = 0; i < starts.size(); i++) {
            String row = body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : body.length());
            SubmissionChannel channel = channel(row, record, report);
            unitLost |= channel.time().amount().isPresent() && channel.time().unit() == TimeUnit.UNKNOWN;
            channels.add(channel);
        }
        if (unitLost) {
            report.warn(record, "cach_thuc_thuc_hien", "time unit missing in the source; kept as unknown");
        }
        return channels;
    }

    private static SubmissionChannel channel(String row, String record, ImportReport report) {
        Matcher method = CHANNEL_START.matcher(row);
        method.lookingAt();
        SubmissionMethod submission = SubmissionMethod.fromLabel(method.group(1));
        String rest = row.substring(method.end());

        ProcessingTime time = ProcessingTime.unknown("");
        Matcher feeFirst = FEE.matcher(rest);
        if (feeFirst.lookingAt()) {
            // "Trực tuyến120 VNĐ": the time lost its unit and ran into the fee; neither can be told apart
            report.warn(
                    record,
                    "cach_thuc_thuc_hien",
                    "time and fee run together in '" + abbreviate(row) + "'; time and fee kept unknown");
            return new SubmissionChannel(submission, time, List.of(new Fee(null, Fee.VND, rest)), "");
        }
        Matcher t = TIME.matcher(rest);
        if (t.lookingAt()) {
            BigDecimal value = new BigDecimal(t.group(1).replace(',', '.'));
            TimeUnit unit = CatalogText.unit(t.group(2));
            time = new ProcessingTime(value, unit, t.group().strip());
            rest = rest.substring(t.end());
        }
        List<Fee> fees = new ArrayList<>();
        while (true) {
            rest = rest.stripLeading();
            if (rest.startsWith(NO_INFORMATION)) {
                rest = rest.substring(NO_INFORMATION.length());
                break;
            }
            if (rest.startsWith("Miễn phí")) {
                rest = rest.substring("Miễn phí".length());
                String conditions = leadingParenthesis(rest);
                rest = rest.substring(conditions.length());
                fees.add(Fee.free(unwrap(conditions)));
                continue;
            }
            Matcher f = FEE.matcher(rest);
            if (!f.lookingAt()) {
                break;
            }
            BigDecimal amount = CatalogText.amount(f.group(1), CatalogText.currency(f.group(2)));
            rest = rest.substring(f.end());
            String conditions = leadingParenthesis(rest);
            rest = rest.substring(conditions.length());
            fees.add(new Fee(amount, CatalogText.currency(f.group(2)), unwrap(conditions)));
        }
        return new SubmissionChannel(submission, time, fees, rest.strip());
    }

    /** "(...)" with balanced parentheses at the start of the text, or "". */
    private static String leadingParenthesis(String text) {
        if (!text.startsWith("(")) {
            return "";
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    private static String unwrap(String parenthesised) {
        String s = parenthesised.strip();
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** "Tên giấy tờ | Mẫu đơn, tờ khai | Số lượng" rows, grouped by the headings between tables. */
    static List<RequiredDocument> documents(String text, String record, ImportReport report) {
        String body = text.strip();
        if (body.isEmpty() || body.equals(NO_INFORMATION)) {
            return List.of();
        }
        String[] parts = body.split(Pattern.quote(DOCUMENT_HEADER), -1);
        if (parts.length < 2) {
            report.warn(record, "thanh_phan_ho_so", "no document table recognised");
            return List.of();
        }
        List<RequiredDocument> documents = new ArrayList<>();
        String group = caseGroup(parts[0]);
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p];
            Matcher count = COUNT.matcher(part);
            int previous = 0;
            while (count.find()) {
                String cell = part.substring(previous, count.start()).strip();
                previous = count.end();
                if (cell.isEmpty()) {
                    continue;
                }
                Integer originals = count.group(1) != null ? Integer.valueOf(count.group(1)) : Integer.valueOf(0);
                Integer copies = count.group(2) != null
                        ? Integer.valueOf(count.group(2))
                        : count.group(3) != null ? Integer.valueOf(count.group(3)) : Integer.valueOf(0);
                String[] nameAndForm = splitForm(cell);
                String name = nameAndForm[0].isEmpty() ? nameAndForm[1] : nameAndForm[0];
                documents.add(new RequiredDocument(name, nameAndForm[1], "", originals, copies, group));
            }
            String tail = part.substring(previous).strip();
            if (p + 1 < parts.length) {
                group = caseGroup(tail);
            } else if (!tail.isEmpty()) {
                report.warn(record, "thanh_phan_ho_so", "text after the last row kept out: '" + abbreviate(tail) + "'");
            }
        }
        if (documents.isEmpty()) {
            report.warn(record, "thanh_phan_ho_so", "document table has no rows with counts");
        }
        return documents;
    }

    private static String caseGroup(String heading) {
        String s = heading.strip();
        while (s.startsWith("-") || s.startsWith("*")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * Splits "...theo quy địnhMauon.docx" into name and form file. The file name is glued to the
     * document name; it starts where a capital letter follows a non-space character, else at the
     * last space.
     */
    static String[] splitForm(String cell) {
        Matcher numbered = NUMBERED_FORM_FILE.matcher(cell);
        if (numbered.find()) {
            // "...Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc": the attachment's
            // number and name follow the document's name after a full stop
            return new String[] {cell.substring(0, numbered.start()).strip(), numbered.group(1)};
        }
        Matcher truncated = TRUNCATED_FORM_FILE.matcher(cell);
        if (truncated.find()) {
            // "...Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheo": a form file name stripped of its
            // diacritics and its extension; nothing a citizen can read or open
            return new String[] {cell.substring(0, truncated.start()).strip(), ""};
        }
        if (!FORM_FILE.matcher(cell).find()) {
            return new String[] {cell, ""};
        }
        int tokenStart = cell.lastIndexOf(' ') + 1;
        if (cell.startsWith("(", tokenStart) && tokenStart > 1) {
            tokenStart = cell.lastIndexOf(' ', tokenStart - 2) + 1; // "NA5 (1).doc"
        }
        String token = cell.substring(tokenStart);
        int split = -1;
        // "...bằng văn bản;1.MuCT01.doc": the file starts after the last punctuation of the last word
        for (int i = token.length() - 1; i > 0; i--) {
            char before = token.charAt(i - 1);
            if ((before == ';' || before == ')' || before == ':') && Character.isLetterOrDigit(token.charAt(i))) {
                split = tokenStart + i;
                break;
            }
        }
        // "...theo quy địnhMauon.docx": it starts where a capital follows a small letter
        for (int i = cell.length() - 1; split < 0 && i > tokenStart; i--) {
            if (Character.isUpperCase(cell.charAt(i)) && Character.isLowerCase(cell.charAt(i - 1))) {
                split = i;
            }
        }
        if (split < 0) {
            split = tokenStart;
        }
        return new String[] {
            cell.substring(0, split).strip(), cell.substring(split).strip()
        };
    }

    /** "Tên văn bản pháp lý | Mã văn bản" rows: the title, then the document number glued to it. */
    static List<LegalDocument> legalBasis(String text, String record, ImportReport report) {
        String body = text.strip();
        if (body.isEmpty() || body.startsWith(NO_INFORMATION)) {
            return List.of();
        }
        if (body.startsWith(LEGAL_HEADER)) {
            body = body.substring(LEGAL_HEADER.length());
        }
        List<LegalDocument> documents = new ArrayList<>();
        Matcher m = DOCUMENT_NUMBER.matcher(body);
        int rowStart = 0;
        while (m.find()) {
            int end = m.end();
            String number = m.group();
            // the number may have swallowed the capital that starts the next title ("TT-BTCNghị")
            if (end < body.length() && Character.isLowerCase(body.charAt(end)) && number.length() > 1) {
                number = number.substring(0, number.length() - 1);
                end--;
            }
            boolean rowEnds = end == body.length()
                    || Character.isUpperCase(body.charAt(end))
                    || (Character.isWhitespace(body.charAt(end))
                            && end + 1 < body.length()
                            && Character.isUpperCase(body.charAt(end + 1)));
            if (!rowEnds) {
                continue;
            }
            String title = body.substring(rowStart, m.start()).strip();
            documents.add(new LegalDocument(number, title.isEmpty() ? number : title));
            rowStart = end;
        }
        String tail = body.substring(Math.min(rowStart, body.length())).strip();
        if (!tail.isEmpty()) {
            if (documents.isEmpty()) {
                documents.add(new LegalDocument("", tail));
            }
            report.warn(record, "can_cu_phap_ly", "a legal document without a number: '" + abbreviate(tail) + "'");
        }
        return documents;
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
