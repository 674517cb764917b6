package org.triagedesk.knowledgebase.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.triagedesk.kernel.ChangeStamp;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.TriageAnalyzers;

/**
 * A known problem of AKS Arc (or upstream of it): what the customer sees, why, and what to do, with
 * the error strings that give it away, the Kubernetes versions it hits and where it was fixed.
 * Records come from {@code kb/} files ({@link Origin#FILE}) or from maintainers through the API
 * ({@link Origin#API}); a file's record follows its file, an API record follows its edits.
 * <p>
 * Over 150 lines: the entity carries many mapped and indexed fields (texts, signatures, version notes, components,
 * tags, origin and file tracking), each with its mapping annotations and accessor, and the copy to and from
 * KnownIssueContent.
 */
@Entity
@Table(name = "known_issue")
@Indexed(index = "known_issue")
@NamedQuery(name = "KnownIssue.fromFiles", query = "select k from KnownIssue k where k.origin = org.triagedesk.knowledgebase.entity.KnownIssue.Origin.FILE")
@NamedQuery(name = "KnownIssue.keys", query = "select k.key from KnownIssue k")
@NamedQuery(name = "KnownIssue.all", query = "select k from KnownIssue k")
public class KnownIssue {

    /** Where the record is maintained. */
    public enum Origin {
        FILE, API
    }

    @Id
    @Column(name = "issue_key")
    @KeywordField(name = "key_sort", sortable = Sortable.YES)
    private String key;

    @Column(name = "title", nullable = false)
    @FullTextField(analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "title_ja", analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    @KeywordField(name = TriageAnalyzers.AREA)
    private CoverageArea area;

    @Column(name = "language", nullable = false)
    @KeywordField
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    @KeywordField
    private KnownIssueStatus status;

    @Column(name = "symptoms")
    private String symptoms;

    @Column(name = "cause")
    private String cause;

    @Column(name = "workaround")
    private String workaround;

    @Column(name = "upstream_url")
    private String upstreamUrl;

    @Column(name = "links")
    private String links;

    @Column(name = "affected_versions")
    private String affectedVersions;

    @Column(name = "fixed_in")
    private String fixedIn;

    @Column(name = "timeline")
    private String timeline;

    @Column(name = "tags")
    private String tags;

    @Column(name = "signatures")
    @FullTextField(analyzer = TriageAnalyzers.SIGNATURE)
    private String signatures;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private Origin origin;

    @Column(name = "source_path")
    private String sourcePath;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private ChangeStamp changed;

    @Version
    @Column(name = "row_version")
    private long version;

    protected KnownIssue() {
    }

    public KnownIssue(String key, Origin origin, Instant createdAt) {
        this.key = key;
        this.origin = origin;
        this.createdAt = createdAt;
        this.changed = new ChangeStamp(null, createdAt);
    }

    /** Replaces the content with a maintainer's or a file's version of it. */
    public void revise(KnownIssueContent content, String by, Instant at) {
        this.title = content.title();
        this.area = content.area();
        this.language = content.language();
        this.status = content.status();
        this.symptoms = content.symptoms();
        this.cause = content.cause();
        this.workaround = content.workaround();
        this.upstreamUrl = content.upstreamUrl();
        this.links = String.join("\n", content.links());
        this.affectedVersions = content.affectedVersions();
        this.fixedIn = content.fixedIn();
        this.timeline = content.timeline();
        this.tags = String.join(",", content.tags());
        this.signatures = String.join("\n", content.signatures());
        this.lastReviewed = content.lastReviewed();
        this.changed = new ChangeStamp(by, at);
    }

    public void trackFile(String path, String hash) {
        this.origin = Origin.FILE;
        this.sourcePath = path;
        this.contentHash = hash;
    }

    /** A maintainer edited the record through the API: from now on the API, not its file, maintains it. */
    public void takeOverFromFile() {
        this.origin = Origin.API;
    }

    public void retire(String by, Instant at) {
        this.status = KnownIssueStatus.RETIRED;
        this.changed = new ChangeStamp(by, at);
    }

    public KnownIssueContent content() {
        return new KnownIssueContent(title, area, language, status, symptoms, cause, workaround, upstreamUrl, split(links, "\n"),
                affectedVersions, fixedIn, timeline, split(tags, ","), split(signatures, "\n"), lastReviewed);
    }

    /** What a triage answer shows of this issue, stored in the index so that a search reads no row (see {@link KnownIssueView}). */
    @GenericField(name = KnownIssueView.FIELD, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW, derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "area")),
            @ObjectPath(@PropertyValue(propertyName = "language")), @ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "workaround")), @ObjectPath(@PropertyValue(propertyName = "upstreamUrl")),
            @ObjectPath(@PropertyValue(propertyName = "links")), @ObjectPath(@PropertyValue(propertyName = "affectedVersions")),
            @ObjectPath(@PropertyValue(propertyName = "fixedIn")), @ObjectPath(@PropertyValue(propertyName = "timeline")),
            @ObjectPath(@PropertyValue(propertyName = "signatures"))})
    public String getMatchView() {
        return KnownIssueView.write(content());
    }

    /** Everything a reader searches in, once per analyzer: English (stemmed) and Japanese (Kuromoji). */
    @FullTextField(name = TriageAnalyzers.TEXT, analyzer = TriageAnalyzers.ENGLISH, searchAnalyzer = TriageAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = TriageAnalyzers.TEXT_JA, analyzer = TriageAnalyzers.JAPANESE, searchAnalyzer = TriageAnalyzers.JAPANESE_SEARCH)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW, derivedFrom = {
            @ObjectPath(
                    @PropertyValue(propertyName = "title")),
            @ObjectPath(
                    @PropertyValue(propertyName = "symptoms")),
            @ObjectPath(
                    @PropertyValue(propertyName = "cause")),
            @ObjectPath(
                    @PropertyValue(propertyName = "workaround")),
            @ObjectPath(
                    @PropertyValue(propertyName = "tags")),
            @ObjectPath(
                    @PropertyValue(propertyName = "signatures"))})
    public String getSearchText() {
        // The title counts twice: it is the densest description of the problem.
        return String.join("\n", nonNull(title), nonNull(title), nonNull(symptoms), nonNull(cause), nonNull(workaround),
                nonNull(tags).replace(',', ' '), nonNull(signatures));
    }

    public String title() {
        return title;
    }

    public boolean isActive() {
        return status != KnownIssueStatus.RETIRED;
    }

    public String key() {
        return key;
    }

    public Origin origin() {
        return origin;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public String contentHash() {
        return contentHash;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return changed.at();
    }

    public String updatedBy() {
        return changed.by();
    }

    public CoverageArea area() {
        return area;
    }

    public KnownIssueStatus status() {
        return status;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
