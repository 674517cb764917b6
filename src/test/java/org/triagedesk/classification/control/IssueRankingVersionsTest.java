package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.kernel.MatchReason;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.KnownVersion;
import org.triagedesk.platform.Language;

/**
 * Ranking by versions beyond Kubernetes: the component versions read from evidence against the
 * issues' version notes. Every candidate starts with the same text score, so the order is the versions'.
 */
class IssueRankingVersionsTest {

    private final IssueRanking ranking = new IssueRanking();
    private final CaseText text = new CaseText("pods stuck in ContainerCreating", "after the node restarted", List.of());

    @Test
    void aComponentInsideTheRangeRanksUpOneFixedRanksDownOneOutsideLess() {
        List<KnownIssueMatcher.Candidate> candidates = List.of(
                candidate("KI-NEUTRAL", "AKS Arc releases of early 2022", null),
                candidate("KI-AFFECTED", "containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4", null),
                candidate("KI-FIXED", "containerd 1.6.x", "containerd 1.6.20"),
                candidate("KI-OUTSIDE", "containerd 1.7.0 to 1.7.3", null),
                candidate("KI-UNKNOWN", "Linux kernels before 5.7", null));
        ClusterVersions cluster = ClusterVersions.of(Optional.empty(),
                List.of(new KnownVersion(Component.CONTAINERD.version("1.6.21").orElseThrow(), "nodes.txt", 3)));
        List<IssueMatch> ranked = ranking.rank(candidates, text, cluster, 5);
        assertEquals(List.of("KI-AFFECTED", "KI-NEUTRAL", "KI-UNKNOWN", "KI-OUTSIDE", "KI-FIXED"), ranked.stream().map(IssueMatch::key).toList());
        assertEquals(List.of(new MatchReason("componentAffected", List.of("containerd", "1.6.21", "1.6.x before 1.6.24", "nodes.txt", "3"))),
                reasons(ranked, "KI-AFFECTED"));
        assertEquals("componentFixed", reasons(ranked, "KI-FIXED").get(0).code());
        assertTrue(match(ranked, "KI-FIXED").fixedForCluster());
        assertEquals("componentOutside", reasons(ranked, "KI-OUTSIDE").get(0).code());
        assertEquals(List.of("similarText"), reasons(ranked, "KI-UNKNOWN").stream().map(MatchReason::code).toList(),
                "no kernel version is known: neutral");
        assertEquals(List.of("similarText"), reasons(ranked, "KI-NEUTRAL").stream().map(MatchReason::code).toList(),
                "a note it cannot read: neutral");
    }

    @Test
    void kubernetesKeepsItsReasons() {
        List<KnownIssueMatcher.Candidate> candidates = List.of(candidate("KI-RANGE", ">=1.26.0 <1.28.5", "1.28.5"),
                candidate("KI-TEXT", "Kubernetes 1.27.0 to 1.27.3", null), candidate("KI-LINES", null, "1.29.10 / 1.30.6 / 1.31.2"));
        List<IssueMatch> at1273 = ranking.rank(candidates, text, KubernetesRelease.parse("1.27.3"), 5);
        assertEquals(List.of(new MatchReason("affectedVersion", List.of("1.27.3", ">=1.26.0 <1.28.5"))), reasons(at1273, "KI-RANGE"));
        assertEquals(List.of(new MatchReason("affectedVersion", List.of("1.27.3", "1.27.0 to 1.27.3"))), reasons(at1273, "KI-TEXT"));
        List<IssueMatch> at1290 = ranking.rank(candidates, text, KubernetesRelease.parse("1.29.0"), 5);
        assertEquals(List.of(new MatchReason("fixedAtOrBelow", List.of("1.28.5", "1.29.0"))), reasons(at1290, "KI-RANGE"));
        assertEquals(List.of(new MatchReason("outsideAffected", List.of("1.29.0", "1.27.0 to 1.27.3"))), reasons(at1290, "KI-TEXT"));
        assertEquals(List.of("similarText"), reasons(at1290, "KI-LINES").stream().map(MatchReason::code).toList(),
                "below the fix of its line, with no affected range: neutral");
        List<IssueMatch> at1307 = ranking.rank(candidates, text, KubernetesRelease.parse("1.30.7"), 5);
        assertEquals(List.of(new MatchReason("fixedAtOrBelow", List.of("1.30.6", "1.30.7"))), reasons(at1307, "KI-LINES"),
                "the fix of the cluster's own line");
    }

    @Test
    void oneFixedComponentOutweighsAnAffectedOne() {
        List<KnownIssueMatcher.Candidate> candidates = List.of(candidate("KI-BOTH", "Kubernetes 1.28 with containerd 1.7.x", "containerd 1.7.4"),
                candidate("KI-OTHER", null, null));
        ClusterVersions cluster = ClusterVersions.of(KubernetesRelease.parse("1.28.3"),
                List.of(new KnownVersion(Component.CONTAINERD.version("1.7.5").orElseThrow(), "crictl.txt", 7)));
        List<IssueMatch> ranked = ranking.rank(candidates, text, cluster, 5);
        assertEquals(List.of("affectedVersion", "componentFixed"), reasons(ranked, "KI-BOTH").stream().map(MatchReason::code).toList());
        assertEquals("KI-OTHER", ranked.get(0).key());
        assertEquals(round(10 * IssueRanking.FIXED_FACTOR), match(ranked, "KI-BOTH").score(), 1e-9);
    }

    @Test
    void theNewReasonsReadInBothLanguages() {
        MatchReason reason = new MatchReason("componentAffected", List.of("kernel", "5.4.0-1052", "before 5.7", "uname.txt", "2"));
        assertEquals("Linux kernel 5.4.0-1052 (read from uname.txt, line 2) is in the affected range before 5.7",
                new FindingTexts(Language.EN).reason(reason.code(), reason.arguments()));
        assertEquals("Linux カーネル 5.4.0-1052 (uname.txt の 2 行目) は影響範囲 before 5.7 に含まれます",
                new FindingTexts(Language.JA).reason(reason.code(), reason.arguments()));
        for (Language language : Language.values()) {
            FindingTexts texts = new FindingTexts(language);
            for (Component c : Component.values()) {
                assertFalse(texts.component(c.code()).isBlank());
                for (String code : List.of("componentAffected", "componentFixed", "componentOutside")) {
                    String worded = texts.reason(code, List.of(c.code(), "1", "2", "e.txt", "3"));
                    assertTrue(worded.startsWith(texts.component(c.code())), worded);
                    assertFalse(worded.matches("(?s).*\\{\\d}.*"), worded);
                }
            }
        }
    }

    @Test
    void everyComponentHasANameInBothMessageFiles() throws IOException {
        for (String file : List.of("/i18n/messages.properties", "/i18n/messages_ja.properties")) {
            Properties texts = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream(file), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (Component c : Component.values()) {
                assertTrue(texts.containsKey("component." + c.code()), c + " in " + file);
            }
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static KnownIssueMatcher.Candidate candidate(String key, String affected, String fixedIn) {
        return new KnownIssueMatcher.Candidate(key, new KnownIssueContent("Issue " + key, CoverageArea.AGENT_NODE, "en", KnownIssueStatus.OPEN, "s", null, "w", null, List.of(),
                affected, fixedIn, null, List.of(), List.of(), null), 10.0);
    }

    private static IssueMatch match(List<IssueMatch> ranked, String key) {
        return ranked.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " not ranked"));
    }

    private static List<MatchReason> reasons(List<IssueMatch> ranked, String key) {
        return match(ranked, key).reasons();
    }
}
