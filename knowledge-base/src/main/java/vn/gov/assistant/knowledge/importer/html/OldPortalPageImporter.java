package vn.gov.assistant.knowledge.importer.html;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.gov.assistant.knowledge.importer.CatalogText;
import vn.gov.assistant.knowledge.importer.ImportReport;
import vn.gov.assistant.knowledge.procedure.Agencies;
import vn.gov.assistant.knowledge.procedure.LegalDocument;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;
import vn.gov.assistant.knowledge.procedure.RequiredDocument;
import vn.gov.assistant.knowledge.procedure.SubmissionChannel;
import vn.gov.assistant.knowledge.procedure.SubmissionMethod;
import vn.gov.assistant.knowledge.procedure.TimeUnit;

/**
 * Reads a procedure detail page of the old national portal (dichvucong.gov.vn), in either of its
 * two templates: the one with a details pop-up of labelled rows ({@code div.info-row}) and
 * {@code downloadMaudon('...')} form links, and the one with {@code table.table-result-tthc} and
 * csdl.dichvucong.gov.vn download links. Both mark table cells with {@code data-title}, which is
 * what this importer reads; labelled rows and section headings fill the rest. A page that is not
 * a procedure page is rejected in the report, never with an exception.
 */
public final class OldPortalPageImporter {

    /** The procedure read from a page, if any, and what the import noticed. */
    public record Result(Optional<Procedure> procedure, ImportReport report) {}

    /** Form links of the first template carry only a hash; this is where the portal served them. */
    static final String FORM_DOWNLOAD = "https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=";

    private static final Pattern DOWNLOAD_HASH = Pattern.compile("downloadMaudon\\('([0-9a-fA-F]+)'\\)");
    private static final Pattern CODE_IN_URL = Pattern.compile("ma_thu_tuc=(\\d{1,2}\\.\\d{6})");
    private static final Pattern COUNTS = Pattern.compile("Bản chính:\\s*(\\d+).*?Bản sao:\\s*(\\d+)", Pattern.DOTALL);

    private OldPortalPageImporter() {}

    public static Result parse(String html, String pageUrl, Instant importedAt) {
        Objects.requireNonNull(importedAt, "importedAt");
        String record = pageUrl == null || pageUrl.isBlank() ? "(page without URL)" : pageUrl;
        ImportReport report = new ImportReport();
        report.recordRead();
        if (html == null || html.isBlank()) {
            report.reject(record, "page", "empty page");
            return new Result(Optional.empty(), report);
        }
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Map<String, Element> labelled = labelledRows(page);

        String name = text(page.selectFirst("h1.main-title"));
        if (name.isEmpty()) {
            name = value(labelled, "tên thủ tục");
        }
        if (name.isEmpty()) {
            report.reject(record, "name", "no procedure name (h1.main-title): not a procedure detail page");
            return new Result(Optional.empty(), report);
        }
        String code = value(labelled, "mã thủ tục");
        if (!ProcedureCode.isValid(code)) {
            Matcher m = CODE_IN_URL.matcher(record);
            if (m.find()) {
                code = m.group(1);
                report.warn(record, "code", "no procedure code on the page; taken from the page address");
            } else {
                report.reject(
                        record, "code", "no procedure code on the page or in its address: not a procedure detail page");
                return new Result(Optional.empty(), report);
            }
        }

        List<SubmissionChannel> channels = channels(page, record, report);
        List<RequiredDocument> documents = documents(page, record, report);
        List<String> steps = lines(section(page, "trình tự thực hiện"));
        if (steps.isEmpty()) {
            steps = lines(labelled.get("trình tự thực hiện"));
        }
        String implementing =
                firstNonEmpty(text(section(page, "cơ quan thực hiện")), value(labelled, "cơ quan thực hiện"));
        String conditions = firstNonEmpty(
                text(section(page, "yêu cầu, điều kiện thực hiện")), value(labelled, "yêu cầu, điều kiện thực hiện"));
        if (conditions.equalsIgnoreCase("Không có yêu cầu điều kiện")) {
            conditions = "";
        }
        List<Level> levels = Arrays.stream(value(labelled, "cấp thực hiện").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Level::fromLabel)
                .distinct()
                .toList();
        for (String field : List.of("lĩnh vực", "cấp thực hiện", "số quyết định")) {
            if (value(labelled, field).isEmpty()) {
                report.warn(record, field, "not on the page");
            }
        }
        if (steps.isEmpty()) {
            report.warn(record, "steps", "no steps on the page");
        }
        Procedure procedure = new Procedure(
                ProcedureCode.of(code),
                name,
                value(labelled, "lĩnh vực"),
                levels,
                value(labelled, "loại thủ tục"),
                new Agencies(
                        list(value(labelled, "cơ quan có thẩm quyền")),
                        list(implementing),
                        value(labelled, "địa chỉ tiếp nhận hs"),
                        list(value(labelled, "cơ quan được ủy quyền")),
                        list(value(labelled, "cơ quan phối hợp"))),
                list(value(labelled, "đối tượng thực hiện")),
                steps,
                channels,
                documents,
                conditions,
                list(value(labelled, "kết quả thực hiện")),
                legalBasis(page),
                value(labelled, "số quyết định"),
                pageUrl == null ? "" : pageUrl,
                "",
                importedAt);
        report.imported(record);
        return new Result(Optional.of(procedure), report);
    }

