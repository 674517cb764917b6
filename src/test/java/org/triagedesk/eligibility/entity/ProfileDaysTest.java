package org.triagedesk.eligibility.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The two rules on days that the API and the pages share: a cluster's past lies by the as-of day; a minor is removed after release. */
class ProfileDaysTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-01-01");

    @Test
    void aDayOfTheClustersPastMayNotLieAfterTheAsOfDay() {
        ClusterProfile profile = new ClusterProfile(null, null, LocalDate.parse("2026-01-02"), AS_OF, null, null,
                LocalDate.parse("2026-02-01"), null, null, null, List.of(), List.of());
        assertEquals(List.of("lastAzureConnection", "subscriptionStateSince"), profile.daysAfter(AS_OF), "the day itself is allowed");
        assertEquals(List.of(), profile.daysAfter(null), "without an as-of day nothing is checked");
        assertEquals(List.of(), ClusterProfile.UNKNOWN.daysAfter(AS_OF));
        assertTrue(ClusterProfile.happenedBy(null, AS_OF));
    }

    @Test
    void aMinorIsRemovedAfterItIsReleased() {
        assertTrue(KubernetesVersion.removedAfterRelease(AS_OF, AS_OF.plusDays(1)));
        assertFalse(KubernetesVersion.removedAfterRelease(AS_OF, AS_OF));
        assertFalse(KubernetesVersion.removedAfterRelease(AS_OF, AS_OF.minusDays(1)));
        assertTrue(KubernetesVersion.removedAfterRelease(AS_OF, null));
        assertTrue(KubernetesVersion.removedAfterRelease(null, AS_OF));
    }
}
