package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.control.CaseSearch;
import org.triagedesk.cases.control.ClusterJson;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.control.Redactor;
import org.triagedesk.cases.control.TriageResultJson;
import org.triagedesk.cases.entity.CaseDraft;
import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.classification.boundary.Classifier;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.classification.entity.LabelledExample;

/**
 * The engineers' cases: filing one (its evidence redacted, then triaged and kept with the answer),
 * reading and finding them, moving them through their life cycle and correcting their area, which
 * teaches the classifier at once. Every change writes an audit record.
 */
@Stateless
public class Cases {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    CaseTriage triage;

    @Inject
    Classifier classifier;

    @Inject
    Clock clock;

    private final Redactor redactor = new Redactor();
    private final CaseSearch search = new CaseSearch();

    public SupportCase file(TriageRequest request, String customer, Severity severity, String actor) {
        Instant now = clock.instant();
        List<Evidence> redacted = new ArrayList<>();
        List<Redactor.Redacted> masks = new ArrayList<>();
        for (Evidence e : request.evidence()) {
            Redactor.Redacted r = redactor.redact(e.content());
            redacted.add(new Evidence(e.name(), r.text()));
            masks.add(r);
        }
        TriageRequest safe = new TriageRequest(request.title(), request.description(), redacted, request.cluster(), request.asOf(),
                request.language());
        SupportCase supportCase = new SupportCase(nextReference(now), request.title(), request.description(), customer, severity,
                safe.answerLanguage(), TriageResultJson.cluster(request.cluster()).build().toString(), actor, now);
        for (int i = 0; i < redacted.size(); i++) {
            Evidence e = redacted.get(i);
            supportCase.addEvidence(e.name(), e.content(), request.evidence().get(i).content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    masks.get(i).masked().isEmpty() ? null : masks.get(i).masked().toString(), actor, now);
        }
        em.persist(supportCase);
        history(supportCase, actor, "filed", null, supportCase.reference().toString());
        TriageResult result = triage.triage(safe);
        record(supportCase, result, actor);
        return supportCase;
    }

    /** The case with its evidence, triages and corrections loaded, ready to be shown after the transaction. */
    public Optional<SupportCase> find(String reference) {
        // only a reference written exactly as the case's own (CASE-2026-000042) finds it
        return CaseReference.parse(reference).filter(r -> r.toString().equals(reference))
                .flatMap(r -> em.createNamedQuery("SupportCase.byReference", SupportCase.class).setParameter("reference", r)
                        .getResultStream().findFirst())
                .map(Cases::loaded);
    }

    private static SupportCase loaded(SupportCase c) {
        // Touching each collection loads it while the persistence context is open.
        c.evidence().size();
        c.triages().size();
        c.corrections().size();
        c.drafts().size();
        return c;
    }

    public CaseListing list(CaseFilter filter, int page, int size) {
        return search.find(em, filter, page, size);
    }

    public List<HistoryEntry> history(SupportCase supportCase) {
        return em.createNamedQuery("HistoryEntry.ofCase", HistoryEntry.class).setParameter("caseId", supportCase.id()).getResultList();
    }

    public Optional<SupportCase> moveTo(String reference, CaseStatus next, long version, String actor) {
        return find(reference).map(c -> {
            c.requireVersion(version);
            CaseStatus before = c.status();
            c.moveTo(next, clock.instant());
            history(c, actor, before.isReopening(next) ? "reopened" : "status", before.name(), next.name());
            if ((next == CaseStatus.RESOLVED || next == CaseStatus.CLOSED) && c.corrections().isEmpty() && c.coverageArea() != null
                    && next != before && before != CaseStatus.RESOLVED) {
                classifier.learn(text(c), c.coverageArea(), LabelledExample.Kind.CASE, c.reference().toString(), null, actor);
            }
            em.flush();
            return c;
        });
    }

    public Optional<SupportCase> correctArea(String reference, CoverageArea area, String reason, long version, String actor) {
        return find(reference).map(c -> {
            c.requireVersion(version);
            CoverageArea before = c.coverageArea();
            c.correctArea(area, reason, actor, clock.instant());
            history(c, actor, "area", before == null ? null : before.name(), area.name() + " (" + reason + ")");
            classifier.learn(text(c), area, LabelledExample.Kind.CORRECTION, c.reference().toString(), reason, actor);
            em.flush();
            return c;
        });
    }

