package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;
import static org.triagedesk.eligibility.entity.Verdict.SUPPORTED_WITH_WARNINGS;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.eligibility.entity.VersionLifecycle;
import org.triagedesk.platform.Language;

class SupportedVersionRuleTest {

    private final SupportedVersionRule cut = new SupportedVersionRule();

    /** The fixture catalog and the 1.29 it lacks, so that some minor is supported through 1.28's removal. */
    private static final PolicyCatalog WITH_1_29 = PolicyCatalog.of(Stream.concat(CATALOG.versions().values().stream(),
            Stream.of(new VersionLifecycle(KubernetesMinor.of("1.29"), LocalDate.parse("2024-11-01"), null))).toList(), List.of());

    /** The fixture catalog with a minor released before 1.28's anniversary, so that the catalog is current then. */
    private static final PolicyCatalog WITH_NEWER_MINOR = PolicyCatalog.of(List.of(
            new VersionLifecycle(KubernetesMinor.of("1.28"), LocalDate.parse("2024-06-10"), null),
            new VersionLifecycle(KubernetesMinor.of("1.29"), LocalDate.parse("2024-11-01"), null)), List.of());

    @Test
    void supportsMinorOnItsReleaseDay() {
        assertEquals(List.of(), rules(decide(cut, profile().version("1.30.0").build(), "2025-09-15")));
    }

    @Test
    void supportsMinorOnTheDayBeforeItsAnniversary() {
        assertEquals(List.of(), rules(decide(cut, profile().version("v1.30.4-kvapkg.1").build(), "2026-09-14")));
    }

    @Test
    void deprecatesMinorOnItsAnniversary() {
        EligibilityDecision decision = decide(cut, profile().version("1.28").build(), "2025-06-10", WITH_NEWER_MINOR);
        assertEquals(List.of(VERSION_DEPRECATED), rules(decision));
        assertEquals(List.of("1.28", "2024-06-10", "2025-06-10"), decision.findings().get(0).arguments());
    }

    @Test
    void newestMinorIsJudgedByTheRulesWhileTheCatalogStillHasASupportedMinor() {
        // 1.30 is still inside its window on 2026-09-14: the catalog is current, nothing to say
        assertEquals(List.of(), rules(decide(cut, profile().version("1.30.9").build(), "2026-09-14")));
        // a newer minor than any catalogued, with the catalog current, stays unknown
        assertEquals(List.of(VERSION_UNKNOWN), rules(decide(cut, profile().version("1.31.2").build(), "2026-09-14")));
    }

