package vn.gov.assistant.knowledge.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.gov.assistant.knowledge.catalog.CatalogCodec;
import vn.gov.assistant.knowledge.importer.portal.PortalCatalogImporter;

/**
 * {@code convert --source DIR|ZIP --out FILE [--imported-at ISO-INSTANT]}: imports the portal's
 * records and writes the catalog file the application reads (the bundled one is
 * knowledge-base/src/main/resources/catalog/procedures.jsonl.gz).
 */
public final class ConvertCatalogCommand {

    static final String USAGE = "usage: convert --source DIR|ZIP --out FILE [--imported-at 2026-07-20T00:00:00Z]";

    private ConvertCatalogCommand() {}

    public static int run(String[] args, PrintStream out) {
        Path source = null;
        Path target = null;
        Instant importedAt = Instant.now();
        java.util.List<Path> popularity = new java.util.ArrayList<>();
        Path popularityOut = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--source" -> source = Path.of(value(args, ++i, "--source"));
                    case "--out" -> target = Path.of(value(args, ++i, "--out"));
                    case "--imported-at" -> importedAt = Instant.parse(value(args, ++i, "--imported-at"));
                    case "--popularity" -> popularity.add(Path.of(value(args, ++i, "--popularity")));
                    case "--popularity-out" -> popularityOut = Path.of(value(args, ++i, "--popularity-out"));
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (source == null || target == null) {
                throw new IllegalArgumentException("--source and --out are required");
            }
            if (!Files.exists(source)) {
                throw new IllegalArgumentException("no such file or directory: " + source);
            }
            if (popularity.isEmpty() != (popularityOut == null)) {
                throw new IllegalArgumentException("--popularity and --popularity-out go together");
            }
            for (Path list : popularity) {
                if (!Files.isReadable(list)) {
                    throw new IllegalArgumentException("cannot read " + list);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            out.println("convert: " + e.getMessage());
            out.println(USAGE);
            return 2;
        }
        long start = System.nanoTime();
        PortalCatalogImporter.Result result = PortalCatalogImporter.importFrom(source, importedAt);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                CatalogCodec.write(result.procedures(), os);
            }
        } catch (IOException e) {
            out.println("convert: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        if (popularityOut != null) {
            ImportReport usageReport = new ImportReport();
            var usages = PopularityImporter.read(popularity, usageReport);
            PopularityImporter.write(usages, popularityOut);
            out.println("Popularity: " + usages.size() + " procedures into " + popularityOut + "; "
                    + usageReport.summary());
        }
        ImportReport report = result.report();
        out.println("Imported " + result.procedures().size() + " procedures in " + millis + " ms into " + target);
        out.println(report.summary());
        report.issues().stream()
                .filter(issue -> issue.severity() == ImportIssue.Severity.REJECTED)
                .forEach(issue -> out.println("  " + issue));
        report.issues().stream()
                .filter(issue -> issue.severity() == ImportIssue.Severity.WARNING)
                .limit(20)
                .forEach(issue -> out.println("  " + issue));
        return 0;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
