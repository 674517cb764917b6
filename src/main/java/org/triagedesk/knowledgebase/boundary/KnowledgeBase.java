package org.triagedesk.knowledgebase.boundary;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.control.DuplicateCheck;
import org.triagedesk.knowledgebase.control.KnownIssueSearch;
import org.triagedesk.knowledgebase.control.VersionNotes;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueHits;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;
import org.triagedesk.knowledgebase.entity.VersionNote;

/**
 * The known issues as maintainers see them: read, search, create, revise and delete. Every change
 * is indexed before the call returns, so the very next triage finds it.
 */
@Stateless
public class KnowledgeBase {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<KnowledgeChanged> changed;

    private final KnownIssueSearch searches = new KnownIssueSearch();

    public Optional<KnownIssue> find(String key) {
        return Optional.ofNullable(em.find(KnownIssue.class, key));
    }

    /** What an "Affected versions" text is read as: the ranges per component and any fix it names (the editor shows it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VersionNote readAffectedVersions(String text) {
        return VersionNotes.parse(text);
    }

    /** What a "Fixed in" text is read as: the versions with the fix, per component. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VersionNote readFixedIn(String text) {
        return VersionNotes.parseFixed(text);
    }

    public KnownIssueHits search(String q, CoverageArea area, KnownIssueStatus status, int page, int size) {
        return searches.search(em, q, area, status, page, size);
    }

    /**
     * The known issues {@code content} likely duplicates (see {@link DuplicateCheck}), most alike first. The
     * candidates are the issues a search by its title, and by each of its signatures, finds; retired ones are left out.
     */
    public List<LikelyDuplicate> likelyDuplicates(String key, KnownIssueContent content) {
        Map<String, KnownIssue> candidates = new LinkedHashMap<>();
        searches.search(em, content.title(), null, null, 0, 20).hits().forEach(h -> candidates.putIfAbsent(h.issue().key(), h.issue()));
        for (String signature : content.signatures()) {
            searches.search(em, signature, null, null, 0, 5).hits().forEach(h -> candidates.putIfAbsent(h.issue().key(), h.issue()));
        }
        List<DuplicateCheck.Entry> others = candidates.values().stream().filter(i -> i.status() != KnownIssueStatus.RETIRED)
                .map(i -> new DuplicateCheck.Entry(i.key(), i.content())).toList();
        return DuplicateCheck.of(new DuplicateCheck.Entry(key == null ? "" : key, content), others);
    }

    /** Creates an issue under the given key, or the next free {@code KI-nnnn} when none is given. */
    public KnownIssue create(String key, KnownIssueContent content, String by) {
        String id = key != null ? key : nextKey();
        // Keys differing only in case would confuse every reader: KI-0042 and ki-0042 are one key.
        boolean taken = !em.createQuery("select k.key from KnownIssue k where lower(k.key) = lower(:key)", String.class)
                .setParameter("key", id).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new DuplicateKnownIssueException(id);
        }
        KnownIssue issue = new KnownIssue(id, KnownIssue.Origin.API, clock.instant());
        issue.revise(content, by, clock.instant());
        em.persist(issue);
        changed.fire(new KnowledgeChanged(clock.instant(), "created " + id));
        return issue;
    }

    /** Revises an issue that is still at {@code expectedVersion}; a maintainer's edit makes the record the API's. */
    public Optional<KnownIssue> revise(String key, KnownIssueContent content, long expectedVersion, String by) {
        KnownIssue issue = em.find(KnownIssue.class, key, LockModeType.OPTIMISTIC);
        if (issue == null) {
            return Optional.empty();
        }
        if (issue.version() != expectedVersion) {
            throw new StaleKnownIssueException(key, expectedVersion, issue.version());
        }
        issue.revise(content, by, clock.instant());
        issue.takeOverFromFile();
        changed.fire(new KnowledgeChanged(clock.instant(), "revised " + key));
        return Optional.of(issue);
    }

    public boolean delete(String key) {
        KnownIssue issue = em.find(KnownIssue.class, key);
        if (issue == null) {
            return false;
        }
        em.remove(issue);
        changed.fire(new KnowledgeChanged(clock.instant(), "deleted " + key));
        return true;
    }

    /** The database's own syntax for the next value of the key sequence (H2 and PostgreSQL differ). */
    private String nextNumberSql() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("known_issue_number");
    }

    private String nextKey() {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            long number = ((Number) em.createNativeQuery(nextNumberSql()).getSingleResult()).longValue();
            String key = String.format("KI-%04d", number);
            if (em.find(KnownIssue.class, key) == null) {
                return key;
            }
        }
        throw new IllegalStateException("no free known-issue key");
    }
}
