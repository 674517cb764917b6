package org.triagedesk.web;

import java.io.Serializable;
import java.time.LocalDate;

import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/** A Kubernetes minor of the catalog as the table shows it, with the end of its one-year support window. */
public record CatalogVersionRow(String minor, LocalDate releaseDate, LocalDate supportEnds, LocalDate removalDate, String note,
        String updatedBy) implements Serializable {

    static CatalogVersionRow of(KubernetesVersion version) {
        VersionLifecycle v = version.lifecycle();
        return new CatalogVersionRow(v.minor().toString(), v.releaseDate(), v.endOfWindow(), v.removalDate(), version.note(),
                version.updatedBy());
    }
}
