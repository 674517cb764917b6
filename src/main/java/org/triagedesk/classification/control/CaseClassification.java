package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.MatchReason;

/**
 * The coverage area of one case, from the trained model's calibrated probabilities: moved towards a recent
 * engineer's correction of a similar case (one the model has not been trained on yet), then the tie rule of
 * spec/coverage-areas.md (a case whose evidence shows the error string of a known upstream bug, not already fixed
 * in its version, is UPSTREAM_BUG, and says which area it would otherwise be in). The HOW_TO rule of the kNN era
 * is not applied: on the dev split it cost 6 of 138 cases (docs/evaluation.md).
 */
public final class CaseClassification {

    /** Below this confidence the area needs an engineer's review. */
    public static final double REVIEW_BELOW = 0.5;

    private CaseClassification() {
    }

    /**
     * @param matches the known issues matching the case, best first
     * @param cases similar past cases to show (staff only; empty for anonymous callers)
     */
    public static Classification decide(AreaModel model, CaseFeatures features, RecentCorrections corrections, List<IssueMatch> matches,
            List<String> cases) {
        AreaPrediction prediction = model.predict(features);
        Map<CoverageArea, Double> p = new EnumMap<>(prediction.probabilities());
        List<MatchReason> rules = new ArrayList<>();
        RecentCorrections.Applied applied = corrections.apply(model, features, p);
        if (applied != null) {
            rules.add(MatchReason.of("recentCorrection", applied.correction().area(), percent(applied.similarity())));
        }
        CoverageArea area = best(p, null);
        double confidence = p.get(area);
        CoverageArea otherArea = null;
        Optional<IssueMatch> upstream = matches.stream().limit(1)
                .filter(m -> m.upstream() && m.signatureHit() && m.reasons().stream().noneMatch(r -> r.code().equals("fixedAtOrBelow")))
                .findFirst();
        if (upstream.isPresent()) {
            otherArea = area == CoverageArea.UPSTREAM_BUG ? best(p, CoverageArea.UPSTREAM_BUG) : area;
            confidence = Math.max(0.85, p.get(CoverageArea.UPSTREAM_BUG));
            rules.add(MatchReason.of("upstreamTie", upstream.get().key(), otherArea));
            area = CoverageArea.UPSTREAM_BUG;
        }
        boolean review = confidence < REVIEW_BELOW;
        if (review) {
            rules.add(MatchReason.of("lowConfidence", String.format(Locale.ROOT, "%.2f", confidence),
                    String.format(Locale.ROOT, "%.2f", REVIEW_BELOW)));
        }
        Map<CoverageArea, Double> scores = new EnumMap<>(CoverageArea.class);
        p.forEach((a, v) -> scores.put(a, round(v)));
        List<String> issues = matches.stream().limit(3).map(IssueMatch::key).toList();
        return new Classification(area, round(confidence), scores, review, otherArea,
                new Classification.Explanation(prediction.terms(), issues, cases, rules), matches);
    }

    /** A case with no text at all: nothing to classify. */
    public static Classification nothing() {
        Map<CoverageArea, Double> zero = new EnumMap<>(CoverageArea.class);
        for (CoverageArea a : CoverageArea.values()) {
            zero.put(a, 0.0);
        }
        return new Classification(null, 0, zero, true, null,
                new Classification.Explanation(List.of(), List.of(), List.of(), List.of(MatchReason.of("nothingSimilar"))), List.of());
    }

    private static CoverageArea best(Map<CoverageArea, Double> p, CoverageArea except) {
        return p.keySet().stream().filter(a -> a != except)
                .max(Comparator.comparingDouble((CoverageArea a) -> p.get(a)).thenComparing(Comparator.comparingInt(CoverageArea::ordinal).reversed()))
                .orElseThrow();
    }

    private static String percent(double similarity) {
        return String.format(Locale.ROOT, "%.0f%%", similarity * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
