package org.triagedesk.eligibility.entity;

import java.time.LocalDate;

/**
 * A Kubernetes minor as a pasted source states it: its release day as precisely as the source gives it, the
 * removal day where it gives one, and the text it was read from.
 *
 * @param releaseDate the release day; for {@link DatePrecision#MONTH} the first of the month, for
 *        {@link DatePrecision#NOT_IN_SOURCE} {@code null} (the source says the minor is offered, not since when)
 * @param source the cells or entry the minor was read from, for the maintainer to check
 */
public record ImportedRelease(KubernetesMinor minor, LocalDate releaseDate, DatePrecision precision, LocalDate removalDate,
        String source) {

    /** How precisely the source gives the release day. */
    public enum DatePrecision {
        /** a calendar day */
        DAY,
        /** a month only (a release code such as 2510, or "Aug 2022"): the first of the month is used */
        MONTH,
        /** the source lists the minor as offered without a date (az aksarc get-versions) */
        NOT_IN_SOURCE
    }
}
