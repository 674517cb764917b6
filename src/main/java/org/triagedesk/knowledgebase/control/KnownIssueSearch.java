package org.triagedesk.knowledgebase.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.SignatureShingles;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueHit;
import org.triagedesk.knowledgebase.entity.KnownIssueHits;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.platform.TriageSettings;

/**
 * The maintainers' and engineers' search of the known-issue list: words in the title and text (the Japanese fields
 * only for Japanese words), a log signature, or the key; filtered by area and status, best first (or by key when
 * nothing is searched for).
 */
public class KnownIssueSearch {

    static final float SIGNATURE_BOOST = 3f;
    static final float TITLE_BOOST = 2f;
    static final String SIGNATURES = "signatures";
    private static final int COUNT_UP_TO = TriageSettings.exactCountUpTo();

    public KnownIssueHits search(EntityManager em, String q, CoverageArea area, KnownIssueStatus status, int page, int size) {
        String text = q == null ? "" : q.strip();
        SearchResult<List<?>> result = Search.session(em).search(KnownIssue.class)
                .select(f -> f.composite(f.entity(), f.score()))
                .where((f, root) -> {
                    root.add(text.isEmpty() ? f.matchAll() : f.bool()
                            .should(TriageAnalyzers.textFields(f.match(), text).matching(text))
                            .should(TriageAnalyzers.withJapanese(f.match(), text, "title", "title_ja").matching(text).boost(TITLE_BOOST))
                            .should(signatures(f, text))
                            .should(f.id().matching(text)));
                    if (area != null) {
                        root.add(f.match().field(TriageAnalyzers.AREA).matching(area));
                    }
                    if (status != null) {
                        root.add(f.match().field("status").matching(status));
                    }
                })
                .sort(f -> text.isEmpty() ? f.field("key_sort") : f.score())
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(page * size, size);
        return new KnownIssueHits(result.hits().stream().map(KnownIssueSearch::hit).toList(), result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    /** Each word n-gram of the text as its own BM25-scored term of the signatures field (see {@link SignatureShingles}). */
    private static PredicateFinalStep signatures(SearchPredicateFactory f, String text) {
        var shingles = SignatureShingles.of(text);
        if (shingles.isEmpty()) {
            return f.matchNone();
        }
        var any = f.bool();
        shingles.forEach(shingle -> any.should(f.match().field(SIGNATURES).matching(shingle).skipAnalysis()));
        return any.boost(SIGNATURE_BOOST);
    }

    private static KnownIssueHit hit(List<?> hit) {
        return new KnownIssueHit((KnownIssue) hit.get(0), ((Number) hit.get(1)).doubleValue());
    }
}
