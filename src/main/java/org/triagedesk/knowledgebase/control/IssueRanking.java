package org.triagedesk.knowledgebase.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.triagedesk.cases.entity.Evidence;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.IssueMatch;
import org.triagedesk.classification.entity.MatchReason;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KubernetesRelease;
import org.triagedesk.knowledgebase.entity.VersionRange;

/**
 * Orders the known issues found for a case, best first. A log signature found in the evidence
 * ranks an issue up; so does a cluster version inside the issue's affected range. An issue fixed in
 * a version at or below the cluster's is ranked down (the cluster should already have the fix),
 * and one whose affected range leaves the cluster out a little less so. Each adjustment is a reason.
 */
public class IssueRanking {

    /** An error string of the issue found verbatim in the evidence is the strongest sign there is. */
    static final double SIGNATURE_FACTOR = 3.0;
    static final double AFFECTED_FACTOR = 1.3;
    static final double FIXED_FACTOR = 0.4;
    static final double OUTSIDE_FACTOR = 0.7;
    /** A candidate scoring under this share of the best one is noise, not a match. */
    static final double RELATIVE_FLOOR = 0.3;

    public List<IssueMatch> rank(List<KnownIssueMatcher.Candidate> candidates, CaseText text, Optional<KubernetesRelease> cluster,
            int max) {
        String folded = signatureText(text);
        List<IssueMatch> matches = new ArrayList<>();
        for (KnownIssueMatcher.Candidate candidate : candidates) {
            KnownIssueContent c = candidate.issue().content();
            List<MatchReason> reasons = new ArrayList<>();
            double score = candidate.score();
            boolean signatureHit = false;
            for (String signature : c.signatures()) {
                if (signatureIn(folded, signature)) {
                    signatureHit = true;
                    reasons.add(where(signature, text));
                }
            }
            if (signatureHit) {
                score *= SIGNATURE_FACTOR;
            }
            if (cluster.isPresent()) {
                score *= versionFactor(c, cluster.get(), reasons);
            }
            if (reasons.isEmpty()) {
                reasons.add(MatchReason.of("similarText"));
            }
            matches.add(new IssueMatch(candidate.issue().key(), c.title(), c.area(), c.status().name(), round(score), c.workaround(),
                    c.upstreamUrl(), c.links(), c.affectedVersions(), c.fixedIn(), c.timeline(), c.language(), signatureHit, reasons));
        }
        matches.sort(Comparator.comparingDouble(IssueMatch::score).reversed());
        double best = matches.isEmpty() ? 0 : matches.get(0).score();
        return matches.stream().filter(m -> m.score() >= best * RELATIVE_FLOOR).limit(max).toList();
    }

    private static double versionFactor(KnownIssueContent c, KubernetesRelease cluster, List<MatchReason> reasons) {
        Optional<KubernetesRelease> fixed = KubernetesRelease.parse(c.fixedIn());
        if (fixed.isPresent() && fixed.get().compareTo(cluster) <= 0) {
            reasons.add(MatchReason.of("fixedAtOrBelow", c.fixedIn(), cluster));
            return FIXED_FACTOR;
        }
        if (c.affectedVersions() != null) {
            VersionRange range = VersionRange.parse(c.affectedVersions());
            if (range.contains(cluster)) {
                reasons.add(MatchReason.of("affectedVersion", cluster, c.affectedVersions()));
                return AFFECTED_FACTOR;
            }
            reasons.add(MatchReason.of("outsideAffected", cluster, c.affectedVersions()));
            return OUTSIDE_FACTOR;
        }
        return 1.0;
    }

    /** Where in the evidence a signature was seen: the evidence's name and line, or the case text. */
    private static MatchReason where(String signature, CaseText text) {
        String wanted = normalise(CaseText.fold(signature)).strip();
        for (Evidence e : text.evidence()) {
            List<String> lines = e.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (normalise(CaseText.fold(lines.get(i))).contains(wanted)) {
                    return MatchReason.of("signature", signature, e.name(), i + 1);
                }
            }
        }
        return MatchReason.of("signatureInText", signature);
    }

    /** The whole case as {@link #signatureIn} reads it: folded, numbers and quotes neutralised. */
    public static String signatureText(CaseText text) {
        return normalise(text.foldedAll());
    }

    /**
     * The near-exact check of a log signature: the signature, folded and normalised like the case, is in
     * it verbatim (at least 8 characters, so that a short word is never a signature hit).
     *
     * @param signatureText the case as {@link #signatureText} gives it
     */
    public static boolean signatureIn(String signatureText, String signature) {
        return signatureForm(signature).map(signatureText::contains).orElse(false);
    }

    /**
     * A signature as {@link #signatureIn} looks for it in a {@link #signatureText}, worked out once:
     * empty when it is too short (under 8 characters) to count.
     */
    public static Optional<String> signatureForm(String signature) {
        String wanted = normalise(CaseText.fold(signature)).strip();
        return wanted.length() >= 8 ? Optional.of(wanted) : Optional.empty();
    }

    /** Numbers vary between occurrences of the same error (ports, counts, addresses): compare without them. */
    static String normalise(String folded) {
        return folded.replaceAll("\\d+", "#").replace('"', ' ').replace('\'', ' ').replaceAll(" +", " ");
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
