package vn.gov.assistant.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The console works through the core's ports only, so that it runs unchanged on the in-memory
 * state and on Redis, and it knows nothing of the channels or the launcher.
 */
class ConsoleArchitectureTest {

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.assistant.admin");

    @Test
    void theConsoleUsesPortsNotTheirImplementations() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveSimpleNameStartingWith("InMemory")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.gov.assistant.core.handoff.HandoffDesk")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("vn.gov.assistant.core.handoff.SharedState")
                .check(CONSOLE);
    }

    @Test
    void theConsoleKnowsNoChannelNorTheLauncher() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.gov.assistant.channels..", "vn.gov.assistant.app..", "vn.gov.assistant.redis..")
                .check(CONSOLE);
    }
}
