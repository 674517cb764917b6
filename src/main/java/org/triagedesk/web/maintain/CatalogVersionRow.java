package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.LocalDate;

import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * A Kubernetes minor of the catalog as the table shows it: the end of its one-year support window and its status
 * on the day shown ({@code SUPPORTED}, {@code DEPRECATED}, {@code REMOVED} or {@code NOT_RELEASED}).
 */
public record CatalogVersionRow(String minor, LocalDate releaseDate, LocalDate supportEnds, LocalDate removalDate, String note,
        String updatedBy, String status) implements CatalogEntryRow, Serializable {

    /** No minor: what the dialog shows for a new one. */
    static final CatalogVersionRow EMPTY = new CatalogVersionRow(null, null, null, null, null, null, null);

    static CatalogVersionRow of(KubernetesVersion version, LocalDate today) {
        VersionLifecycle v = version.lifecycle();
        String status = v.statusOn(today).name();
        return new CatalogVersionRow(v.minor().toString(), v.releaseDate(), v.endOfWindow(), v.removalDate(), version.note(),
                version.updatedBy(), status);
    }
}
