package org.triagedesk.cases.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;

/** One triage a case had: when, for which day, and the whole answer as it was given. */
@Entity
@Table(name = "triage_record")
public class TriageRecord extends CasePart {

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "triaged_at", nullable = false)
    private Instant triagedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_area")
    private CoverageArea coverageArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false)
    private Verdict verdict;

    @Column(name = "confidence")
    private Double confidence;

    @Column(name = "result_json", nullable = false)
    private String resultJson;

    /** Matched known-issue keys, best first, comma-separated. */
    @Column(name = "known_issues")
    private String knownIssues;

    protected TriageRecord() {
    }

    TriageRecord(SupportCase supportCase, LocalDate asOf, Instant at, CoverageArea coverageArea, Verdict verdict, Double confidence,
            String resultJson, String knownIssues) {
        super(supportCase);
        this.asOf = asOf;
        this.triagedAt = at;
        this.coverageArea = coverageArea;
        this.verdict = verdict;
        this.confidence = confidence;
        this.resultJson = resultJson;
        this.knownIssues = knownIssues;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant triagedAt() {
        return triagedAt;
    }

    public String resultJson() {
        return resultJson;
    }
}