    /** "Mã thủ tục:" → its value element, from the pop-up's labelled rows; keys lower case, no colon. */
    private static Map<String, Element> labelledRows(Document page) {
        Map<String, Element> rows = new LinkedHashMap<>();
        for (Element row : page.select("div.info-row")) {
            Element key = row.selectFirst("div.key");
            Element value = key == null ? null : key.nextElementSibling();
            if (value != null) {
                rows.putIfAbsent(normalizeLabel(key.text()), value);
            }
        }
        return rows;
    }

    private static String normalizeLabel(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static String value(Map<String, Element> labelled, String key) {
        String s = text(labelled.get(key));
        return s.equals(CatalogText.NO_INFORMATION) ? "" : s;
    }

    /** The content after an {@code h2.main-title-sub} heading, up to the next divider or heading. */
    private static Element section(Document page, String heading) {
        for (Element h2 : page.select("h2.main-title-sub")) {
            if (normalizeLabel(h2.text()).equals(heading)) {
                Element next = h2.nextElementSibling();
                while (next != null && (next.tagName().equals("br") || next.hasClass("divider-gray"))) {
                    next = next.nextElementSibling();
                }
                return next == null || next.tagName().equals("h2") ? null : next;
            }
        }
        return null;
    }

    private static List<SubmissionChannel> channels(Document page, String record, ImportReport report) {
        List<SubmissionChannel> channels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element row : page.select("tr:has(td[data-title=Hình thức nộp])")) {
            String method = cell(row, "Hình thức nộp");
            String time = cell(row, "Thời hạn giải quyết");
            String fees = cell(row, "Phí, lệ phí");
            String description = cell(row, "Mô tả");
            if (!seen.add(method + '|' + time + '|' + fees + '|' + description)) {
                continue; // the details pop-up repeats the table
            }
            var processing = CatalogText.time(time);
            if (processing.amount().isPresent() && processing.unit() == TimeUnit.UNKNOWN) {
                report.warn(record, "channels", "time unit missing in '" + time + "'; kept as unknown");
            }
            channels.add(new SubmissionChannel(
                    SubmissionMethod.fromLabel(method), processing, CatalogText.fees(fees), description));
        }
        if (channels.isEmpty()) {
            report.warn(record, "channels", "no submission channel table");
        }
        return channels;
    }

