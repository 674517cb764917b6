package org.triagedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code (style guide: bounded contexts with boundary/control/entity inside): no context depends
 * on another in a circle, and an entity never reaches into another context's control. Over the main classes only.
 */
class ArchitectureTest {

    static final List<String> CONTEXTS = List.of("accounts", "cases", "classification", "eligibility", "knowledgebase", "templates");

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.triagedesk");

    @Test
    void noContextsDependOnEachOtherInACircle() {
        slices().matching("org.triagedesk.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void anEntityNeverUsesAnotherContextsControl() {
        for (String context : CONTEXTS) {
            String[] otherControls = CONTEXTS.stream().filter(c -> !c.equals(context)).map(c -> "org.triagedesk." + c + ".control..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("org.triagedesk." + context + ".entity..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherControls)
                    .because("entities of " + context + " keep to their own context and the shared kernel").check(MAIN);
        }
    }

    @Test
    void theKernelDependsOnNoContext() {
        noClasses().that().resideInAPackage("org.triagedesk.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(CONTEXTS.stream().map(c -> "org.triagedesk." + c + "..").toArray(String[]::new))
                .check(MAIN);
    }
}
