package org.triagedesk.kernel;

import java.util.List;
import java.util.Map;

/**
 * The coverage area the classifier gives a case, how sure it is (a probability calibrated on the
 * evaluation set), the score of every area, and what decided it. {@code needsReview} says the
 * confidence is too low to act on without an engineer; {@code otherArea} is the area an upstream bug
 * would otherwise be in. {@code area} is {@code null} only when nothing similar was found at all.
 */
public record Classification(CoverageArea area, double confidence, Map<CoverageArea, Double> areaScores, boolean needsReview,
        CoverageArea otherArea, Explanation explanation, List<IssueMatch> knownIssues) {

    public Classification {
        areaScores = Map.copyOf(areaScores);
        knownIssues = List.copyOf(knownIssues);
    }

    public Classification withTerms(List<String> terms) {
        return new Classification(area, confidence, areaScores, needsReview, otherArea,
                new Explanation(terms, explanation.knownIssues(), explanation.cases(), explanation.rules()), knownIssues);
    }

    /**
     * What decided the area: the terms the case shares with its closest neighbours in that area, the
     * known issues and past cases that voted for it, and the explicit rules that applied.
     */
    public record Explanation(List<String> terms, List<String> knownIssues, List<String> cases, List<MatchReason> rules) {

        public Explanation {
            terms = List.copyOf(terms);
            knownIssues = List.copyOf(knownIssues);
            cases = List.copyOf(cases);
            rules = List.copyOf(rules);
        }
    }
}