    /**
     * Keeps an engineer's edit of the response draft as the case's next draft version (optimistic
     * locking: {@code version} is the case's version the engineer read), in the case's history.
     * The same text as the latest version changes nothing.
     */
    public Optional<SupportCase> editDraft(String reference, String body, String templateKey, String templateLanguage, long version,
            String actor) {
        return find(reference).map(c -> {
            c.requireVersion(version);
            CaseDraft before = c.latestDraft();
            CaseDraft saved = c.editDraft(body, templateKey, templateLanguage, actor, clock.instant());
            if (saved != before) {
                history(c, actor, "draft", before == null ? null : String.valueOf(before.number()), saved.historyText());
            }
            em.flush();
            return c;
        });
    }

    /** What new evidence changed in a case's triage. */
    public record Changes(List<String> newFindings, String areaBefore, String areaAfter, List<String> newKnownIssues) {
    }

    /** The evidence added to a case, what was skipped, and what the new triage changed. */
    public record EvidenceAdded(SupportCase supportCase, List<org.triagedesk.cases.entity.CaseEvidence> added, List<String> skipped,
            Changes changes) {
    }

    static final int MAX_ROW_CHARS = 1_000_000;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * Adds evidence files (already read from the upload) to a case: each is redacted, kept (a large one
     * as a file under the data folder, removed again if the transaction fails), and the case is triaged
     * again with everything it has (the cluster profile it was filed with), as of today.
     */
    public Optional<EvidenceAdded> addEvidence(String reference, List<Evidence> files, List<String> skipped, String actor) {
        Optional<SupportCase> found = find(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SupportCase c = found.get();
        Instant now = clock.instant();
        String before = c.triages().isEmpty() ? null : c.triages().get(c.triages().size() - 1).resultJson();
        List<org.triagedesk.cases.entity.CaseEvidence> added = new ArrayList<>();
        List<java.nio.file.Path> written = new ArrayList<>();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != jakarta.transaction.Status.STATUS_COMMITTED) {
                    written.forEach(p -> p.toFile().delete());
                }
            }
        });
        for (Evidence file : files) {
            Redactor.Redacted r = redactor.redact(file.content());
            boolean large = r.text().length() > MAX_ROW_CHARS;
            var item = c.addEvidence(file.name(), large ? r.text().substring(0, MAX_ROW_CHARS) : r.text(),
                    file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                    r.masked().isEmpty() ? null : r.masked().toString(), actor, now);
            if (large) {
                java.nio.file.Path path = EvidenceFiles.write(c.id(), r.text());
                written.add(path);
                item.storedAs(EvidenceFiles.relative(path), true);
            }
            added.add(item);
        }
        em.flush();
        TriageRequest request = new TriageRequest(c.title(), c.description(),
                c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList(), ClusterJson.read(c.clusterJson()), null,
                c.language());
        CoverageArea areaBefore = c.coverageArea();
        record(c, triage.triage(request), actor);
        history(c, actor, "evidence", null, String.join(", ", files.stream().map(Evidence::name).toList()));
        em.flush();
        String after = c.triages().get(c.triages().size() - 1).resultJson();
        return Optional.of(new EvidenceAdded(c, added, skipped, TriageChanges.between(before, after, name(areaBefore), name(c.coverageArea()))));
    }

    /** The whole text of a piece of evidence: from its file when it was too large for its row. */
    public Optional<String> evidenceText(String reference, long id) {
        return find(reference).flatMap(c -> c.evidence().stream().filter(e -> e.id() == id).findFirst())
                .map(e -> e.storedPath() == null ? e.content() : EvidenceFiles.read(e.storedPath()));
    }

    public Optional<org.triagedesk.cases.entity.CaseEvidence> evidence(String reference, long id) {
        return find(reference).flatMap(c -> c.evidence().stream().filter(e -> e.id() == id).findFirst());
    }

    private void record(SupportCase c, TriageResult result, String actor) {
        String json = TriageResultJson.write(result).toString();
        c.recordTriage(result.asOf(), result.classification().area(), result.eligibility().verdict(), result.classification().confidence(), result.classification().needsReview(), json,
                result.classification().knownIssues().stream().map(m -> m.key()).toList(), clock.instant());
        history(c, actor, "triaged", null, c.coverageArea() + " / " + c.verdict());
    }

    private void history(SupportCase c, String actor, String action, String before, String after) {
        em.persist(new HistoryEntry(c.id(), clock.instant(), actor, action, before, after));
    }

    private static String name(CoverageArea area) {
        return area == null ? null : area.name();
    }

    private static CaseText text(SupportCase c) {
        return new CaseText(c.title(), c.description(), c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList());
    }

    private CaseReference nextReference(Instant now) {
        String sql = em.getEntityManagerFactory().unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("case_number");
        long number = ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        return new CaseReference(Year.from(now.atOffset(ZoneOffset.UTC)).getValue(), number);
    }
}
