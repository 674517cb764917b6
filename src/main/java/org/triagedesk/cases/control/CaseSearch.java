package org.triagedesk.cases.control;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.entity.CaseOrder;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.platform.TriageSettings;

/** Finds cases by status, area, verdict and severity, and by words in their title, description and evidence; newest first. */
public class CaseSearch {

    private static final int COUNT_UP_TO = TriageSettings.exactCountUpTo();

    public CaseListing find(EntityManager em, CaseFilter filter, int page, int size) {
        return find(em, filter, CaseOrder.NEWEST, page, size);
    }

    /** In the given order; within a severity, and for equal dates, newest first. */
    public CaseListing find(EntityManager em, CaseFilter filter, CaseOrder order, int page, int size) {
        SearchResult<SupportCase> result = Search.session(em).search(SupportCase.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status(), ValueModel.INDEX));
                    }
                    if (filter.area() != null) {
                        root.add(f.match().field("area").matching(filter.area(), ValueModel.INDEX));
                    }
                    if (filter.verdict() != null) {
                        root.add(f.match().field("verdict").matching(filter.verdict(), ValueModel.INDEX));
                    }
                    if (filter.severity() != null) {
                        root.add(f.match().field("severity").matching(filter.severity(), ValueModel.INDEX));
                    }
                    if (filter.q() != null && !filter.q().isBlank()) {
                        root.add(TriageAnalyzers.withJapanese(f.match(), filter.q(), "title", "title_ja", "description", "description_ja",
                                "evidence.content", "evidence.content_ja").matching(filter.q()));
                    }
                })
                .sort(f -> order == CaseOrder.SEVERITY
                        ? f.field("severity").asc().then().field("createdAt").desc().then().field("reference_order").desc()
                        : f.field("createdAt").desc().then().field("reference_order").desc())
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(page * size, size);
        return new CaseListing(result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact());
    }
}
