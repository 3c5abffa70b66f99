package vn.gov.assistant.knowledge.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.gov.assistant.knowledge.importer.html.OldPortalPageImporter;
import vn.gov.assistant.knowledge.importer.portal.PortalCatalogImporter;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Reads what staff upload to re-import the catalog: the national portal's JSON records (one or
 * several {@code <code>.json} files, or a .zip of {@code <ministry>/<code>.json} as the crawl is
 * laid out) and the old portal's detail pages ({@code .html}), in any mix. Bounded in size, number
 * of records and unpacked bytes (a small zip cannot unpack into gigabytes). A problem with the
 * upload as a whole, or an upload from which no procedure can be read, is an {@link
 * UploadException} whose message tells staff what to do; a problem with one record is an issue of
 * the result, as the importers report it, and the other records are read.
 */
public final class CatalogUpload {

    /** One uploaded file: its name as the browser sent it and its bytes. */
    public record File(String name, byte[] bytes) {
        public File {
            name = name == null ? "" : name.strip();
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * How much an upload may hold: bytes of all files, records (JSON files and pages, zipped or
     * not), bytes of one record and bytes unpacked from zips in all.
     */
    public record Limits(long maxBytes, int maxRecords, long maxRecordBytes, long maxUnpackedBytes) {
        public Limits {
            if (maxBytes < 1 || maxRecords < 1 || maxRecordBytes < 1 || maxUnpackedBytes < 1) {
                throw new IllegalArgumentException("upload limits must be positive");
            }
        }
    }

    /** 20 MB uploaded, 5,000 records of at most 5 MB each, 200 MB unpacked. */
    public static final Limits DEFAULT_LIMITS = new Limits(20L << 20, 5_000, 5L << 20, 200L << 20);

    /**
     * What an upload holds: the procedures read (by code), the issues of the records (set aside or
     * read with warnings), how many records were read, the codes the upload has a record for
     * (read or not), the ministries its folders name, and how many files in its zips were not
     * records (an index, a spreadsheet).
     */
    public record Result(
            List<Procedure> procedures,
            List<ImportIssue> issues,
            int read,
            Set<ProcedureCode> mentioned,
            Set<String> ministries,
            int skippedFiles) {
        public Result {
            procedures = List.copyOf(procedures);
            issues = List.copyOf(issues);
            mentioned = Set.copyOf(mentioned);
            ministries = Set.copyOf(ministries);
        }

        /** How many records were set aside. */
        public long rejected() {
            return issues.stream()
                    .filter(i -> i.severity() == ImportIssue.Severity.REJECTED)
                    .map(ImportIssue::record)
                    .distinct()
                    .count();
        }
    }

    /** The upload as a whole cannot be used; the message, in Vietnamese, says why. */
    public static final class UploadException extends Exception {
        public UploadException(String message) {
            super(message);
        }
    }

    private static final Pattern JSON_FILE = Pattern.compile("(?i).+\\.json");
    private static final Pattern PAGE_FILE = Pattern.compile("(?i).+\\.html?");
    private static final Pattern ZIP_FILE = Pattern.compile("(?i).+\\.zip");
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private CatalogUpload() {}

    /** Reads uploaded files; records are dated {@code importedAt}. */
    public static Result read(List<File> files, Instant importedAt, Limits limits) throws UploadException {
        Objects.requireNonNull(importedAt, "importedAt");
        List<File> given = files.stream()
                .filter(f -> !f.name().isEmpty() || f.bytes().length > 0)
                .toList();
        if (given.isEmpty()) {
            throw new UploadException("Hãy chọn ít nhất một tệp (.json, .zip hoặc .html).");
        }
        long total = given.stream().mapToLong(f -> f.bytes().length).sum();
        if (total > limits.maxBytes()) {
            throw new UploadException("Tệp tải lên lớn quá " + megabytes(limits.maxBytes()) + " (các tệp được chọn có "
                    + megabytes(total) + "). Hãy chia thành nhiều lần tải.");
        }
        Records records = new Records(limits);
        for (File file : given) {
            String name = baseName(file.name());
            if (ZIP_FILE.matcher(name).matches()) {
                records.unzip(file);
            } else if (JSON_FILE.matcher(name).matches()) {
                records.json("", name, file.bytes());
            } else if (PAGE_FILE.matcher(name).matches()) {
                records.page(name, file.bytes());
            } else {
                throw new UploadException("Tệp \"" + name
                        + "\" không đọc được: chỉ nhận bản ghi của Cổng dịch vụ công (.json), tệp nén .zip"
                        + " của chúng, hoặc trang chi tiết thủ tục (.html).");
            }
        }
        if (records.count == 0) {
            throw new UploadException("Không có bản ghi thủ tục nào trong tệp tải lên (cần các tệp .json hoặc .html).");
        }
        return records.result(importedAt);
    }

    /** The procedure of one page fetched by its address, as an upload's result. */
    public static Result page(OldPortalPageImporter.Result fetched) throws UploadException {
        List<Procedure> procedures = fetched.procedure().stream().toList();
        Result result = new Result(
                procedures,
                fetched.report().issues(),
                fetched.report().read(),
                procedures.stream().map(Procedure::code).collect(java.util.stream.Collectors.toSet()),
                Set.of(),
                0);
        return nonEmpty(result);
    }

    /** The records of an upload, gathered from its files and zips. */
    private static final class Records {
        private final Limits limits;
        private final List<PortalCatalogImporter.RawRecord> json = new ArrayList<>();
        private final List<NamedPage> pages = new ArrayList<>();
        private final Set<String> ministries = new TreeSet<>();
        private int count;
        private long unpacked;
        private int skipped;

        Records(Limits limits) {
            this.limits = limits;
        }

        void json(String ministry, String name, byte[] bytes) throws UploadException {
            counted(name, bytes.length);
            json.add(new PortalCatalogImporter.RawRecord(ministry, name, bytes));
            if (!ministry.isEmpty()) {
                ministries.add(ministry);
            }
        }

        void page(String name, byte[] bytes) throws UploadException {
            counted(name, bytes.length);
            pages.add(new NamedPage(name, bytes));
        }

        private void counted(String name, long bytes) throws UploadException {
            if (++count > limits.maxRecords()) {
                throw new UploadException("Tệp tải lên có hơn " + number(limits.maxRecords())
                        + " bản ghi. Hãy tải danh mục của từng bộ, ngành một lần.");
            }
            if (bytes > limits.maxRecordBytes()) {
                throw new UploadException("Bản ghi \"" + name + "\" lớn quá " + megabytes(limits.maxRecordBytes())
                        + ": không phải bản ghi thủ tục của Cổng dịch vụ công.");
            }
        }

        void unzip(File zip) throws UploadException {
            String zipName = baseName(zip.name());
            int before = count + skipped;
            try (ZipInputStream in =
                    new ZipInputStream(new ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    String path = entry.getName().replace('\\', '/');
                    String[] parts = path.split("/");
                    String name = parts[parts.length - 1];
                    if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".") || name.isEmpty()) {
                        continue;
                    }
                    boolean isJson = JSON_FILE.matcher(name).matches();
                    boolean isPage = PAGE_FILE.matcher(name).matches();
                    if (!isJson && !isPage) {
                        skipped++;
                        continue;
                    }
                    byte[] bytes = readEntry(in, zipName, name);
                    if (isJson) {
                        json(parts.length >= 2 ? parts[parts.length - 2] : "", name, bytes);
                    } else {
                        page(name, bytes);
                    }
                }
            } catch (ZipException | IllegalArgumentException e) {
                throw new UploadException("Tệp nén \"" + zipName + "\" bị hỏng hoặc không phải tệp .zip.");
            } catch (IOException e) {
                throw new UploadException("Không đọc được tệp nén \"" + zipName + "\".");
            }
            if (count + skipped == before) {
                throw new UploadException("Tệp nén \"" + zipName + "\" trống hoặc không phải tệp .zip.");
            }
        }

