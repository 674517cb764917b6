package org.triagedesk.cases.boundary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.control.CaseSearch;
import org.triagedesk.cases.control.ClusterJson;
import org.triagedesk.cases.entity.CaseEvidence;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.entity.CaseOrder;
import org.triagedesk.cases.entity.CaseReviewFacts;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.eligibility.entity.ClusterProfile;

/**
 * Reading the engineers' cases: one case whole, a page of the list with filters and full-text search, a case's
 * history and its evidence. Filing is {@link CaseIntake}, the life cycle and corrections {@link CaseLifecycle},
 * new evidence {@link CaseUploads}.
 */
@Stateless
public class Cases {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    CaseRecords records;

    private final CaseSearch search = new CaseSearch();

    /** The case with its evidence, triages and corrections loaded, ready to be shown after the transaction. */
    public Optional<SupportCase> find(String reference) {
        return records.find(reference);
    }

    public CaseListing list(CaseFilter filter, int page, int size) {
        return search.find(em, filter, page, size);
    }

    /** The cluster profile the case keeps: what was entered when it was filed or edited since (the evidence fills the rest at triage). */
    public ClusterProfile keptProfile(SupportCase supportCase) {
        return ClusterJson.read(supportCase.clusterJson());
    }

    /** A page of the list in the given order. */
    public CaseListing list(CaseFilter filter, CaseOrder order, int page, int size) {
        return search.find(em, filter, order, page, size);
    }

    /**
     * For each of these cases (by reference): whether its area was corrected, and its latest triage's answer; two
     * queries for the whole page, whatever its size.
     */
    public Map<String, CaseReviewFacts> reviewFacts(List<SupportCase> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = page.stream().map(SupportCase::id).toList();
        Set<Long> corrected = new HashSet<>(em.createQuery(
                "select distinct a.supportCase.id from AreaCorrection a where a.supportCase.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        Map<Long, String> latest = new HashMap<>();
        for (Object[] row : em.createQuery("select t.supportCase.id, t.resultJson from TriageRecord t where t.id in "
                + "(select max(l.id) from TriageRecord l where l.supportCase.id in :ids group by l.supportCase.id)", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            latest.put((Long) row[0], (String) row[1]);
        }
        Map<String, CaseReviewFacts> facts = new HashMap<>();
        page.forEach(c -> facts.put(c.reference().toString(), new CaseReviewFacts(corrected.contains(c.id()), latest.get(c.id()))));
        return facts;
    }

    public List<HistoryEntry> history(SupportCase supportCase) {
        return em.createNamedQuery("HistoryEntry.ofCase", HistoryEntry.class).setParameter("caseId", supportCase.id()).getResultList();
    }

    /** The whole text of a piece of evidence: from its file when it was too large for its row. */
    public Optional<String> evidenceText(String reference, long id) {
        return evidence(reference, id).map(e -> e.storedPath() == null ? e.content() : EvidenceFiles.read(e.storedPath()));
    }

    public Optional<CaseEvidence> evidence(String reference, long id) {
        return find(reference).flatMap(c -> c.evidence().stream().filter(e -> e.id() == id).findFirst());
    }
}