    @Test
    void staleCatalogOnTheNewestMinorsAnniversaryGivesTheStaleFindingInsteadOfDeprecated() {
        EligibilityDecision decision = decide(cut, profile().version("1.30.9").build(), "2026-09-15");
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decision));
        assertEquals(SUPPORTED_WITH_WARNINGS, decision.verdict());
        assertEquals(List.of("1.30", "1.30", "2026-09-15", "2026-09-15"), decision.findings().get(0).arguments());
        assertNull(decision.findings().get(0).variant());
    }

    @Test
    void staleCatalogKeepsTheRulesForOlderMinors() {
        assertEquals(List.of(VERSION_UNKNOWN), rules(decide(cut, profile().version("1.29.1").build(), "2026-12-03")));
        assertEquals(List.of(VERSION_DEPRECATED), rules(decide(cut, profile().version("1.27.1").build(), "2026-12-03")));
        assertEquals(List.of(VERSION_REMOVED), rules(decide(cut, profile().version("1.28.5").build(), "2026-12-03")));
    }

    @Test
    void staleCatalogTreatsAMinorNewerThanItsLastAsOneSupportMustConfirm() {
        EligibilityDecision decision = decide(cut, profile().version("v1.32.6").build(), "2026-12-03");
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decision));
        assertEquals("newer", decision.findings().get(0).variant());
        assertEquals(List.of("1.32", "1.30", "2026-09-15", "2026-12-03"), decision.findings().get(0).arguments());
    }

    @Test
    void staleNewestMinorThatWasRemovedIsStillRemoved() {
        PolicyCatalog removedLast = PolicyCatalog.of(List.of(
                new VersionLifecycle(KubernetesMinor.of("1.30"), LocalDate.parse("2025-09-15"), LocalDate.parse("2026-10-01"))), List.of());
        assertEquals(List.of(VERSION_REMOVED), rules(decide(cut, profile().version("1.30.2").build(), "2026-10-01", removedLast)));
        // the day before its removal it is the stale catalog's newest minor
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decide(cut, profile().version("1.30.2").build(), "2026-09-30", removedLast)));
    }

    @Test
    void anAnnouncedButUnreleasedMinorDoesNotHideAStaleCatalog() {
        PolicyCatalog announced = PolicyCatalog.of(List.of(
                new VersionLifecycle(KubernetesMinor.of("1.30"), LocalDate.parse("2025-09-15"), null),
                new VersionLifecycle(KubernetesMinor.of("1.33"), LocalDate.parse("2027-03-01"), null)), List.of());
        assertTrue(announced.staleOn(LocalDate.parse("2026-12-03")));
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decide(cut, profile().version("1.30.2").build(), "2026-12-03", announced)));
        // a minor the catalog knows as not yet released keeps its rule; one it does not know is newer than its last release
        assertEquals(List.of(VERSION_UNKNOWN), rules(decide(cut, profile().version("1.33.0").build(), "2026-12-03", announced)));
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decide(cut, profile().version("1.31.0").build(), "2026-12-03", announced)));
    }

    @Test
    void noVersionNeverLooksBetterThanTheNewestVersion() {
        // the catalog is out of date on 2026-12-03: the newest version is supported with warnings at best
        EligibilityDecision newest = new SupportPolicy().decide(new PolicyInput(profile().version("1.30.2").build(),
                LocalDate.parse("2026-12-03"), CATALOG));
        EligibilityDecision none = new SupportPolicy().decide(new PolicyInput(profile().version(null).build(), LocalDate.parse("2026-12-03"), CATALOG));
        assertFalse(none.verdict().compareTo(newest.verdict()) < 0, none.verdict() + " must not be better than " + newest.verdict());
        assertEquals(List.of(VERSION_CATALOG_STALE), rules(decide(cut, profile().version(null).build(), "2026-12-03")));
        EligibilityDecision missing = decide(cut, profile().version(null).build(), "2026-12-03");
        assertEquals("versionMissing", missing.findings().get(0).variant());
        assertEquals(List.of("", "1.30", "2026-09-15", "2026-12-03"), missing.findings().get(0).arguments());
        assertEquals("kubernetesVersion", missing.missingFacts().get(0).fact());
        assertTrue(missing.provisional(), "the version is still needed");
        assertFalse(newest.provisional() && newest.missingFacts().stream().anyMatch(m -> m.fact().equals("kubernetesVersion")));
        Finding finding = missing.findings().get(0);
        assertTrue(new FindingTexts(Language.EN).message(finding).startsWith("The case does not say which Kubernetes version"));
        assertTrue(new FindingTexts(Language.JA).message(finding).startsWith("クラスターで稼働している Kubernetes のバージョンが記載されていません"));
    }

    @Test
    void noVersionWithACurrentCatalogIsSupportedSoFar() {
        EligibilityDecision none = decide(cut, profile().version(null).build(), "2026-09-14");
        assertEquals(List.of(), rules(none));
        assertEquals(Verdict.SUPPORTED, none.verdict());
        assertTrue(none.provisional());
        assertEquals("Supported so far — we still need: Kubernetes version",
                new FindingTexts(Language.EN).provisional(none));
        assertEquals("現時点ではサポート対象 — 次の情報が必要です: Kubernetes のバージョン",
                new FindingTexts(Language.JA).provisional(none));
    }

    @Test
    void aDayBeforeTheNewestReleaseIsNotAStaleCatalog() {
        assertFalse(CATALOG.staleOn(LocalDate.parse("2025-06-01")));
        // the fixture has no 1.29: between 1.28's removal and 1.30's release no minor is supported, which is a stale catalog
        assertTrue(CATALOG.staleOn(LocalDate.parse("2025-09-14")));
        assertTrue(CATALOG.staleOn(LocalDate.parse("2025-09-14").plusYears(1).plusDays(1)));
        assertFalse(PolicyCatalog.of(List.of(), List.of()).staleOn(LocalDate.parse("2026-12-03")));
        assertFalse(CATALOG.staleOn(LocalDate.parse("2024-02-28")), "before the first release");
        assertEquals(List.of(KubernetesMinor.of("1.30")), CATALOG.supportedOn(LocalDate.parse("2026-09-14")));
        assertEquals(List.of(), CATALOG.supportedOn(LocalDate.parse("2026-09-15")));
    }

    @Test
    void leapDayReleaseReachesItsAnniversaryOnTheLastDayOfFebruary() {
        assertEquals(List.of(), rules(decide(cut, profile().version("1.27.1").build(), "2025-02-27")));
        assertEquals(List.of(VERSION_DEPRECATED), rules(decide(cut, profile().version("1.27.1").build(), "2025-02-28")));
    }

    @Test
    void deprecatedMinorStaysDeprecatedUntilTheDayBeforeRemoval() {
        assertEquals(List.of(VERSION_DEPRECATED), rules(decide(cut, profile().version("1.28.5").build(), "2025-08-31", WITH_1_29)));
    }

    @Test
    void removesMinorOnItsRemovalDay() {
        assertEquals(List.of(VERSION_REMOVED), rules(decide(cut, profile().version("1.28.5").build(), "2025-09-01")));
    }

    @Test
    void removalWinsEvenInsideTheWindow() {
        assertEquals(List.of(VERSION_REMOVED), rules(decide(cut, profile().version("1.28.5").build(), "2026-01-01")));
    }

    @Test
    void rejectsMinorNotInCatalog() {
        EligibilityDecision decision = decide(cut, profile().version("1.25.3").build(), "2025-01-01");
        assertEquals(List.of(VERSION_UNKNOWN), rules(decision));
        assertEquals(List.of("1.25"), decision.findings().get(0).arguments());
    }

    @Test
    void treatsMinorAsUnknownBeforeItsRelease() {
        assertEquals(List.of(VERSION_UNKNOWN), rules(decide(cut, profile().version("1.30.1").build(), "2025-09-14")));
    }

    @Test
    void readsOnlyTheMinorSoThatOnePointTwoIsNotOnePointTwentySix() {
        assertEquals(List.of(VERSION_UNKNOWN), rules(decide(cut, profile().version("1.3.0").build(), "2025-10-01")));
    }

    @Test
    void asksForTheVersionWhenItIsUnknown() {
        EligibilityDecision decision = decide(cut, profile().version(null).build(), "2025-10-01");
        assertEquals(List.of(), rules(decision));
        assertEquals("kubernetesVersion", decision.missingFacts().get(0).fact());
        assertEquals(List.of("kubectl version", "Get-AksHciCluster"), decision.missingFacts().get(0).commands());
    }
}