        private byte[] readEntry(InputStream in, String zipName, String name) throws IOException, UploadException {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
            if (bytes.length > limits.maxRecordBytes()) {
                throw new UploadException("Bản ghi \"" + name + "\" trong \"" + zipName + "\" lớn quá "
                        + megabytes(limits.maxRecordBytes()) + ": không phải bản ghi thủ tục của Cổng dịch vụ công.");
            }
            unpacked += bytes.length;
            if (unpacked > limits.maxUnpackedBytes()) {
                throw new UploadException("Tệp nén \"" + zipName + "\" giải nén ra hơn "
                        + megabytes(limits.maxUnpackedBytes()) + ". Hãy tải danh mục của từng bộ, ngành một lần.");
            }
            return bytes;
        }

        Result result(Instant importedAt) throws UploadException {
            PortalCatalogImporter.Result portal = PortalCatalogImporter.importRecords(json, importedAt);
            List<ImportIssue> issues = new ArrayList<>(portal.report().issues());
            int read = portal.report().read();
            Map<ProcedureCode, Procedure> byCode = new HashMap<>();
            Map<ProcedureCode, String> from = new HashMap<>();
            for (Procedure p : portal.procedures()) {
                byCode.put(p.code(), p);
                from.put(p.code(), "bản ghi JSON");
            }
            Set<ProcedureCode> mentioned = new java.util.HashSet<>(byCode.keySet());
            for (PortalCatalogImporter.RawRecord r : json) {
                String stem = r.fileName().substring(0, r.fileName().length() - ".json".length());
                if (ProcedureCode.isValid(stem)) {
                    mentioned.add(ProcedureCode.of(stem));
                }
            }
            for (NamedPage page : pages) {
                OldPortalPageImporter.Result parsed = OldPortalPageImporter.parse(page.html(), null, importedAt);
                read += parsed.report().read();
                for (ImportIssue issue : parsed.report().issues()) {
                    // a page uploaded as a file has no address: its issues are named by the file
                    issues.add(new ImportIssue(page.name(), issue.field(), issue.severity(), issue.reason()));
                }
                if (parsed.procedure().isEmpty()) {
                    continue;
                }
                Procedure p = parsed.procedure().get();
                mentioned.add(p.code());
                if (byCode.putIfAbsent(p.code(), p) != null) {
                    issues.add(new ImportIssue(
                            page.name(),
                            "ma_thu_tuc",
                            ImportIssue.Severity.REJECTED,
                            "code " + p.code() + " already imported from " + from.get(p.code())));
                } else {
                    from.put(p.code(), page.name());
                }
            }
            List<Procedure> procedures = byCode.values().stream()
                    .sorted(Comparator.comparing(Procedure::code))
                    .toList();
            return nonEmpty(new Result(procedures, issues, read, mentioned, ministries, skipped));
        }
    }

    private record NamedPage(String name, byte[] bytes) {
        String html() {
            return new String(bytes, charset(bytes));
        }
    }

    /** An upload from which nothing could be read is refused, with the first reasons. */
    private static Result nonEmpty(Result result) throws UploadException {
        if (!result.procedures().isEmpty()) {
            return result;
        }
        StringBuilder why = new StringBuilder("Không đọc được thủ tục nào, không có gì thay đổi.");
        result.issues().stream()
                .filter(i -> i.severity() == ImportIssue.Severity.REJECTED)
                .limit(3)
                .forEach(i -> why.append(' ')
                        .append(i.record())
                        .append(": ")
                        .append(i.forStaff())
                        .append('.'));
        throw new UploadException(why.toString());
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>}); UTF-8 otherwise. */
    private static Charset charset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The last part of a path as a browser may send it ("C:\\records\\1.004194.json"). */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0)
                .replace(".0 MB", " MB")
                .replace('.', ',');
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
