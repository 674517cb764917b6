package org.triagedesk.classification.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.triagedesk.classification.control.HarnessMetrics.Decision;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;

/**
 * The explicit rules of spec/coverage-areas.md as {@link CoverageScorer} applies them, put on top of
 * the model's probabilities so the harness can measure whether they help: {@code demote} (HOW_TO only
 * without a malfunction and not about AKS Arc's own features: else the next area), {@code prior} (a
 * general question without a malfunction gives HOW_TO 0.6 x the strongest probability more), {@code tie}
 * (the best known-issue match is an upstream bug whose signature is in the evidence and that the
 * cluster's version does not already fix: UPSTREAM_BUG, at least 0.85).
 */
final class ModelRules {

    static final double HOW_TO_PRIOR = 0.6;

    private ModelRules() {
    }

    static Decision apply(AreaPrediction prediction, CaseText text, List<IssueMatch> matches, String rules) {
        Map<CoverageArea, Double> p = new EnumMap<>(prediction.probabilities());
        boolean malfunction = MalfunctionSignals.reported(text);
        if (rules.contains("prior") && MalfunctionSignals.generalQuestion(text) && !malfunction) {
            double strongest = p.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            p.merge(CoverageArea.HOW_TO, HOW_TO_PRIOR * strongest, Double::sum);
            double sum = p.values().stream().mapToDouble(Double::doubleValue).sum();
            p.replaceAll((area, v) -> v / sum);
        }
        CoverageArea best = best(p, null);
        if (rules.contains("demote") && best == CoverageArea.HOW_TO && (malfunction || MalfunctionSignals.aboutProduct(text))) {
            best = best(p, CoverageArea.HOW_TO);
        }
        double confidence = p.get(best);
        if (rules.contains("tie") && !matches.isEmpty()) {
            IssueMatch first = matches.get(0);
            boolean fixed = first.reasons().stream().anyMatch(r -> r.code().equals("fixedAtOrBelow"));
            if (first.upstream() && first.signatureHit() && !fixed) {
                confidence = Math.max(0.85, p.get(CoverageArea.UPSTREAM_BUG));
                best = CoverageArea.UPSTREAM_BUG;
            }
        }
        return new Decision(best, confidence);
    }

    private static CoverageArea best(Map<CoverageArea, Double> p, CoverageArea except) {
        CoverageArea best = null;
        for (CoverageArea area : CoverageArea.values()) {
            if (area != except && (best == null || p.get(area) > p.get(best))) {
                best = area;
            }
        }
        return best;
    }
}
