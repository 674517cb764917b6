package org.triagedesk.eligibility.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.kernel.validation.FieldProblem;

/** A catalog row: a Kubernetes minor AKS Arc ships, its release day and, once known, its removal day. */
@Entity
@Table(name = "kubernetes_version")
@NamedQuery(name = "KubernetesVersion.all", query = "select v from KubernetesVersion v")
public class KubernetesVersion extends CatalogRow {

    @Id
    @Column(name = "minor")
    private String minor;

    @Column(name = "release_date", nullable = false)
    private LocalDate releaseDate;

    @Column(name = "removal_date")
    private LocalDate removalDate;

    protected KubernetesVersion() {
    }

    public KubernetesVersion(KubernetesMinor minor) {
        this.minor = minor.toString();
    }

    /** Refuses the days {@link RemovedAfterRelease} refuses (the API and the catalog page check them before). */
    public void revise(LocalDate releaseDate, LocalDate removalDate, String note, String by, Instant at) {
        List<FieldProblem> problems = Constraints.check(new VersionLifecycle(KubernetesMinor.of(minor), releaseDate, removalDate),
                Locale.ENGLISH);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).field() + " " + problems.get(0).message());
        }
        this.releaseDate = releaseDate;
        this.removalDate = removalDate;
        revised(note, by, at);
    }

    public VersionLifecycle lifecycle() {
        return new VersionLifecycle(KubernetesMinor.of(minor), releaseDate, removalDate);
    }

    public String minor() {
        return minor;
    }
}
