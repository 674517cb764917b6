package org.triagedesk.cases.entity;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.triagedesk.kernel.ChangeStamp;
import org.triagedesk.kernel.TriageAnalyzers;

/** A piece of evidence kept with a case, with customer identifiers already masked ({@code redactions} says which). */
@Entity
@Table(name = "case_evidence")
public class CaseEvidence extends CasePart {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "content", nullable = false)
    @FullTextField(analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "content_ja", analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    private String content;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "redactions")
    private String redactions;

    @Column(name = "stored_path")
    private String storedPath;

    @Column(name = "truncated", nullable = false)
    private boolean truncated;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "created_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false))
    private ChangeStamp added;

    protected CaseEvidence() {
    }

    CaseEvidence(SupportCase supportCase, String name, String content, long sizeBytes, String redactions, String by, Instant at) {
        super(supportCase);
        this.name = name;
        this.content = content;
        this.sizeBytes = sizeBytes;
        this.redactions = redactions;
        this.added = new ChangeStamp(by, at);
    }

    /** The whole file is kept outside the database, under the data folder; the row holds its beginning. */
    public void storedAs(String relativePath, boolean cut) {
        this.storedPath = relativePath;
        this.truncated = cut;
    }

    public String storedPath() {
        return storedPath;
    }

    public boolean truncated() {
        return truncated;
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String redactions() {
        return redactions;
    }

    /** Who added this evidence to the case and when. */
    public ChangeStamp added() {
        return added;
    }
}
