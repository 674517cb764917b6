package org.triagedesk.eligibility.entity;

import java.time.LocalDate;

/**
 * When a Kubernetes minor became available in AKS Arc and when it leaves Microsoft's servers.
 * Support lasts one year from the release day; the anniversary itself is already outside it.
 */
@RemovedAfterRelease
public record VersionLifecycle(KubernetesMinor minor, LocalDate releaseDate, LocalDate removalDate) {

    /** Where a minor stands on a day. */
    public enum Status {
        NOT_RELEASED, SUPPORTED, DEPRECATED, REMOVED
    }

    public Status statusOn(LocalDate asOf) {
        return !releasedBy(asOf) ? Status.NOT_RELEASED : removedBy(asOf) ? Status.REMOVED : deprecatedBy(asOf) ? Status.DEPRECATED
                : Status.SUPPORTED;
    }

    public boolean releasedBy(LocalDate asOf) {
        return !asOf.isBefore(releaseDate);
    }

    public LocalDate endOfWindow() {
        return releaseDate.plusYears(1);
    }

    public boolean removedBy(LocalDate asOf) {
        return removalDate != null && !asOf.isBefore(removalDate);
    }

    /** Released and inside its one-year window on {@code asOf} (and not removed early). */
    public boolean inWindowOn(LocalDate asOf) {
        return releasedBy(asOf) && asOf.isBefore(endOfWindow()) && !removedBy(asOf);
    }

    public boolean deprecatedBy(LocalDate asOf) {
        return !asOf.isBefore(endOfWindow()) && !removedBy(asOf);
    }
}
