package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.kernel.MatchReason;
import org.triagedesk.knowledgebase.control.VersionMatching;
import org.triagedesk.knowledgebase.control.VersionNotes;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownVersion;

/**
 * Orders the known issues found for a case, best first. A log signature found in the evidence
 * ranks an issue up; so does a cluster version inside the issue's affected range. An issue fixed in
 * a version at or below the cluster's is ranked down (the cluster should already have the fix),
 * and one whose affected range leaves the cluster out a little less so. Each adjustment is a reason.
 * This holds for every component whose version is known (Kubernetes, and containerd, the kernel,
 * Calico, an Azure Local release … read from the evidence), as far as the issue's version notes name
 * it ({@link VersionNotes}); a note that names no version, or a component with no known version,
 * changes nothing. One fixed component ranks the issue down, else one outside its range, else one
 * inside: each factor applies once, however many components agree.
 * <p>
 * Just over 150 lines: each ranking factor is a few lines with the reason it gives; they are applied in one order,
 * read here together.
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
        return rank(candidates, text, ClusterVersions.kubernetes(cluster), max);
    }

    public List<IssueMatch> rank(List<KnownIssueMatcher.Candidate> candidates, CaseText text, ClusterVersions cluster, int max) {
        String folded = signatureText(text);
        List<IssueMatch> matches = new ArrayList<>();
        for (KnownIssueMatcher.Candidate candidate : candidates) {
            KnownIssueContent c = candidate.content();
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
            if (!cluster.isEmpty()) {
                score *= versionFactor(c, cluster, reasons);
            }
            if (reasons.isEmpty()) {
                reasons.add(MatchReason.of("similarText"));
            }
            matches.add(new IssueMatch(candidate.key(), c.title(), c.area(), c.status().name(), round(score), c.workaround(),
                    c.upstreamUrl(), c.links(), c.affectedVersions(), c.fixedIn(), c.timeline(), c.language(), signatureHit, reasons));
        }
        matches.sort(Comparator.comparingDouble(IssueMatch::score).reversed());
        double best = matches.isEmpty() ? 0 : matches.get(0).score();
        return matches.stream().filter(m -> m.score() >= best * RELATIVE_FLOOR).limit(max).toList();
    }

    static double versionFactor(KnownIssueContent c, ClusterVersions cluster, List<MatchReason> reasons) {
        boolean fixed = false;
        boolean outside = false;
        boolean affected = false;
        for (VersionMatching.Judgement j : VersionMatching.judge(VersionNotes.parse(c.affectedVersions()),
                VersionNotes.parseFixed(c.fixedIn()), cluster)) {
            boolean kubernetes = j.component() == Component.KUBERNETES;
            KnownVersion v = j.version();
            switch (j.status()) {
                case FIXED -> {
                    fixed = true;
                    reasons.add(kubernetes ? MatchReason.of("fixedAtOrBelow", j.fix().text(), v.version())
                            : component("componentFixed", j, j.fix().version()));
                }
                case AFFECTED -> {
                    affected = true;
                    reasons.add(kubernetes ? MatchReason.of("affectedVersion", v.version(), j.range())
                            : component("componentAffected", j, j.range()));
                }
                case OUTSIDE -> {
                    outside = true;
                    reasons.add(kubernetes ? MatchReason.of("outsideAffected", v.version(), j.range())
                            : component("componentOutside", j, j.range()));
                }
                case UNKNOWN -> {
                    // text it cannot hold against the cluster ranks neutral
                }
            }
        }
        return fixed ? FIXED_FACTOR : outside ? OUTSIDE_FACTOR : affected ? AFFECTED_FACTOR : 1.0;
    }

    /** A component's reason: its code (worded per language), the cluster's version, the range or fix, and where the version was read. */
    private static MatchReason component(String code, VersionMatching.Judgement j, Object rangeOrFix) {
        KnownVersion v = j.version();
        return MatchReason.of(code, j.component().code(), v.version(), rangeOrFix, v.fromEvidence() ? v.evidence() : "-", v.line());
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
