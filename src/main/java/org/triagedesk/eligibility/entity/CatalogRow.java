package org.triagedesk.eligibility.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.triagedesk.kernel.ChangeStamp;

/**
 * What every row of the catalogs ({@link KubernetesVersion}, {@link HostPlatform}) carries besides its own days:
 * the maintainer's note, the row version a revision is checked against, and who revised it last and when.
 */
@MappedSuperclass
public abstract class CatalogRow {

    @Column(name = "note")
    private String note;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Embedded
    private ChangeStamp changed;

    /** Takes a maintainer's revision: the note, and who made it when. */
    protected void revised(String note, String by, Instant at) {
        this.note = note;
        this.changed = new ChangeStamp(by, at);
    }

    public String note() {
        return note;
    }

    public Instant updatedAt() {
        return changed == null ? null : changed.at();
    }

    public String updatedBy() {
        return changed == null ? null : changed.by();
    }
}
