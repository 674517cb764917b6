package org.triagedesk.cases.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.platform.Language;

/**
 * A support case an engineer filed: what the customer wrote and sent, its current coverage area and
 * verdict, every triage it had, the engineers' corrections of its area, and where it stands in its
 * life cycle. The case decides which status changes are legal; nothing else sets its status.
 * <p>
 * Over 150 lines because it is the aggregate root: its mapping (columns, index fields, the four owned collections)
 * and every rule that changes the case (triage, moves, corrections, drafts) stay together.
 */
@Entity
@Table(name = "support_case")
@Indexed(index = "support_case")
@NamedQuery(name = "SupportCase.byReference", query = "select c from SupportCase c where c.reference = :reference")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, unique = true)
    @Convert(converter = CaseReferenceColumn.class)
    @KeywordField(sortable = Sortable.YES, valueBridge = @ValueBridgeRef(type = CaseReferenceColumn.class))
    @GenericField(name = "reference_order", sortable = Sortable.YES, searchable = Searchable.NO,
            valueBridge = @ValueBridgeRef(type = CaseReferenceOrder.class))
    private CaseReference reference;

    @Column(name = "title")
    @FullTextField(analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "title_ja", analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    private String title;

    @Column(name = "description")
    @FullTextField(analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "description_ja", analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    private String description;

    @Column(name = "customer")
    private String customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false)
    @KeywordField(sortable = Sortable.YES)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    @KeywordField
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_area")
    @KeywordField(name = "area")
    private CoverageArea coverageArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict")
    @KeywordField
    private Verdict verdict;

    @Column(name = "confidence")
    private Double confidence;

    /** Whether the latest verdict still waits for facts; {@code null} for a case triaged before V11 kept it. */
    @Column(name = "provisional")
    private Boolean provisional;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "language", nullable = false)
    @Convert(converter = LanguageColumn.class)
    private Language language;

    @Column(name = "cluster_json")
    private String clusterJson;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version")
    private long version;

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @IndexedEmbedded(includePaths = {"content", "content_ja"})
    private List<CaseEvidence> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TriageRecord> triages = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AreaCorrection> corrections = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CaseDraft> drafts = new ArrayList<>();

    protected SupportCase() {
    }

    public SupportCase(CaseReference reference, String title, String description, String customer, Severity severity, Language language,
            String clusterJson, String by, Instant at) {
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.customer = customer;
        this.severity = severity;
        this.language = language;
        this.clusterJson = clusterJson;
        this.status = CaseStatus.NEW;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public CaseEvidence addEvidence(String name, String content, long sizeBytes, String redactions, String by, Instant at) {
        CaseEvidence item = new CaseEvidence(this, name, content, sizeBytes, redactions, by, at);
        evidence.add(item);
        updatedAt = at;
        return item;
    }

    /** Keeps a triage's answer; the case takes its area and verdict, and a new case becomes TRIAGED. */
    public void recordTriage(LocalDate asOf, CoverageArea area, Verdict verdictCode, boolean provisionalVerdict, Double confidenceValue,
            boolean review, String json, List<String> knownIssueKeys, Instant at) {
        String keys = String.join(",", knownIssueKeys);
        triages.add(new TriageRecord(this, asOf, at, area, verdictCode, confidenceValue, json,
                keys.length() > 2000 ? keys.substring(0, keys.lastIndexOf(',', 2000)) : keys));
        if (corrections.isEmpty()) {
            this.coverageArea = area;
            this.confidence = confidenceValue;
            this.needsReview = review;
        }
        this.verdict = verdictCode;
        this.provisional = provisionalVerdict;
        if (status == CaseStatus.NEW) {
            status = CaseStatus.TRIAGED;
        }
        updatedAt = at;
    }

    /** @throws IllegalStatusChangeException when the life cycle does not allow the move */
    public void moveTo(CaseStatus next, Instant at) {
        if (!status.mayMoveTo(next)) {
            throw new IllegalStatusChangeException(reference.toString(), status, next);
        }
        status = next;
        updatedAt = at;
    }

    /**
     * The area this case settled by its last move, for the classifier to learn from: a case just resolved or closed
     * (not closed after it was resolved: it settled then) whose area no engineer corrected (a correction teaches on
     * its own). Empty for any other move, and for a case without an area.
     */
    public Optional<CoverageArea> settledAreaOnMoveFrom(CaseStatus before) {
        boolean settled = (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED) && status != before
                && before != CaseStatus.RESOLVED;
        return settled && corrections.isEmpty() ? Optional.ofNullable(coverageArea) : Optional.empty();
    }

    /** An engineer's correction of the area wins over the classifier's from now on. */
    public AreaCorrection correctArea(CoverageArea to, String reason, String by, Instant at) {
        AreaCorrection correction = new AreaCorrection(this, coverageArea, to, reason, by, at);
        corrections.add(correction);
        coverageArea = to;
        needsReview = false;
        confidence = 1.0;
        updatedAt = at;
        return correction;
    }

    /**
     * Keeps an engineer's edit of the response draft as its next version, with the template it
     * started from. The same text from the same template as the latest version is no new version:
     * the latest is returned as it is.
     *
     * @throws IllegalArgumentException for an empty text or one longer than {@link CaseDraft#MAX_CHARS}
     */
    public CaseDraft editDraft(String body, String templateKey, String templateLanguage, String by, Instant at) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a draft needs text");
        }
        if (body.length() > CaseDraft.MAX_CHARS) {
            throw new IllegalArgumentException("a draft has at most " + CaseDraft.MAX_CHARS + " characters");
        }
        CaseDraft latest = latestDraft();
        if (latest != null && latest.body().equals(body) && latest.startedFrom(templateKey, templateLanguage)) {
            return latest;
        }
        CaseDraft draft = new CaseDraft(this, latest == null ? 1 : latest.number() + 1, body, templateKey, templateLanguage, by, at);
        drafts.add(draft);
        updatedAt = at;
        return draft;
    }

    /**
     * An engineer's correction of what is known of the cluster (the profile as JSON, as it was filed); the next
     * triage judges it. The same profile as now changes nothing and answers {@code false}.
     */
    public boolean changeProfile(String json, Instant at) {
        if (Objects.equals(clusterJson, json)) {
            return false;
        }
        clusterJson = json;
        updatedAt = at;
        return true;
    }

    /** The newest saved edit of the response draft, or {@code null} when nobody saved one. */
    public CaseDraft latestDraft() {
        return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
    }

    public void requireVersion(long expected) {
        if (version != expected) {
            throw new StaleCaseException(reference.toString(), expected, version);
        }
    }

    public Long id() { return id; }
    public CaseReference reference() { return reference; }
    public String title() { return title; }
    public String description() { return description; }
    public String customer() { return customer; }
    public Severity severity() { return severity; }
    public CaseStatus status() { return status; }
    public CoverageArea coverageArea() { return coverageArea; }
    public Verdict verdict() { return verdict; }

    /** {@code null} when the latest triage is older than the column (it is in that triage's own answer). */
    public Boolean provisional() { return provisional; }
    public Double confidence() { return confidence; }
    public boolean needsReview() { return needsReview; }
    public Language language() { return language; }
    public String clusterJson() { return clusterJson; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<CaseEvidence> evidence() { return Collections.unmodifiableList(evidence); }
    public List<TriageRecord> triages() { return Collections.unmodifiableList(triages); }
    public List<AreaCorrection> corrections() { return Collections.unmodifiableList(corrections); }
    public List<CaseDraft> drafts() { return Collections.unmodifiableList(drafts); }
}
