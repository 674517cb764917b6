package org.triagedesk.cases.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.control.CaseSearch;
import org.triagedesk.cases.entity.CaseEvidence;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.SupportCase;

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
