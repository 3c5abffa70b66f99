package vn.gov.assistant.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/** The dictionaries are data that staff will edit: they must stay well-formed and point at real procedures. */
class DictionaryDataTest {

    @Test
    void everydayNamesPointAtProceduresOfTheBundledCatalog() {
        Catalog catalog = Catalog.bundled();
        List<String[]> rows = Lexicons.readTsv("/dictionary/everyday-names.tsv", 2);
        assertThat(rows).hasSizeGreaterThan(1500);
        Set<String> seen = new HashSet<>();
        for (String[] row : rows) {
            assertThat(row).as("line %s", String.join("\t", row)).hasSize(2);
            assertThat(ProcedureCode.isValid(row[0])).as(row[0]).isTrue();
            assertThat(catalog.find(ProcedureCode.of(row[0])))
                    .as("%s is in the catalog", row[0])
                    .isPresent();
            assertThat(Normalizer.isNormalized(row[1], Normalizer.Form.NFC))
                    .as(row[1])
                    .isTrue();
            assertThat(seen.add(row[0] + "\t" + row[1]))
                    .as("duplicate %s", row[1])
                    .isTrue();
        }
    }

    @Test
    void abbreviationsAndAspectsAreWellFormed() {
        Set<String> left = new HashSet<>();
        for (String[] row : Lexicons.readTsv("/dictionary/abbreviations.tsv", 2)) {
            assertThat(row[1]).as(row[0]).isNotBlank();
            assertThat(left.add(row[0]))
                    .as("abbreviation defined twice: %s", row[0])
                    .isTrue();
        }
        for (String[] row : Lexicons.readTsv("/dictionary/aspects.tsv", 2)) {
            assertThat(Aspect.fromLabel(row[0])).isNotNull();
        }
    }
}
