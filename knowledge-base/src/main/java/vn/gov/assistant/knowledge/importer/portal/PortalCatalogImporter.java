package vn.gov.assistant.knowledge.importer.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.assistant.knowledge.importer.ImportReport;
import vn.gov.assistant.knowledge.procedure.Agencies;
import vn.gov.assistant.knowledge.procedure.Level;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Imports the national public-service portal's procedure records (one JSON object of strings
 * per file, {@code <ministry>/<code>.json}) from a directory or a zip of one. Records are parsed
 * in parallel and returned sorted by code; every problem is in the report, and one bad record
 * never stops the others. Records whose whole content is identical under different codes are
 * garbled duplicates of the crawl and are set aside: which code, if any, the content belongs to
 * cannot be known.
 */
public final class PortalCatalogImporter {

    /** The procedures imported and the report of the import. */
    public record Result(List<Procedure> procedures, ImportReport report) {
        public Result {
            procedures = List.copyOf(procedures);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PortalCatalogImporter() {}

    /** Imports a directory of ministry folders, or a .zip of them. */
    public static Result importFrom(Path source, Instant importedAt) {
        Objects.requireNonNull(importedAt, "importedAt");
        if (!Files.exists(source)) {
            throw new IllegalArgumentException("catalog source does not exist: " + source);
        }
        List<RawRecord> raw = source.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".zip")
                ? readZip(source)
                : readDirectory(source);
        return importRecords(raw, importedAt);
    }

    /**
     * A record's location (ministry folder, "" when unknown, and file name) and bytes, e.g. as
     * staff upload it.
     */
    public record RawRecord(String ministry, String fileName, byte[] bytes) {
        public RawRecord {
            ministry = ministry == null ? "" : ministry;
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
        }

        String id() {
            if (ministry.isEmpty()) {
                return fileName;
            }
            return ministry + "/" + fileName;
        }
    }

    /** Imports records already read (an upload): the same parsing, checks and report as a directory. */
    public static Result importRecords(List<RawRecord> raw, Instant importedAt) {
        ImportReport report = new ImportReport();
        List<Parsed> parsed = raw.parallelStream()
                .map(r -> parse(r, importedAt, report))
                .filter(Objects::nonNull)
                .toList();
        Map<String, List<Parsed>> byContent = new HashMap<>();
        for (Parsed p : parsed) {
            byContent.computeIfAbsent(p.contentHash, k -> new ArrayList<>()).add(p);
        }
        Map<ProcedureCode, Parsed> byCode = new HashMap<>();
        for (Parsed p : parsed) {
            // the same content under other codes is garbled; under the same code it is one record twice
            List<String> others = byContent.get(p.contentHash).stream()
                    .filter(o -> !o.procedure.code().equals(p.procedure.code()))
                    .map(o -> o.procedure.code().value())
                    .distinct()
                    .sorted()
                    .toList();
            if (!others.isEmpty()) {
                report.reject(p.id, "content", "garbled duplicate: the same name and content as " + others);
                continue;
            }
            Parsed previous = byCode.putIfAbsent(p.procedure.code(), p);
            if (previous != null) {
                report.reject(
                        p.id, "ma_thu_tuc", "code " + p.procedure.code() + " already imported from " + previous.id);
            }
        }
        List<Procedure> procedures = byCode.values().stream()
                .map(p -> p.procedure)
                .sorted(Comparator.comparing(Procedure::code))
                .toList();
        return new Result(procedures, report);
    }

    private record Parsed(String id, Procedure procedure, String contentHash) {}

