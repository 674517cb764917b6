package org.triagedesk.classification.control;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.IssueMatch;
import org.triagedesk.classification.entity.Neighbour;
import org.triagedesk.knowledgebase.control.IssueRanking;
import org.triagedesk.knowledgebase.control.KnownIssueMatcher;
import org.triagedesk.knowledgebase.control.TriageAnalyzers;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.KubernetesRelease;
import org.triagedesk.platform.Language;
import org.triagedesk.platform.StageTimer;

/**
 * One classification of a case over the current indexes: the known issues that match it (ranked),
 * its nearest known issues and labelled cases, and the area they vote for.
 */
public class CaseClassification {

    static final int CANDIDATES = 30;
    static final int MATCHES = 5;

    private final KnownIssueMatcher matcher = new KnownIssueMatcher();
    private final IssueRanking ranking = new IssueRanking();
    private final NeighbourSearch neighbourSearch = new NeighbourSearch();
    private final CoverageScorer scorer;

    public CaseClassification(CoverageScorer.Settings settings) {
        this.scorer = new CoverageScorer(settings);
    }

    public Classification classify(EntityManager em, CaseText text, Optional<KubernetesRelease> version) {
        return classify(em, text, ClusterVersions.kubernetes(version));
    }

    /** With every version known of the cluster: its Kubernetes version and the component versions its evidence shows. */
    public Classification classify(EntityManager em, CaseText text, ClusterVersions version) {
        if (text.isBlank()) {
            return scorer.decide(List.of(), List.of(), false, false, List.of());
        }
        List<KnownIssueMatcher.Candidate> candidates = StageTimer.time("known-issues", () -> matcher.candidates(em, text, CANDIDATES));
        List<IssueMatch> matches = StageTimer.time("ranking", () -> ranking.rank(candidates, text, version, MATCHES));
        List<Neighbour> neighbours = StageTimer.time("neighbours", () -> neighbourSearch.similar(em, text, CANDIDATES));
        Classification decided = StageTimer.time("scoring", () -> scorer.decide(neighbours, matches, MalfunctionSignals.reported(text),
                MalfunctionSignals.generalQuestion(text), MalfunctionSignals.aboutProduct(text), List.of()));
        if (decided.area() == null) {
            return decided;
        }
        List<String> voters = neighbours.stream().filter(n -> n.area() == decided.area() || n.area() == decided.otherArea())
                .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(3).map(Neighbour::text).toList();
        // the plain English analyzer: synonym expansion would only add words nobody wrote
        String analyzer = Language.ofText(text.prose()) == Language.JA ? TriageAnalyzers.JAPANESE_SEARCH : TriageAnalyzers.ENGLISH_PLAIN;
        return StageTimer.time("explanation", () -> decided.withTerms(new TermOverlap(analyzer(em, analyzer)).shared(text.searchText(), voters)));
    }

    private static Analyzer analyzer(EntityManager em, String name) {
        return Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class).analyzer(name).orElseThrow();
    }
}
