package org.triagedesk.web.selfcheck;

import java.util.List;
import java.util.Set;

import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;

/**
 * Which of the known issues the ranking returned the self-check shows in full, and which only as a folded list of
 * titles. An issue is shown when the ranking has a reason of substance for it: one of its log signatures is in
 * the case, the cluster's version (of Kubernetes or a component) is inside its affected range, or it belongs to
 * the area the case was classified in (or the area an upstream bug would otherwise be in). The rest matched on
 * similar words alone, in another area: a how-to on deploying an application beside a certificate problem.
 */
final class ShownIssues {

    private static final Set<String> VERSION_HITS = Set.of("affectedVersion", "componentAffected");

    private ShownIssues() {
    }

    static List<IssueMatch> relevant(Classification c) {
        return c.knownIssues().stream().filter(k -> relevant(k, c)).toList();
    }

    static List<IssueMatch> looser(Classification c) {
        return c.knownIssues().stream().filter(k -> !relevant(k, c)).toList();
    }

    static boolean relevant(IssueMatch k, Classification c) {
        if (k.signatureHit() || k.reasons().stream().anyMatch(r -> VERSION_HITS.contains(r.code()))) {
            return true;
        }
        CoverageArea area = k.area();
        return area != null && (area == c.area() || area == c.otherArea());
    }
}
