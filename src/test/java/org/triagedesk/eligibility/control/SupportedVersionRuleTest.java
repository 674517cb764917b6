package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;

class SupportedVersionRuleTest {

    private final SupportedVersionRule cut = new SupportedVersionRule();

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
        EligibilityDecision decision = decide(cut, profile().version("1.30").build(), "2026-09-15");
        assertEquals(List.of(VERSION_DEPRECATED), rules(decision));
        assertEquals(List.of("1.30", "2025-09-15", "2026-09-15"), decision.findings().get(0).arguments());
    }

    @Test
    void leapDayReleaseReachesItsAnniversaryOnTheLastDayOfFebruary() {
        assertEquals(List.of(), rules(decide(cut, profile().version("1.27.1").build(), "2025-02-27")));
        assertEquals(List.of(VERSION_DEPRECATED), rules(decide(cut, profile().version("1.27.1").build(), "2025-02-28")));
    }

    @Test
    void deprecatedMinorStaysDeprecatedUntilTheDayBeforeRemoval() {
        assertEquals(List.of(VERSION_DEPRECATED), rules(decide(cut, profile().version("1.28.5").build(), "2025-08-31")));
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
