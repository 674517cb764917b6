package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;
import static org.triagedesk.classification.entity.CoverageArea.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.classification.entity.IssueMatch;
import org.triagedesk.classification.entity.MatchReason;
import org.triagedesk.classification.entity.Neighbour;

/** The voting and the explicit rules of spec/coverage-areas.md, on hand-made neighbours. */
class CoverageScorerTest {

    private final CoverageScorer cut = new CoverageScorer(CoverageScorer.Settings.CALIBRATED);

    @Test
    void closeNeighboursOutvoteManyDistantOnes() {
        Classification c = cut.decide(List.of(issue("A", NETWORKING, 10), issue("B", NETWORKING, 9),
                issue("C", LIFECYCLE, 3), issue("D", LIFECYCLE, 3), issue("E", LIFECYCLE, 3)), List.of(), true, false, List.of());
        assertEquals(NETWORKING, c.area());
        assertTrue(c.confidence() > 0.8, "confidence " + c.confidence());
        assertFalse(c.needsReview());
        assertEquals(List.of("A", "B"), c.explanation().knownIssues());
        assertEquals(9, c.areaScores().size());
    }

    @Test
    void aCorrectionWeighsMoreThanAKnownIssue() {
        Classification c = cut.decide(List.of(issue("A", NETWORKING, 10),
                new Neighbour("CASE-2026-000001", Neighbour.Kind.CORRECTION, AGENT_NODE, 9.5, 3.0, "")), List.of(), true, false, List.of());
        assertEquals(AGENT_NODE, c.area());
        assertEquals(List.of("CASE-2026-000001"), c.explanation().cases());
    }

    @Test
    void howToNeedsAQuestionWithoutAMalfunction() {
        List<Neighbour> found = List.of(issue("H", HOW_TO, 10), issue("N", NETWORKING, 8));
        assertEquals(HOW_TO, cut.decide(found, List.of(), false, false, List.of()).area());
        Classification broken = cut.decide(found, List.of(), true, false, List.of());
        assertEquals(NETWORKING, broken.area());
        assertEquals("howToNeedsNoMalfunction", broken.explanation().rules().get(0).code());
    }

    @Test
    void aMatchingUpstreamBugWinsAndNamesTheAreaItWouldOtherwiseBeIn() {
        List<Neighbour> found = List.of(issue("N1", NETWORKING, 10), issue("N2", NETWORKING, 9), issue("U", UPSTREAM_BUG, 8));
        Classification c = cut.decide(found, List.of(match("U", UPSTREAM_BUG, true)), true, false, List.of());
        assertEquals(UPSTREAM_BUG, c.area());
        assertEquals(NETWORKING, c.otherArea());
        assertTrue(c.confidence() >= 0.85);
        assertEquals(new MatchReason("upstreamTie", List.of("U", "NETWORKING")), c.explanation().rules().get(0));
    }

    @Test
    void anUpstreamIssueThatOnlyLooksAlikeDoesNotDecide() {
        // No signature in the evidence and almost no votes: the tie rule needs a real match.
        List<Neighbour> found = List.of(issue("N1", NETWORKING, 10), issue("N2", NETWORKING, 9.5), issue("U", UPSTREAM_BUG, 2));
        Classification c = cut.decide(found, List.of(match("U", UPSTREAM_BUG, false)), true, false, List.of());
        assertEquals(NETWORKING, c.area());
        assertNull(c.otherArea());
    }

    @Test
    void aGeneralQuestionLeansToHowToButNotWhenSomethingIsBroken() {
        List<Neighbour> found = List.of(issue("N", NETWORKING, 10), issue("H", HOW_TO, 8));
        assertEquals(HOW_TO, cut.decide(found, List.of(), false, true, List.of()).area());
        assertEquals(NETWORKING, cut.decide(found, List.of(), true, true, List.of()).area());
    }

    @Test
    void aSplitVoteAsksForReview() {
        Classification c = cut.decide(List.of(issue("A", NETWORKING, 10), issue("B", CONTROL_PLANE, 10), issue("C", AGENT_NODE, 10)),
                List.of(), true, false, List.of());
        assertTrue(c.needsReview());
        assertEquals("lowConfidence", c.explanation().rules().get(0).code());
    }

    @Test
    void nothingSimilarMeansNoAreaRatherThanAGuess() {
        Classification c = cut.decide(List.of(), List.of(), false, false, List.of());
        assertNull(c.area());
        assertEquals(0, c.confidence());
        assertTrue(c.needsReview());
    }

    private static Neighbour issue(String id, CoverageArea area, double score) {
        return new Neighbour(id, Neighbour.Kind.KNOWN_ISSUE, area, score, 1.0, "");
    }

    private static IssueMatch match(String key, CoverageArea area, boolean signature) {
        return new IssueMatch(key, "t", area, "OPEN", 10, "w", "https://github.com/x/y/issues/1", List.of(), null, null, "soon", "en",
                signature, List.of());
    }
}
