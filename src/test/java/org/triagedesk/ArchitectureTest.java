package org.triagedesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.CatalogImportPlan;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.control.ReleaseCalendarReader;

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

    /**
     * Pages use boundaries only. A page (anything under {@code web}) calls a context through its boundary and holds
     * what the boundary hands out: entities and value objects of the {@code entity} packages, read through their
     * getters and handed back to a boundary method, never persisted or queried by the page itself (no
     * {@code EntityManager} in {@code web}). It never uses a {@code control} class, with two exceptions named here
     * because a boundary hands them out as they are: {@link FindingTexts} (the wording of findings in a language,
     * {@code EligibilityCheck.texts}) and {@link CatalogImportPlan} (what {@code Catalogs.previewImport} would do, with
     * the {@code ReleaseCalendarReader.Format} it names).
     * They stay in {@code eligibility.control} for now because the classifier's tests, tuned elsewhere, import them.
     */
    @Test
    void pagesUseBoundariesOnly() {
        noClasses().that().resideInAPackage("org.triagedesk.web..")
                .should().dependOnClassesThat(resideInAPackage("org.triagedesk..control..")
                        .and(not(belongToAnyOf(FindingTexts.class, CatalogImportPlan.class, ReleaseCalendarReader.Format.class))))
                .because("pages reach a context through its boundary").check(MAIN);
        noClasses().that().resideInAPackage("org.triagedesk.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("pages leave the database to the boundaries").check(MAIN);
    }

    @Test
    void pagesDoNotUseTheRestApi() {
        noClasses().that().resideInAPackage("org.triagedesk.web..")
                .should().dependOnClassesThat().resideInAPackage("org.triagedesk.api..")
                .because("the pages and the REST API are two faces of the same boundaries").check(MAIN);
    }

    /** What {@code accounts/package-info.java} says: it uses the platform only, and only the two faces use it. */
    @Test
    void accountsStandOnThePlatformAndOnlyTheFacesSignIn() {
        noClasses().that().resideInAPackage("org.triagedesk.accounts..")
                .should().dependOnClassesThat().resideInAnyPackage(CONTEXTS.stream().filter(c -> !c.equals("accounts"))
                        .map(c -> "org.triagedesk." + c + "..").toArray(String[]::new))
                .because("who may sign in knows nothing of cases, the knowledge base or the policy").check(MAIN);
        noClasses().that().resideInAPackage("org.triagedesk..").and().resideOutsideOfPackages("org.triagedesk.accounts..",
                "org.triagedesk.api..", "org.triagedesk.web..")
                .should().dependOnClassesThat().resideInAPackage("org.triagedesk.accounts..")
                .because("the contexts get the signed-in user's name from the REST API or the pages").check(MAIN);
        noClasses().that().resideInAnyPackage("org.triagedesk.api..", "org.triagedesk.web..")
                .should().dependOnClassesThat(resideInAPackage("org.triagedesk.accounts.control.."))
                .because("the faces reach accounts through its boundary").check(MAIN);
    }
}
