package org.triagedesk.eligibility.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The entity keeps the rule of its two days ({@link RemovedAfterRelease}) even when a caller skipped the check. */
class KubernetesVersionReviseTest {

    private static final LocalDate RELEASE = LocalDate.of(2024, 2, 1);

    @Test
    void refusesARemovalNotAfterTheRelease() {
        KubernetesVersion version = new KubernetesVersion(KubernetesMinor.of("1.29"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> version.revise(RELEASE, RELEASE, null, "maintainer", Instant.EPOCH));
        assertEquals("removalDate must be after the release date", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> version.revise(RELEASE, RELEASE.minusDays(1), null, "maintainer", Instant.EPOCH));
    }

    @Test
    void keepsDaysInOrderOrARemovalNotYetKnown() {
        KubernetesVersion version = new KubernetesVersion(KubernetesMinor.of("1.29"));
        version.revise(RELEASE, RELEASE.plusDays(1), "n", "maintainer", Instant.EPOCH);
        assertEquals(RELEASE.plusDays(1), version.lifecycle().removalDate());
        version.revise(RELEASE, null, "n", "maintainer", Instant.EPOCH);
        assertNull(version.lifecycle().removalDate());
    }
}
