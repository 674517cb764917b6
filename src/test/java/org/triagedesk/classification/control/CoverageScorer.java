package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triagedesk.classification.entity.Neighbour;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.MatchReason;

/**
 * Decides the coverage area by k-nearest-neighbour voting over BM25 hits: each of the closest known
 * issues and labelled cases votes for its area with its weight times the square of its score relative
 * to the best hit; a known issue whose log signature is in the evidence votes double. The votes become
 * probabilities by a power calibrated on the evaluation set. Then the explicit rules of
 * spec/coverage-areas.md apply: HOW_TO only without a malfunction, and UPSTREAM_BUG when the case
 * matches a known upstream bug (saying which area it would otherwise be in).
 */
public class CoverageScorer {

    /** Tuned on the 185 cases now in kb/training/doc-cases.json, in the kNN era; kept as the harness baseline. */
    public record Settings(int neighbours, double sharpness, double reviewBelow, double upstreamDamp, double howToPrior) {
        public static final Settings CALIBRATED = new Settings(12, 2.5, 0.5, 0.35, 0.6);
    }

    private final Settings settings;

    public CoverageScorer(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param question the case asks how to do something (and names no AKS Arc feature): HOW_TO gets a prior vote
     *        unless a malfunction is reported
     */
    public Classification decide(List<Neighbour> found, List<IssueMatch> matches, boolean malfunction, boolean question,
            List<String> terms) {
        return decide(found, matches, malfunction, question, false, terms);
    }

    /** @param aboutProduct the case names AKS Arc's own features: questions about them are in scope, never HOW_TO */
    public Classification decide(List<Neighbour> found, List<IssueMatch> matches, boolean malfunction, boolean question,
            boolean aboutProduct, List<String> terms) {
        List<Neighbour> nearest = found.stream().sorted(Comparator.comparingDouble(Neighbour::score).reversed())
                .limit(settings.neighbours()).toList();
        Map<CoverageArea, Double> votes = new EnumMap<>(CoverageArea.class);
        for (CoverageArea area : CoverageArea.values()) {
            votes.put(area, 0.0);
        }
        double top = nearest.isEmpty() ? 0 : nearest.get(0).score();
        Set<String> signatureHits = new LinkedHashSet<>();
        matches.stream().filter(IssueMatch::signatureHit).forEach(m -> signatureHits.add(m.key()));
        // The evidence shows an upstream bug as the root cause when its error string is there and the
        // cluster does not already run the version that fixed it. A version inside a wide affected
        // range alone shows nothing.
        Set<String> rootCauseShown = new LinkedHashSet<>();
        matches.stream().filter(m -> m.signatureHit() && !m.fixedForCluster())
                .forEach(m -> rootCauseShown.add(m.key()));
        Set<String> fixedAlready = new LinkedHashSet<>();
        matches.stream().filter(IssueMatch::fixedForCluster)
                .forEach(m -> fixedAlready.add(m.key()));
        for (Neighbour n : nearest) {
            double relative = n.score() / top;
            double vote = n.weight() * relative * relative * (signatureHits.contains(n.id()) ? 2 : 1);
            // An upstream bug is a root cause, not a symptom: looking alike is weak evidence of it unless
            // its error string is in the evidence or the cluster runs an affected version.
            if (n.area() == CoverageArea.UPSTREAM_BUG && n.kind() == Neighbour.Kind.KNOWN_ISSUE && !rootCauseShown.contains(n.id())) {
                // An upstream bug the cluster's version already fixes cannot be the cause at all.
                vote *= fixedAlready.contains(n.id()) ? 0 : settings.upstreamDamp();
            }
            votes.merge(n.area(), vote, Double::sum);
        }
        if (question && !malfunction && !nearest.isEmpty()) {
            double strongest = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            votes.merge(CoverageArea.HOW_TO, settings.howToPrior() * strongest, Double::sum);
        }
        Map<CoverageArea, Double> probabilities = probabilities(votes);
        List<MatchReason> rules = new ArrayList<>();
        Optional<CoverageArea> best = ranked(probabilities).stream().filter(a -> probabilities.get(a) > 0).findFirst();
        if (best.isEmpty()) {
            return new Classification(null, 0, probabilities, true, null,
                    new Classification.Explanation(terms, List.of(), List.of(), List.of(MatchReason.of("nothingSimilar"))), matches);
        }
        CoverageArea area = best.get();
        if (area == CoverageArea.HOW_TO && (malfunction || aboutProduct)) {
            Optional<CoverageArea> next = ranked(probabilities).stream()
                    .filter(a -> a != CoverageArea.HOW_TO && probabilities.get(a) > 0).findFirst();
            if (next.isPresent()) {
                rules.add(MatchReason.of(malfunction ? "howToNeedsNoMalfunction" : "productQuestionInScope", next.get()));
                area = next.get();
            }
        }
        double confidence = probabilities.get(area);
        CoverageArea otherArea = null;
        IssueMatch first = matches.isEmpty() ? null : matches.get(0);
        boolean upstreamLeads = ranked(probabilities).get(0) == CoverageArea.UPSTREAM_BUG;
        if (first != null && first.upstream() && !fixedAlready.contains(first.key())
                && (rootCauseShown.contains(first.key()) || upstreamLeads)) {
            final CoverageArea symptoms = area;
            otherArea = area != CoverageArea.UPSTREAM_BUG ? symptoms : ranked(probabilities).stream()
                    .filter(a -> a != CoverageArea.UPSTREAM_BUG && a != CoverageArea.HOW_TO && probabilities.get(a) > 0)
                    .findFirst().orElse(null);
            double upstream = probabilities.get(CoverageArea.UPSTREAM_BUG);
            confidence = first.signatureHit() ? Math.max(0.85, upstream) : Math.min(0.95, upstream + 0.5 * probabilities.get(symptoms));
            rules.add(MatchReason.of("upstreamTie", first.key(), otherArea == null ? "-" : otherArea));
            area = CoverageArea.UPSTREAM_BUG;
        }
        final CoverageArea decided = area;
        List<String> issues = nearest.stream().filter(n -> n.area() == decided && n.kind() == Neighbour.Kind.KNOWN_ISSUE)
                .map(Neighbour::id).distinct().limit(5).toList();
        List<String> cases = nearest.stream().filter(n -> n.area() == decided && n.kind() != Neighbour.Kind.KNOWN_ISSUE)
                .map(Neighbour::id).distinct().limit(5).toList();
        boolean review = confidence < settings.reviewBelow();
        if (review) {
            rules.add(MatchReason.of("lowConfidence", String.format(Locale.ROOT, "%.2f", confidence),
                    String.format(Locale.ROOT, "%.2f", settings.reviewBelow())));
        }
        return new Classification(decided, round(confidence), probabilities, review, otherArea,
                new Classification.Explanation(terms, issues, cases, rules), matches);
    }

    private Map<CoverageArea, Double> probabilities(Map<CoverageArea, Double> votes) {
        double sum = votes.values().stream().mapToDouble(v -> Math.pow(v, settings.sharpness())).sum();
        Map<CoverageArea, Double> probabilities = new EnumMap<>(CoverageArea.class);
        votes.forEach((area, vote) -> probabilities.put(area, sum == 0 ? 0.0 : round(Math.pow(vote, settings.sharpness()) / sum)));
        return probabilities;
    }

    private static List<CoverageArea> ranked(Map<CoverageArea, Double> probabilities) {
        return probabilities.keySet().stream().sorted(Comparator.comparingDouble((CoverageArea a) -> probabilities.get(a)).reversed()
                .thenComparing(Enum::ordinal)).toList();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
