package org.triagedesk.web.selfcheck;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.MatchReason;

/** Issue 20: which known issues the self-check shows, and the first line of a workaround. */
class SelfCheckFoldingTest {

    private static IssueMatch issue(String key, CoverageArea area, boolean signature, MatchReason... reasons) {
        return new IssueMatch(key, key + " title", area, "OPEN", 1.0, "Do this", null, List.of(), null, null, null, "en", signature,
                List.of(reasons));
    }

    @Test
    void issuesOfTheCasesAreaOrWithASignatureOrVersionHitAreShownTheRestOnlyListed() {
        IssueMatch sameArea = issue("KI-1", CoverageArea.NETWORKING, false, MatchReason.of("similarText"));
        IssueMatch signature = issue("KI-2", CoverageArea.CONTROL_PLANE, true, MatchReason.of("signature", "x", "a.log", 3));
        IssueMatch version = issue("KI-3", CoverageArea.UPSTREAM_BUG, false, MatchReason.of("affectedVersion", "1.30.4", "1.30.0-1.30.5"));
        IssueMatch howTo = issue("KI-4", CoverageArea.HOW_TO, false, MatchReason.of("similarText"));
        IssueMatch other = issue("KI-5", CoverageArea.LIFECYCLE, false, MatchReason.of("similarText"));
        Classification c = new Classification(CoverageArea.NETWORKING, 0.8, Map.of(), false, null,
                new Classification.Explanation(List.of(), List.of(), List.of(), List.of()), List.of(sameArea, signature, version, howTo, other));
        assertEquals(List.of("KI-1", "KI-2", "KI-3"), ShownIssues.relevant(c).stream().map(IssueMatch::key).toList());
        assertEquals(List.of("KI-4", "KI-5"), ShownIssues.looser(c).stream().map(IssueMatch::key).toList());
    }

    @Test
    void theFirstLineOfAWorkaroundIsItsFirstLineOfText() {
        assertEquals("Restart the wssdagent service on each host.", SelfCheckWording.firstLine("\n## Restart the wssdagent service on each host.\nthen"));
        assertEquals("kubectl -n kube-system edit configmap coredns", SelfCheckWording.firstLine("```\nkubectl -n kube-system edit configmap coredns\n```"));
        assertEquals("Remove the loop plugin", SelfCheckWording.firstLine("1. Remove the **loop** plugin"));
        assertEquals("Run Update-AksHci", SelfCheckWording.firstLine("- Run `Update-AksHci`"));
        assertEquals("", SelfCheckWording.firstLine(null));
        assertEquals("", SelfCheckWording.firstLine("\n\n"));
        assertEquals("Check the node's /etc/resolv.conf and the DNS servers given to the cluster network; they must be reachable.",
                SelfCheckWording.firstLine("Check the node's /etc/resolv.conf and the DNS servers given to the cluster network;\nthey must be"
                        + " reachable. Then restart CoreDNS.\n\nMore"), "a paragraph's lines are one sentence");
        assertEquals("ノードを再起動します。", SelfCheckWording.firstLine("ノードを再起動します。その後、確認します。"));
        assertTrue(SelfCheckWording.firstLine("word ".repeat(100)).endsWith(" …"));
    }
}
