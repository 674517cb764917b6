package org.triagedesk.classification.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.TriageAnalyzers;

/**
 * A case text with the coverage area it belongs to, as the classifier's neighbours: a saved case
 * with its area, or an engineer's correction, which weighs more. Searchable as soon as it is stored.
 */
@Entity
@Table(name = "labelled_example")
@Indexed(index = "labelled_example")
public class LabelledExample {

    /** Where the label comes from. */
    public enum Kind {
        CASE, CORRECTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    @KeywordField
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    @KeywordField(name = TriageAnalyzers.AREA)
    private CoverageArea area;

    @Column(name = "text", nullable = false)
    @FullTextField(name = TriageAnalyzers.TEXT, analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = TriageAnalyzers.TEXT_JA, analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    private String text;

    @Column(name = "reference")
    @KeywordField(projectable = Projectable.YES)
    private String reference;

    @Column(name = "reason")
    private String reason;

    @Column(name = "weight", nullable = false)
    @GenericField
    private double weight;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected LabelledExample() {
    }

    public LabelledExample(Kind kind, CoverageArea area, String text, String reference, String reason, double weight,
            String createdBy, Instant createdAt) {
        this.kind = kind;
        this.area = area;
        this.text = text;
        this.reference = reference;
        this.reason = reason;
        this.weight = weight;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Examples share the {@code status} field with known issues so that one query searches both; they are never retired. */
    @KeywordField(name = "status")
    @IndexingDependency(
            reindexOnUpdate = ReindexOnUpdate.NO)
    public String getStatus() {
        return "OPEN";
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public CoverageArea area() {
        return area;
    }

    public String text() {
        return text;
    }

    public String reference() {
        return reference;
    }

    public double weight() {
        return weight;
    }
}
