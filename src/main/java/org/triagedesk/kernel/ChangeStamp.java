package org.triagedesk.kernel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who changed a record last and when: the audit columns {@code updated_at} and {@code updated_by} that the catalog
 * rows ({@code KubernetesVersion}, {@code HostPlatform}) carry. The row version ({@code row_version}) stays on each
 * entity beside it, because Jakarta Persistence allows {@code @Version} only on an entity or a mapped superclass.
 * {@code KnownIssue} keeps its own two fields for now: the classifier's training fingerprint queries
 * {@code k.updatedAt} by name (classification is changed elsewhere), and {@code SupportCase} has no {@code updated_by}.
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
