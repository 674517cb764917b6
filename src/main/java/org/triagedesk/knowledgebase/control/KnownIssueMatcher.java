package org.triagedesk.knowledgebase.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/**
 * The one place that builds search queries over known issues: the maintainers' search, and the
 * candidates for a case (prose against the analysed text, evidence against the log signatures).
 */
public class KnownIssueMatcher {

    /** A known issue with its BM25 score for the query it was found by. */
    public record Candidate(KnownIssue issue, double score) {
    }

    /** One page of a search, best first, with the total number of hits. */
    public record Page(List<Candidate> hits, long total) {
    }

    static final float SIGNATURE_BOOST = 3f;
    static final String SIGNATURES = "signatures";
    static final float TITLE_BOOST = 2f;
    static final int LOG_LINES = 400;
    /** How many of the case's words the prose search uses: its most distinctive (see {@link DistinctiveTerms}). */
    static final int TERMS = Integer.getInteger("triage.issue.terms", 48);

    static {
        // Pasted evidence makes long queries; Lucene's default of 1,024 clauses is too few for them.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
    }

    public Page search(EntityManager em, String q, CoverageArea area, KnownIssueStatus status, int page, int size) {
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
                .fetch(page * size, size);
        return new Page(result.hits().stream().map(KnownIssueMatcher::candidate).toList(), result.total().hitCount());
    }

    /** Active known issues that resemble the case, best first. */
    public List<Candidate> candidates(EntityManager em, CaseText text, int max) {
        String prose = text.searchText();
        String logs = String.join("\n", text.logLines(LOG_LINES)) + "\n" + text.prose();
        if (prose.isBlank()) {
            return List.of();
        }
        Query distinctive = DistinctiveTerms.forText(em, List.of(KnownIssue.class), prose, TERMS);
        return Search.session(em).search(KnownIssue.class)
                .select(f -> f.composite(f.entity(), f.score()))
                .where(f -> f.bool()
                        .must(f.bool()
                                .should(f.extension(LuceneExtension.get()).fromLuceneQuery(distinctive))
                                .should(f.extension(LuceneExtension.get()).fromLuceneQuery(signatureQuery(logs))))
                        .mustNot(f.match().field("status").matching(KnownIssueStatus.RETIRED)))
                // only the best `max` are read: an exact count of every match would stop Lucene from skipping
                // documents that can no longer make the top (block-max WAND)
                .totalHitCountThreshold(max)
                .fetchHits(max).stream().map(KnownIssueMatcher::candidate).toList();
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

    /**
     * The same as {@link #signatures} as a Lucene query built directly: pasted logs make up to
     * {@value SignatureShingles#MAX} shingles, and one predicate each through the search DSL cost
     * more than the search itself.
     */
    static Query signatureQuery(String text) {
        var any = new BooleanQuery.Builder();
        SignatureShingles.of(text).forEach(shingle -> any.add(new TermQuery(new Term(SIGNATURES, shingle)), BooleanClause.Occur.SHOULD));
        return new BoostQuery(any.build(), SIGNATURE_BOOST);
    }

    private static Candidate candidate(List<?> hit) {
        return new Candidate((KnownIssue) hit.get(0), ((Number) hit.get(1)).doubleValue());
    }
}
