package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.SignatureShingles;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.KnownIssueView;
import org.triagedesk.platform.StageTimer;
import org.triagedesk.platform.TriageSettings;

/**
 * The candidates for a case among the known issues: its prose against their analysed text, its evidence against
 * their log signatures, read from the index alone. (The maintainers' own search of the list is the knowledge base's KnownIssueSearch.)
 */
public class KnownIssueMatcher {

    /**
     * A known issue as the index holds it (its key and the content a match shows, read from the stored view: no
     * database row is loaded), with its BM25 score for the query it was found by.
     */
    public record Candidate(String key, KnownIssueContent content, double score) {
    }

    static final float SIGNATURE_BOOST = 3f;
    static final String SIGNATURES = "signatures";
    static final int LOG_LINES = 400;
    /** How many of the case's words the prose search uses: its most distinctive (see {@link DistinctiveTerms}). */
    static final int TERMS = Integer.getInteger("triage.issue.terms", 48);

    /** The signature shingles the known-issue index holds (shared by every matcher: it only grows with the index). */
    private static final IndexedTerms INDEXED_SHINGLES = new IndexedTerms(SIGNATURES);

    static {
        // Pasted evidence makes long queries; Lucene's default of 1,024 clauses is too few for them.
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
    }

    /** Active known issues that resemble the case, best first. */
    public List<Candidate> candidates(EntityManager em, CaseText text, int max) {
        return candidates(em, text, List.of(), List.of(), max);
    }

    /**
     * @param english the English words the glossary gives for the case's Japanese (searched in the English field)
     * @param japanese the Japanese words it gives for the case's English (searched in the Japanese field)
     */
    public List<Candidate> candidates(EntityManager em, CaseText text, List<String> english, List<String> japanese, int max) {
        String prose = text.searchText();
        String logs = String.join("\n", text.logLines(LOG_LINES)) + "\n" + text.prose();
        if (prose.isBlank()) {
            return List.of();
        }
        boolean onOpenSearch = TriageSettings.searchOnElasticsearch();
        Query distinctive = onOpenSearch ? null : DistinctiveTerms.forText(em, List.of(KnownIssue.class), prose, english, japanese, TERMS);
        SearchResult<List<?>> result = Search.session(em).search(KnownIssue.class)
                .select(f -> f.composite(f.id(String.class), f.field(KnownIssueView.FIELD, String.class), f.score()))
                .where(f -> f.bool()
                        .must(onOpenSearch
                                ? f.bool()
                                        .should(f.extension(ElasticsearchExtension.get())
                                                .fromJson(OpenSearchQueries.forText(prose, english, japanese, TERMS)))
                                        .should(f.extension(ElasticsearchExtension.get())
                                                .fromJson(OpenSearchQueries.signatures(SIGNATURES, SignatureShingles.of(logs), SIGNATURE_BOOST)))
                                : f.bool()
                                        .should(f.extension(LuceneExtension.get()).fromLuceneQuery(distinctive))
                                        .should(f.extension(LuceneExtension.get()).fromLuceneQuery(signatureQuery(em, logs))))
                        .mustNot(f.match().field("status").matching(KnownIssueStatus.RETIRED)))
                // only the best `max` are read: an exact count of every match would stop Lucene from skipping
                // documents that can no longer make the top (block-max WAND)
                .totalHitCountThreshold(max)
                .fetch(max);
        // what the index itself took (query, collection, stored views): the rest of this stage is ours
        StageTimer.record("known-issues-index", result.took().toNanos());
        return result.hits().stream().map(KnownIssueMatcher::candidate).toList();
    }

    /**
     * The signatures search of the maintainers' list (see knowledgebase KnownIssueSearch) as a Lucene query built directly: pasted logs make up to
     * {@value SignatureShingles#MAX} shingles, and one predicate each through the search DSL cost
     * more than the search itself.
     */
    static Query signatureQuery(String text) {
        return signatureQuery(SignatureShingles.of(text));
    }

    /** As {@link #signatureQuery(String)}, with only the shingles some known issue's signatures have. */
    static Query signatureQuery(EntityManager em, String text) {
        try (IndexReader reader = Search.session(em).scope(KnownIssue.class).extension(LuceneExtension.get()).openIndexReader()) {
            return signatureQuery(INDEXED_SHINGLES.present(reader, SignatureShingles.of(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query signatureQuery(Collection<String> shingles) {
        var any = new BooleanQuery.Builder();
        shingles.forEach(shingle -> any.add(new TermQuery(new Term(SIGNATURES, shingle)), BooleanClause.Occur.SHOULD));
        return new BoostQuery(any.build(), SIGNATURE_BOOST);
    }

    private static Candidate candidate(List<?> hit) {
        return new Candidate((String) hit.get(0), KnownIssueView.read((String) hit.get(1)), ((Number) hit.get(2)).doubleValue());
    }
}
