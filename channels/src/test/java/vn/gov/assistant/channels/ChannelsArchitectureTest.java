package vn.gov.assistant.channels;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Each channel's library stays in its channel's package (docs/ARCHITECTURE.md). */
class ChannelsArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.assistant.channels");

    @Test
    void telegrambotsStaysInTheTelegramPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.channels.telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.telegram..", "okhttp3..")
                .check(CLASSES);
    }
}
