package org.triagedesk.eligibility.entity;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.triagedesk.kernel.ChangeStamp;

/** One applied import of the Kubernetes versions catalog: who pasted what, when, and what it changed. */
@Entity
@Table(name = "catalog_import")
@NamedQuery(name = "CatalogImport.newestFirst", query = "select i from CatalogImport i order by i.imported.at desc, i.id desc")
public class CatalogImport {

    /** The pasted text is kept up to this many characters. */
    public static final int MAX_SOURCE = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "format", nullable = false)
    private String format;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "imported_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "imported_at", nullable = false))
    private ChangeStamp imported;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "changed", nullable = false)
    private int changed;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "source_text", nullable = false)
    private String sourceText;

    protected CatalogImport() {
    }

    public CatalogImport(String format, Instant importedAt, String importedBy, int added, int changed, int unchanged, String summary,
            String sourceText) {
        this.format = format;
        this.imported = new ChangeStamp(importedBy, importedAt);
        this.added = added;
        this.changed = changed;
        this.unchanged = unchanged;
        this.summary = summary.length() > 4000 ? summary.substring(0, 4000) : summary;
        this.sourceText = sourceText.length() > MAX_SOURCE ? sourceText.substring(0, MAX_SOURCE) : sourceText;
    }

    public Long id() {
        return id;
    }

    public String format() {
        return format;
    }

    /** Who applied the import and when. */
    public ChangeStamp imported() {
        return imported;
    }

    public int added() {
        return added;
    }

    public int changed() {
        return changed;
    }

    public int unchanged() {
        return unchanged;
    }

    public String summary() {
        return summary;
    }
}
