package org.triagedesk.templates.control;

import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.Situation;

/**
 * What the answer has to say first. Support eligibility comes before everything: an unsupported,
 * out-of-scope or best-effort case gets that answer. Then an upstream bug or a known issue whose error
 * string is in the evidence, the facts still missing, a known issue that matches by its description,
 * the CNI limit, and otherwise the next steps of an in-scope case.
 */
public final class SituationChoice {

    private SituationChoice() {
    }

    public static Situation of(DraftInput input) {
        Verdict verdict = input.eligibility().verdict();
        Classification c = input.classification();
        CoverageArea area = c == null || c.needsReview() ? null : c.area();
        IssueMatch first = c == null || c.knownIssues().isEmpty() ? null : c.knownIssues().get(0);
        if (verdict == Verdict.UNSUPPORTED) {
            return Situation.UNSUPPORTED;
        }
        if (verdict == Verdict.OUT_OF_SCOPE) {
            return Situation.OUT_OF_SCOPE;
        }
        if (verdict == Verdict.BEST_EFFORT) {
            return Situation.BEST_EFFORT;
        }
        boolean alreadyFixed = first != null && first.fixedForCluster();
        if (area == CoverageArea.UPSTREAM_BUG && first != null && first.upstream() && !alreadyFixed) {
            return Situation.UPSTREAM_BUG;
        }
        if (first != null && first.signatureHit() && !alreadyFixed) {
            return Situation.KNOWN_ISSUE;
        }
        if (!input.eligibility().missingFacts().isEmpty()) {
            return Situation.INFORMATION_NEEDED;
        }
        if (first != null && first.area() == area && c.explanation().knownIssues().contains(first.key())) {
            return Situation.KNOWN_ISSUE;
        }
        if (area == CoverageArea.CNI_BASIC_INSTALL) {
            return Situation.CNI_BASIC_INSTALL;
        }
        return Situation.IN_SCOPE;
    }
}
