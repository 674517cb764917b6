package org.triagedesk.kernel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who did something to a record and when. By default these are the audit columns {@code updated_at} and
 * {@code updated_by} that the catalog rows ({@code KubernetesVersion}, {@code HostPlatform}) and the known issues
 * carry; the records that are written once say what was done in their own column names with
 * {@code @AttributeOverride} (a draft's {@code edited_by}/{@code edited_at}, an evidence file's {@code created_by}/
 * {@code created_at}, an area correction's {@code corrected_by}/{@code corrected_at}, a history entry's
 * {@code actor}/{@code at}, a catalog import's {@code imported_by}/{@code imported_at}). The row version
 * ({@code row_version}) stays on each entity beside it, because Jakarta Persistence allows {@code @Version} only on
 * an entity or a mapped superclass. {@code SupportCase} has no {@code updated_by} and keeps its own {@code updated_at}.
 */
@Embeddable
public class ChangeStamp {

    @Column(name = "updated_at")
    private Instant at;

    @Column(name = "updated_by")
    private String by;

    protected ChangeStamp() {
    }

    public ChangeStamp(String by, Instant at) {
        this.by = by;
        this.at = at;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }
}
