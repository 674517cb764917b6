package org.triagedesk.kernel;

import java.util.List;

/**
 * A known issue that matches a case, with its score after the version and signature adjustments and
 * the reasons it matched. {@code upstream} marks a record of an upstream bug.
 */
public record IssueMatch(String key, String title, CoverageArea area, String status, double score, String workaround,
        String upstreamUrl, List<String> links, String affectedVersions, String fixedIn, String timeline, String language,
        boolean signatureHit, List<MatchReason> reasons) {

    public IssueMatch {
        links = List.copyOf(links);
        reasons = List.copyOf(reasons);
    }

    public boolean upstream() {
        return area == CoverageArea.UPSTREAM_BUG;
    }

    /** Whether the cluster already has the fix: its Kubernetes version, or the version of a component the issue names. */
    public boolean fixedForCluster() {
        return reasons.stream().anyMatch(r -> r.code().equals("fixedAtOrBelow") || r.code().equals("componentFixed"));
    }
}
