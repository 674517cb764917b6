package org.triagedesk.eligibility.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

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

    /**
     * The one rule on a minor's two days, checked here and by the API and the catalog page before they save: a minor
     * is removed after it is released. Nothing to check while either day is not known.
     */
    public static boolean removedAfterRelease(LocalDate releaseDate, LocalDate removalDate) {
        return releaseDate == null || removalDate == null || removalDate.isAfter(releaseDate);
    }

    public void revise(LocalDate releaseDate, LocalDate removalDate, String note, String by, Instant at) {
        if (!removedAfterRelease(releaseDate, removalDate)) {
            throw new IllegalArgumentException("removalDate must be after releaseDate");
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