    private static Parsed parse(RawRecord r, Instant importedAt, ImportReport report) {
        report.recordRead();
        String id = r.id();
        JsonNode node;
        try {
            node = JSON.readTree(r.bytes());
        } catch (JacksonException e) {
            report.reject(id, "json", "not valid JSON: " + PortalTables.abbreviate(e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            report.reject(id, "json", "not a JSON object");
            return null;
        }
        String code = text(node, "ma_thu_tuc");
        if (code.isEmpty()) {
            report.reject(id, "ma_thu_tuc", "missing procedure code");
            return null;
        }
        if (!ProcedureCode.isValid(code)) {
            report.reject(id, "ma_thu_tuc", "not a procedure code: '" + PortalTables.abbreviate(code) + "'");
            return null;
        }
        String name = text(node, "ten_thu_tuc");
        if (name.isEmpty()) {
            report.reject(id, "ten_thu_tuc", "missing procedure name");
            return null;
        }
        String record = id;
        if (!r.fileName().equals(code + ".json")) {
            report.warn(record, "ma_thu_tuc", "file name does not match code " + code);
        }
        try {
            Procedure procedure = new Procedure(
                    ProcedureCode.of(code),
                    name.replaceAll("\\s+", " "),
                    text(node, "linh_vuc"),
                    levels(text(node, "cap_thuc_hien")),
                    text(node, "loai_thu_tuc"),
                    new Agencies(
                            list(text(node, "co_quan_co_tham_quyen")),
                            list(text(node, "co_quan_thuc_hien")),
                            text(node, "dia_chi_tiep_nhan"),
                            list(text(node, "co_quan_duoc_uy_quyen")),
                            list(text(node, "co_quan_phoi_hop"))),
                    list(text(node, "doi_tuong_thuc_hien")),
                    steps(text(node, "trinh_tu_thuc_hien")),
                    PortalTables.channels(text(node, "cach_thuc_thuc_hien"), record, report),
                    PortalTables.documents(text(node, "thanh_phan_ho_so"), record, report),
                    text(node, "yeu_cau_dieu_kien"),
                    results(text(node, "ket_qua_xu_ly")),
                    PortalTables.legalBasis(text(node, "can_cu_phap_ly"), record, report),
                    text(node, "so_quyet_dinh"),
                    text(node, "detail_url"),
                    r.ministry(),
                    importedAt);
            if (procedure.steps().isEmpty()) {
                report.warn(record, "trinh_tu_thuc_hien", "no steps in the source");
            }
            report.imported(record);
            return new Parsed(record, procedure, contentHash(node));
        } catch (IllegalArgumentException e) {
            report.reject(record, "record", e.getMessage());
            return null;
        }
    }

    /** A field's text, NFC, with "Không có thông tin" (the portal's "nothing") as empty. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        String s = Normalizer.normalize(value.asString(), Normalizer.Form.NFC).strip();
        return s.equals(PortalTables.NO_INFORMATION) ? "" : s;
    }

    private static List<Level> levels(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Level::fromLabel)
                .distinct()
                .toList();
    }

    /** Splits a comma-separated list, but not at commas inside parentheses. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                add(out, current);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String item = current.toString().strip();
        if (!item.isEmpty() && !item.equals(PortalTables.NO_INFORMATION)) {
            out.add(item);
        }
        current.setLength(0);
    }

    /** One step a line ("Bước 1: ...", "- ..."). */
    static List<String> steps(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Result documents ("Giấy khai sinhMã: KQ.G15.000031"), without the portal's page furniture. */
    static List<String> results(String text) {
        String s = text;
        int junk = s.indexOf("Từ khóa");
        if (junk >= 0) {
            s = s.substring(0, junk);
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("Mã: ?[A-Z0-9.]+")) {
            String item = part.strip();
            if (!item.isEmpty() && !item.equals(PortalTables.NO_INFORMATION)) {
                out.add(item);
            }
        }
        return out;
    }

    private static String contentHash(JsonNode node) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : List.of(
                    "ten_thu_tuc", "trinh_tu_thuc_hien", "thanh_phan_ho_so", "cach_thuc_thuc_hien", "can_cu_phap_ly")) {
                digest.update(text(node, field).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static List<RawRecord> readDirectory(Path root) {
        try (Stream<Path> files = Files.walk(root, 2)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> root.relativize(p).getNameCount() == 2)
                    .sorted()
                    .toList();
            List<RawRecord> out = new ArrayList<>(json.size());
            for (Path p : json) {
                out.add(new RawRecord(
                        p.getParent().getFileName().toString(), p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog directory " + root, e);
        }
    }

    private static List<RawRecord> readZip(Path zip) {
        List<RawRecord> out = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : file.stream()
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList()) {
                String[] path = entry.getName().split("/");
                if (entry.isDirectory() || path.length < 2 || !entry.getName().endsWith(".json")) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    out.add(new RawRecord(path[path.length - 2], path[path.length - 1], in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog zip " + zip, e);
        }
        return out;
    }
}
