package org.triagedesk.classification.control;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.classification.entity.Neighbour;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.knowledgebase.control.SearchTestBed;

/**
 * The old classifier as the app runs it: kb/ in a {@link SearchTestBed}, the given labelled texts
 * indexed as saved cases (weight 1), BM25 neighbours voting through {@link CoverageScorer} with its
 * calibrated settings and rules; and the known-issue matches of the existing matcher and ranking.
 */
final class KnnBaseline implements AutoCloseable {

    /** What the old pipeline says about one text. */
    record Result(Classification classification, List<IssueMatch> matches) {
    }

    private final SearchTestBed bed;

    KnnBaseline(List<HarnessData.Item> labelled) {
        bed = SearchTestBed.withKb(Path.of("kb"));
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        bed.inTransaction(em -> labelled.forEach(item -> em.persist(new LabelledExample(LabelledExample.Kind.CASE, item.area(),
                item.text().searchText(), item.id(), "harness", 1.0, "harness", now))));
    }

    List<Result> classify(List<HarnessData.Item> items) {
        KnownIssueMatcher matcher = new KnownIssueMatcher();
        IssueRanking ranking = new IssueRanking();
        NeighbourSearch neighbours = new NeighbourSearch();
        CoverageScorer scorer = new CoverageScorer(CoverageScorer.Settings.CALIBRATED);
        List<Result> results = new ArrayList<>();
        for (HarnessData.Item item : items) {
            List<IssueMatch> matches = bed.read(em -> ranking.rank(matcher.candidates(em, item.text(), 30),
                    item.text(), item.version(), 5));
            List<Neighbour> found = bed.read(em -> neighbours.similar(em, item.text(), 30));
            Classification c = scorer.decide(found, matches, MalfunctionSignals.reported(item.text()),
                    MalfunctionSignals.generalQuestion(item.text()), MalfunctionSignals.aboutProduct(item.text()), List.of());
            results.add(new Result(c, matches));
        }
        return results;
    }

    @Override
    public void close() {
        bed.close();
    }
}
