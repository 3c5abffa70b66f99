package vn.gov.assistant.knowledge.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an import did: records read, fully parsed, parsed with warnings (which fields, why), and
 * rejected. Built while importing; one bad record never stops the others.
 */
public final class ImportReport {

    private int read;
    private final Set<String> imported = new TreeSet<>();
    private final List<ImportIssue> issues = new ArrayList<>();

    public synchronized void recordRead() {
        read++;
    }

    public synchronized void imported(String record) {
        imported.add(record);
    }

    public synchronized void warn(String record, String field, String reason) {
        issues.add(new ImportIssue(record, field, ImportIssue.Severity.WARNING, reason));
    }

    public synchronized void reject(String record, String field, String reason) {
        imported.remove(record);
        issues.add(new ImportIssue(record, field, ImportIssue.Severity.REJECTED, reason));
    }

    public synchronized int read() {
        return read;
    }

    /** Records imported with no warning at all. */
    public synchronized int fullyParsed() {
        Set<String> warned = recordsWith(ImportIssue.Severity.WARNING);
        return (int) imported.stream().filter(r -> !warned.contains(r)).count();
    }

    /** Records imported with at least one warning. */
    public synchronized int withWarnings() {
        Set<String> warned = recordsWith(ImportIssue.Severity.WARNING);
        return (int) imported.stream().filter(warned::contains).count();
    }

    public synchronized int rejected() {
        return recordsWith(ImportIssue.Severity.REJECTED).size();
    }

    public synchronized List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /** Warning counts per field, for a one-screen summary. */
    public synchronized Map<String, Integer> warningsByField() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ImportIssue issue : issues) {
            if (issue.severity() == ImportIssue.Severity.WARNING) {
                counts.merge(issue.field(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public synchronized String summary() {
        return "read " + read + ", fully parsed " + fullyParsed() + ", with warnings " + withWarnings() + ", rejected "
                + rejected() + "; warnings by field " + warningsByField();
    }

    private Set<String> recordsWith(ImportIssue.Severity severity) {
        Set<String> records = new TreeSet<>();
        for (ImportIssue issue : issues) {
            if (issue.severity() == severity) {
                records.add(issue.record());
            }
        }
        return records;
    }
}
