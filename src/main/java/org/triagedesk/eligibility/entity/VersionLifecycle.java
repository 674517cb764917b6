package org.triagedesk.eligibility.entity;

import java.time.LocalDate;

/**
 * When a Kubernetes minor became available in AKS Arc and when it leaves Microsoft's servers.
 * Support lasts one year from the release day; the anniversary itself is already outside it.
 */
public record VersionLifecycle(KubernetesMinor minor, LocalDate releaseDate, LocalDate removalDate) {

    public boolean releasedBy(LocalDate asOf) {
        return !asOf.isBefore(releaseDate);
    }

    public LocalDate endOfWindow() {
        return releaseDate.plusYears(1);
    }

    public boolean removedBy(LocalDate asOf) {
        return removalDate != null && !asOf.isBefore(removalDate);
    }

    public boolean deprecatedBy(LocalDate asOf) {
        return !asOf.isBefore(endOfWindow()) && !removedBy(asOf);
    }
}
