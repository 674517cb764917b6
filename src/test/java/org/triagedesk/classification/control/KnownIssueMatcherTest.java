package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.control.KnownIssueSearch;
import org.triagedesk.knowledgebase.control.SearchTestBed;

/** Search and ranking over the kb-fixtures: analyzers, synonyms, signatures, versions. Exact order asserted. */
class KnownIssueMatcherTest {

    static SearchTestBed bed;
    final KnownIssueMatcher cut = new KnownIssueMatcher();
    final KnownIssueSearch search = new KnownIssueSearch();
    final IssueRanking ranking = new IssueRanking();

    @BeforeAll
    static void load() {
        bed = SearchTestBed.withKb(Path.of("src/test/resources/kb-fixtures"));
        assertEquals(List.of(), bed.snapshot().problems());
    }

    @AfterAll
    static void close() {
        bed.close();
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() {
        // "expiring certificate" shares only stems with FX-003's "certificates expired".
        assertEquals("FX-003", keys("expiring certificate").get(0));
    }

    @Test
    void synonymsOfTheFieldFindTheirIssue() {
        // "kube-apiserver" is a synonym of "apiserver", which FX-001's tags hold.
        assertEquals("FX-001", keys("kube-apiserver rejects writes").get(0));
    }

    @Test
    void japaneseQueryFindsJapaneseIssue() {
        // Kuromoji reads the base form of 停止している as 停止, as FX-011 writes it.
        assertEquals("FX-011", keys("kubelet が停止している ノード").get(0));
    }

    @Test
    void japaneseQueryFindsEnglishIssueThroughSynonyms() {
        // 証明書 maps to "certificate", 期限切れ to "expired".
        assertEquals("FX-003", keys("証明書の期限切れ").get(0));
    }

    @Test
    void luceneSyntaxInTheQueryIsPlainText() {
        assertDoesNotThrow(() -> keys("title:( * \\ \" AND OR"));
    }

    @Test
    void filtersByArea() {
        assertEquals(List.of("FX-005"), bed.read(em -> search.search(em, "", CoverageArea.NETWORKING, null, 0, 10)).hits().stream()
                .map(c -> c.issue().key()).toList());
    }

    @Test
    void aPastedLogLineFindsItsIssueFirst() {
        CaseText text = new CaseText("cluster broken", "", List.of(new Evidence("etcd.log",
                "2026-11-20 10:01:02 W | etcdserver: failed to apply request\n"
                        + "2026-11-20 10:01:02 E | mvcc: database space exceeded\n")));
        List<IssueMatch> matches = rank(text, Optional.empty());
        assertEquals("FX-001", matches.get(0).key());
        assertTrue(matches.get(0).signatureHit());
        assertEquals("signature", matches.get(0).reasons().get(0).code());
        assertEquals(List.of("mvcc: database space exceeded", "etcd.log", "2"), matches.get(0).reasons().get(0).arguments());
    }

    @Test
    void versionsRankAnIssueUpOrDown() {
        CaseText text = new CaseText("DNS lookups time out after CoreDNS restarts", "read udp: i/o timeout", List.of());
        // 1.27.3 sits in FX-008's affected range: ranked up, with the reason.
        IssueMatch affected = rank(text, KubernetesRelease.parse("1.27.3")).get(0);
        assertEquals("FX-008", affected.key());
        assertTrue(affected.reasons().stream().anyMatch(r -> r.code().equals("affectedVersion")));
        // 1.29.1 already has the fix of 1.28.0: FX-008 is ranked down and says why.
        List<IssueMatch> fixed = rank(text, KubernetesRelease.parse("1.29.1"));
        IssueMatch again = fixed.stream().filter(m -> m.key().equals("FX-008")).findFirst().orElseThrow();
        assertTrue(again.score() < affected.score());
        assertTrue(again.reasons().stream().anyMatch(r -> r.code().equals("fixedAtOrBelow")));
    }

    private List<IssueMatch> rank(CaseText text, Optional<KubernetesRelease> version) {
        return bed.read(em -> ranking.rank(cut.candidates(em, text, 30), text, version, 5));
    }

    private List<String> keys(String q) {
        return bed.read(em -> search.search(em, q, null, null, 0, 10)).hits().stream().map(c -> c.issue().key()).toList();
    }
}
