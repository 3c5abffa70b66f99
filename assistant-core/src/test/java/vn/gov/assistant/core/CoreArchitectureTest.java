package vn.gov.assistant.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core's own dependency rules (the cross-module ones are in the app's ArchitectureTest). */
class CoreArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.gov.assistant.core");

    @Test
    void langchain4jStaysInTheLanguageModelPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.core.llm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.langchain4j..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLangChainAdapterKnowsLangchain4j() {
        noClasses()
                .that()
                .doNotHaveSimpleName("LangChainLanguageModel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.langchain4j..")
                .check(CLASSES);
    }

    @Test
    void openPdfStaysInTheFormsPdfPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.assistant.core.forms.pdf..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.openpdf..")
                .check(CLASSES);
    }
}
