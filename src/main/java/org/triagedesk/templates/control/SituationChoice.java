package org.triagedesk.templates.control;

import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.classification.entity.IssueMatch;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.Situation;

/**
 * What the answer has to say first. Support eligibility comes before everything: an unsupported or
 * out-of-scope case gets that answer. Then a matching upstream bug or known issue, the CNI limit,
 * best effort, the facts still missing, and otherwise the next steps of an in-scope case.
 */
public final class SituationChoice {

    private SituationChoice() {
    }

    public static Situation of(DraftInput input) {
        Verdict verdict = input.eligibility().verdict();
        Classification c = input.classification();
        CoverageArea area = c == null ? null : c.area();
        IssueMatch first = c == null || c.knownIssues().isEmpty() ? null : c.knownIssues().get(0);
        if (verdict == Verdict.UNSUPPORTED) {
            return Situation.UNSUPPORTED;
        }
        if (verdict == Verdict.OUT_OF_SCOPE) {
            return Situation.OUT_OF_SCOPE;
        }
        if (area == CoverageArea.UPSTREAM_BUG && first != null && first.upstream()) {
            return Situation.UPSTREAM_BUG;
        }
        if (first != null && (first.signatureHit() || first.area() == area)) {
            return Situation.KNOWN_ISSUE;
        }
        if (area == CoverageArea.CNI_BASIC_INSTALL) {
            return Situation.CNI_BASIC_INSTALL;
        }
        if (verdict == Verdict.BEST_EFFORT) {
            return Situation.BEST_EFFORT;
        }
        if (!input.eligibility().missingFacts().isEmpty()) {
            return Situation.INFORMATION_NEEDED;
        }
        return Situation.IN_SCOPE;
    }
}
