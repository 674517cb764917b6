package org.triagedesk.cases.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.kernel.TriageAnalyzers;

/** Finds cases by status, area, verdict and severity, and by words in their title, description and evidence; newest first. */
public class CaseSearch {

    /** What to look for; {@code null} fields do not filter. */
    public record Filter(String status, String area, String verdict, String severity, String q) {
    }

    /** One page of cases and how many match in all. */
    public record Page(List<SupportCase> cases, long total) {
    }

    public Page find(EntityManager em, Filter filter, int page, int size) {
        SearchResult<SupportCase> result = Search.session(em).search(SupportCase.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status(), org.hibernate.search.engine.search.common.ValueModel.INDEX));
                    }
                    if (filter.area() != null) {
                        root.add(f.match().field("area").matching(filter.area()));
                    }
                    if (filter.verdict() != null) {
                        root.add(f.match().field("verdict").matching(filter.verdict()));
                    }
                    if (filter.severity() != null) {
                        root.add(f.match().field("severity").matching(filter.severity(), org.hibernate.search.engine.search.common.ValueModel.INDEX));
                    }
                    if (filter.q() != null && !filter.q().isBlank()) {
                        root.add(TriageAnalyzers.withJapanese(f.match(), filter.q(), "title", "title_ja", "description", "description_ja",
                                "evidence.content", "evidence.content_ja").matching(filter.q()));
                    }
                })
                .sort(f -> f.field("createdAt").desc().then().field("reference").desc())
                .fetch(page * size, size);
        return new Page(result.hits(), result.total().hitCount());
    }
}
