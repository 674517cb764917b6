package org.triagedesk.eligibility.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.triagedesk.eligibility.entity.ImportedRelease;
import org.triagedesk.eligibility.entity.ImportedRelease.DatePrecision;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * What an import would do to the Kubernetes versions catalog: each minor the pasted source names, beside the
 * catalog's row for it, as new, changed or unchanged. A source that dates a release only to the month (an Azure
 * Local release code) does not overrule a catalog day inside or before that month, because the calendar lists
 * only the Azure Local releases that still offer a minor, while AKS on Azure Stack HCI 22H2 shipped some of them
 * earlier. A source without dates ({@code az aksarc get-versions}) adds a new minor with the day of the import as
 * its release day (the latest it can have been released) and changes nothing on a known one. Minors of the
 * catalog the source does not name are listed and kept: an import never deletes.
 */
public record CatalogImportPlan(ReleaseCalendarReader.Format format, List<Row> rows, List<KubernetesMinor> notInSource,
        List<String> skipped) {

    /** What the import does to one minor. */
    public enum Change {
        NEW, CHANGED, UNCHANGED
    }

    /** Why a row is what it is; worded per language under {@code import.reason.*} of the message files. */
    public enum Reason {
        NEW_DAY, NEW_MONTH, NEW_UNDATED, SAME, RELEASE_CHANGED, RELEASED_EARLIER, KEPT_EARLIER, OFFERED_UNDATED
    }

    /**
     * One minor: what the source says, what the catalog has, and what would be written.
     *
     * @param current the catalog's row, {@code null} for a new minor
     * @param releaseDate the release day written (for UNCHANGED, the catalog's)
     * @param removalChanged the source gives another removal day than the catalog, and it is taken
     */
    public record Row(KubernetesMinor minor, Change change, ImportedRelease found, VersionLifecycle current, LocalDate releaseDate,
            LocalDate removalDate, Reason reason, boolean removalChanged) {
    }

    public static CatalogImportPlan of(ReleaseCalendarReader.Reading reading, List<VersionLifecycle> catalog, LocalDate importDay) {
        Map<KubernetesMinor, VersionLifecycle> known = catalog.stream()
                .collect(Collectors.toMap(VersionLifecycle::minor, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (ImportedRelease found : reading.releases()) {
            rows.add(row(found, known.get(found.minor()), importDay));
        }
        Set<KubernetesMinor> named = reading.releases().stream().map(ImportedRelease::minor).collect(Collectors.toSet());
        List<KubernetesMinor> notInSource = known.keySet().stream().filter(m -> !named.contains(m))
                .sorted(Comparator.reverseOrder()).toList();
        return new CatalogImportPlan(reading.format(), List.copyOf(rows), notInSource, reading.skipped());
    }

    private static Row row(ImportedRelease found, VersionLifecycle current, LocalDate importDay) {
        if (current == null) {
            LocalDate release = found.precision() == DatePrecision.NOT_IN_SOURCE ? importDay : found.releaseDate();
            Reason reason = switch (found.precision()) {
                case DAY -> Reason.NEW_DAY;
                case MONTH -> Reason.NEW_MONTH;
                case NOT_IN_SOURCE -> Reason.NEW_UNDATED;
            };
            LocalDate removal = found.removalDate() != null && found.removalDate().isAfter(release) ? found.removalDate() : null;
            return new Row(found.minor(), Change.NEW, found, null, release, removal, reason, false);
        }
        LocalDate release = current.releaseDate();
        Reason reason = Reason.SAME;
        if (found.precision() == DatePrecision.DAY && !found.releaseDate().equals(current.releaseDate())) {
            release = found.releaseDate();
            reason = Reason.RELEASE_CHANGED;
        } else if (found.precision() == DatePrecision.MONTH) {
            YearMonth month = YearMonth.from(found.releaseDate());
            if (YearMonth.from(current.releaseDate()).isAfter(month)) {
                release = found.releaseDate();
                reason = Reason.RELEASED_EARLIER;
            } else if (!YearMonth.from(current.releaseDate()).equals(month)) {
                reason = Reason.KEPT_EARLIER;
            }
        } else if (found.precision() == DatePrecision.NOT_IN_SOURCE) {
            reason = Reason.OFFERED_UNDATED;
        }
        LocalDate removal = current.removalDate();
        boolean removalChanged = found.removalDate() != null && !found.removalDate().equals(current.removalDate())
                && found.removalDate().isAfter(release);
        if (removalChanged) {
            removal = found.removalDate();
        }
        boolean changed = removalChanged || reason == Reason.RELEASE_CHANGED || reason == Reason.RELEASED_EARLIER;
        return new Row(found.minor(), changed ? Change.CHANGED : Change.UNCHANGED, found, current, release, removal, reason, removalChanged);
    }

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    public List<Row> changes() {
        return rows.stream().filter(r -> r.change() != Change.UNCHANGED).toList();
    }
}
