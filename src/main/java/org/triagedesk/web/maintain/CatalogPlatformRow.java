package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.LocalDate;

import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.PlatformLifecycle;

/** A host platform of the catalog as the table shows it. */
public record CatalogPlatformRow(String code, String name, LocalDate endOfSupport, String note, String updatedBy)
        implements CatalogEntryRow, Serializable {

    /** No platform: what the dialog shows for a new one. */
    static final CatalogPlatformRow EMPTY = new CatalogPlatformRow(null, null, null, null, null);

    static CatalogPlatformRow of(HostPlatform platform) {
        PlatformLifecycle p = platform.lifecycle();
        return new CatalogPlatformRow(p.code(), p.name(), p.endOfSupport(), platform.note(), platform.updatedBy());
    }
}
