package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.control.TriageResultJson;
import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageResult;

/**
 * What every use case of cases does the same way, inside the caller's transaction: load a case whole, keep a
 * triage's answer with it, and write a line of its history.
 */
@Dependent
class CaseRecords {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    /** The case with its evidence, triages, corrections and drafts loaded; only its exact reference finds it. */
    Optional<SupportCase> find(String reference) {
        return CaseReference.parse(reference).filter(r -> r.toString().equals(reference))
                .flatMap(r -> em.createNamedQuery("SupportCase.byReference", SupportCase.class).setParameter("reference", r)
                        .getResultStream().findFirst())
                .map(CaseRecords::loaded);
    }

    private static SupportCase loaded(SupportCase c) {
        // Touching each collection loads it while the persistence context is open.
        c.evidence().size();
        c.triages().size();
        c.corrections().size();
        c.drafts().size();
        return c;
    }

    /** Keeps a triage's answer with the case (which takes its area and verdict), in the history. */
    void record(SupportCase c, TriageResult result, String actor) {
        String json = TriageResultJson.write(result).toString();
        c.recordTriage(result.asOf(), result.classification().area(), result.eligibility().verdict(), result.eligibility().provisional(),
                result.classification().confidence(),
                result.classification().needsReview(), json, result.classification().knownIssues().stream().map(m -> m.key()).toList(),
                clock.instant());
        history(c, actor, "triaged", null, c.coverageArea() + " / " + c.verdict());
    }

    void history(SupportCase c, String actor, String action, String before, String after) {
        em.persist(new HistoryEntry(c.id(), clock.instant(), actor, action, before, after));
    }
}