    private static List<RequiredDocument> documents(Document page, String record, ImportReport report) {
        List<RequiredDocument> documents = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element row : page.select("tr:has(td[data-title=Tên giấy tờ]), tr:has(td[data-title=Loại giấy tờ])")) {
            String name = firstNonEmpty(cell(row, "Tên giấy tờ"), cell(row, "Loại giấy tờ"));
            if (name.isEmpty()) {
                continue;
            }
            Element item = row.closest("div.item");
            String group = groupTitle(item);
            if (!seen.add(group + '|' + name)) {
                continue;
            }
            Element formCell = row.selectFirst("td[data-title=Mẫu đơn, tờ khai]");
            if (formCell == null) {
                // the second template leaves data-title off an empty form cell
                Elements cells = row.select("td");
                formCell = cells.size() == 3 ? cells.get(1) : null;
            }
            String formName = "";
            String formUrl = "";
            if (formCell != null) {
                Element link = formCell.selectFirst("a[href], span[onclick]");
                if (link != null) {
                    formName = link.text().strip();
                    formUrl = formUrl(link);
                }
            }
            Integer originals;
            Integer copies;
            Matcher counts = COUNTS.matcher(cell(row, "Số lượng"));
            if (counts.find()) {
                originals = Integer.valueOf(counts.group(1));
                copies = Integer.valueOf(counts.group(2));
            } else {
                originals = number(cell(row, "Bản chính"));
                copies = number(cell(row, "Bản sao"));
            }
            if (originals == null && copies == null) {
                report.warn(record, "documents", "no counts for '" + name + "'");
            }
            documents.add(
                    new RequiredDocument(name, formName, formName.isEmpty() ? "" : formUrl, originals, copies, group));
        }
        if (documents.isEmpty()) {
            report.warn(record, "documents", "no document table");
        }
        return documents;
    }

    /** A case group's heading; the page truncates long ones in the text but not in the title attribute. */
    private static String groupTitle(Element item) {
        Element title = item == null ? null : item.selectFirst("div.title");
        if (title == null) {
            return "";
        }
        String attribute = title.attr("title").strip();
        return attribute.length() > title.text().strip().length() ? attribute : text(title);
    }

    private static String formUrl(Element link) {
        if (link.hasAttr("href")) {
            String href = link.absUrl("href");
            return href.isEmpty() ? link.attr("href") : href;
        }
        Matcher m = DOWNLOAD_HASH.matcher(link.attr("onclick"));
        return m.find() ? FORM_DOWNLOAD + m.group(1) : "";
    }

    /** The table headed "Số ký hiệu | Trích yếu | ...". */
    private static List<LegalDocument> legalBasis(Document page) {
        List<LegalDocument> legal = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element table : page.select("table:has(th:containsOwn(Số ký hiệu))")) {
            for (Element row : table.select("tbody tr")) {
                Elements cells = row.select("td");
                if (cells.size() < 2) {
                    continue;
                }
                String number = cells.get(0).text().strip();
                String title = cells.get(1).text().strip();
                if ((!number.isEmpty() || !title.isEmpty()) && seen.add(number + '|' + title)) {
                    legal.add(new LegalDocument(number, title));
                }
            }
        }
        return legal;
    }

    private static String cell(Element row, String title) {
        Element td = row.selectFirst("td[data-title=" + title + "]");
        return td == null ? "" : td.text().strip();
    }

    private static Integer number(String s) {
        return s.matches("\\d+") ? Integer.valueOf(s) : null;
    }

    private static List<String> lines(Element element) {
        if (element == null) {
            return List.of();
        }
        Elements paragraphs = element.select("p");
        List<String> out = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            element.wholeText()
                    .lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(out::add);
        } else {
            paragraphs.forEach(p -> {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    private static List<String> list(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",(?![^()]*\\))"))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equals(CatalogText.NO_INFORMATION))
                .toList();
    }

    private static String text(Element element) {
        return element == null ? "" : element.text().strip();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
