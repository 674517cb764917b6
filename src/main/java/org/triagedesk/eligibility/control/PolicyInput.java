package org.triagedesk.eligibility.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.PolicyCatalog;

/** Everything a rule may look at: the cluster, the day the check is made for, and the catalogs. */
public record PolicyInput(ClusterProfile cluster, LocalDate asOf, PolicyCatalog catalog) {

    /** Whole days from {@code date} to {@code asOf}; the policy's "after N days" means {@code daysSince(d) > N}. */
    public long daysSince(LocalDate date) {
        return ChronoUnit.DAYS.between(date, asOf);
    }
}
