package vn.gov.assistant.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * The everyday names citizens give procedures ("làm sổ đỏ", "giấy độc thân"), curated as data:
 * the bundled {@code /dictionary/everyday-names.tsv} plus names staff add later.
 */
public final class EverydayNames {

    private final Map<ProcedureCode, List<String>> byCode;
    private final PhraseTable<ProcedureCode> table = new PhraseTable<>();

    private EverydayNames(Map<ProcedureCode, List<String>> byCode) {
        this.byCode = byCode;
        byCode.forEach((code, names) -> names.forEach(name -> table.add(name, code)));
    }

    public static EverydayNames bundled() {
        Map<ProcedureCode, List<String>> byCode = new HashMap<>();
        for (String[] row : Lexicons.readTsv("/dictionary/everyday-names.tsv", 2)) {
            byCode.computeIfAbsent(ProcedureCode.of(row[0]), k -> new ArrayList<>())
                    .add(row[1]);
        }
        return new EverydayNames(byCode);
    }

    public static EverydayNames of(Map<ProcedureCode, List<String>> names) {
        Map<ProcedureCode, List<String>> copy = new HashMap<>();
        names.forEach((code, list) -> copy.put(code, List.copyOf(list)));
        return new EverydayNames(copy);
    }

    /** These names and {@code extra} ones (staff's), each procedure's list without repeats. */
    public EverydayNames with(Map<ProcedureCode, List<String>> extra) {
        Map<ProcedureCode, List<String>> merged = new HashMap<>(byCode);
        extra.forEach((code, names) -> {
            List<String> list = new ArrayList<>(merged.getOrDefault(code, List.of()));
            for (String name : names) {
                if (!list.contains(name)) {
                    list.add(name);
                }
            }
            merged.put(code, list);
        });
        return of(merged);
    }

    /** Every procedure's everyday names, as given. */
    public Map<ProcedureCode, List<String>> asMap() {
        return java.util.Collections.unmodifiableMap(byCode);
    }

    /** The everyday names of one procedure, empty when it has none. */
    public List<String> namesOf(ProcedureCode code) {
        return byCode.getOrDefault(code, List.of());
    }

    public int size() {
        return table.size();
    }

    PhraseTable<ProcedureCode> table() {
        return table;
    }
}
