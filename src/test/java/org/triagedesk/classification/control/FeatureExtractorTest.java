package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.triagedesk.classification.control.FeatureExtractor.Family;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.TriageAnalyzers;

/** The features of a case: each family, read with the index's chains. */
class FeatureExtractorTest {

    static final List<FeatureExtractor.KnownSignatures> ISSUES = List.of(
            new FeatureExtractor.KnownSignatures("KI-0124", CoverageArea.CONTROL_PLANE, List.of("x509: certificate has expired or is not yet valid")),
            new FeatureExtractor.KnownSignatures("KI-0300", CoverageArea.NETWORKING, List.of("no route to host on port 6443")));

    private final FeatureExtractor all = new FeatureExtractor(FeatureExtractor.Settings.DEFAULT, ISSUES);

    private static CaseText text(String title, String description, String... evidence) {
        return new CaseText(title, description, Arrays.stream(evidence).map(e -> new Evidence("log.txt", e)).toList());
    }

    private static FeatureExtractor only(String chain, Family... families) {
        return new FeatureExtractor(new FeatureExtractor.Settings(Set.of(families), chain, 2, 4, 3_000, false), ISSUES);
    }

    @Test
    void englishWordsAreStemmedByTheIndexChainWithItsSynonymsAndKeepTheirWrittenForm() {
        CaseFeatures f = all.features(text("Certificates expired", "The kubelet keeps restarting"));
        assertTrue(f.counts().containsKey("w:expir"), f.counts().keySet().toString());
        assertTrue(f.counts().containsKey("w:restart"));
        assertTrue(f.counts().containsKey("w:x509"), "the synonyms of 'certificates' are in the index chain");
        assertEquals("expired", f.written().get("w:expir"));
        assertFalse(f.counts().containsKey("w:the"), "stop words are dropped");
        CaseFeatures plain = only(TriageAnalyzers.ENGLISH_PLAIN, Family.WORDS).features(text("Certificates expired", ""));
        assertFalse(plain.counts().containsKey("w:x509"), "the plain chain has no synonyms");
    }

    @Test
    void japaneseIsSegmentedByKuromojiOnlyWhenTheTextHasJapanese() {
        CaseFeatures ja = all.features(text("証明書の期限が切れました", "クラスターに接続できません"));
        // search mode splits compounds: 証明書 -> 証明 + 書
        assertTrue(ja.counts().containsKey("w:証明"), ja.counts().keySet().toString());
        assertTrue(ja.counts().containsKey("w:接続"));
        assertTrue(ja.counts().containsKey("w:connect"), "a Japanese term meets its English synonym");
        assertEquals("接続", ja.written().get("w:connect"));
        assertFalse(ja.counts().containsKey("w:の"), "particles are dropped");
        CaseText english = text("soakmark3f2a node NotReady", "kubelet stopped");
        assertEquals(new FeatureExtractor(FeatureExtractor.Settings.DEFAULT.without(Family.JAPANESE), ISSUES).features(english), all.features(english),
                "an English text never goes through Kuromoji");
    }

    @Test
    void bigramsJoinConsecutiveWords() {
        CaseFeatures f = only(TriageAnalyzers.ENGLISH_PLAIN, Family.BIGRAMS).features(text("kubelet crashed repeatedly", ""));
        assertEquals(Set.of("b:kubelet crash", "b:crash repeatedli"), f.counts().keySet());
        assertEquals("kubelet crashed", f.written().get("b:kubelet crash"));
    }

    @Test
    void characterNgramsSurviveATypo() {
        FeatureExtractor chars = only(TriageAnalyzers.ENGLISH, Family.CHARS);
        Set<String> right = chars.features(text("certificate", "")).counts().keySet();
        Set<String> typo = chars.features(text("certifcate", "")).counts().keySet();
        assertTrue(right.contains("c:cer") && right.contains("c:ate "), right.toString());
        long shared = right.stream().filter(typo::contains).count();
        assertTrue(shared >= right.size() * 0.6, shared + " of " + right.size());
        assertTrue(chars.features(text("ノードが落ちる", "")).counts().containsKey("c:ノード"), "unsegmented Japanese too");
    }

    @Test
    void cmdletsAndCliCommandsAreWholeTokens() {
        CaseFeatures f = only(TriageAnalyzers.ENGLISH, Family.COMMANDS).features(text("Update-AksHci fails",
                "ran az aksarc create -n x, then kubectl logs pod-1 and New-AksHciCluster -name c1"));
        assertEquals(Set.of("cmd:update-akshci", "cmd:new-akshcicluster", "cmd:az aksarc", "cmd:az aksarc create", "cmd:kubectl logs"),
                f.counts().keySet());
        assertEquals("Update-AksHci", f.written().get("cmd:update-akshci"));
    }

    @Test
    void aKnownIssueWhoseSignatureIsInTheEvidenceIsAFeatureWithItsArea() {
        FeatureExtractor signatures = only(TriageAnalyzers.ENGLISH, Family.SIGNATURES);
        CaseFeatures hit = signatures.features(text("cannot reach the cluster", "",
                "E1203 kubelet.go:42] X509:   Certificate has expired or is not yet valid: current time 2026-12-01"));
        assertEquals(Set.of("sig:KI-0124", "sigarea:CONTROL_PLANE"), hit.counts().keySet());
        CaseFeatures numbers = signatures.features(text("", "dial tcp: no route to host on port 16443"));
        assertEquals(Set.of("sig:KI-0300", "sigarea:NETWORKING"), numbers.counts().keySet(), "numbers compare as numbers, as in the ranking");
        assertEquals(Set.of(), signatures.features(text("certificate expired", "")).counts().keySet());
    }

    @Test
    void aFamilySwitchedOffGivesNoFeatures() {
        CaseText t = text("Update-AksHci fails", "x509: certificate has expired or is not yet valid");
        FeatureExtractor none = new FeatureExtractor(new FeatureExtractor.Settings(EnumSet.noneOf(Family.class), TriageAnalyzers.ENGLISH, 2, 4, 3_000, false), ISSUES);
        assertTrue(none.features(t).counts().isEmpty());
        assertTrue(all.features(t).counts().keySet().stream().map(CaseFeatures::family).toList()
                .containsAll(List.of("w", "b", "c", "cmd", "sig", "sigarea")));
    }

    @Test
    void aRetrainOnTheSameSignaturesSharesTheIndexInUseAndAChangedOneBuildsItsOwn() {
        CaseText pasted = text("API down", "", "E1204 x509: certificate has expired or is not yet valid: current time 2026-01-01");
        FeatureExtractor same = new FeatureExtractor(FeatureExtractor.Settings.DEFAULT, List.copyOf(ISSUES), all);
        assertTrue(same.sharesSignaturesWith(all));
        assertEquals(all.features(pasted), same.features(pasted));
        assertEquals(1, same.features(pasted).counts().get("sig:KI-0124"));

        List<FeatureExtractor.KnownSignatures> revised = List.of(ISSUES.get(0),
                new FeatureExtractor.KnownSignatures("KI-0300", CoverageArea.NETWORKING, List.of("no route to host on port 6443", "dial tcp i/o timeout")));
        FeatureExtractor changed = new FeatureExtractor(FeatureExtractor.Settings.DEFAULT, revised, all);
        assertFalse(changed.sharesSignaturesWith(all), "a changed signature is a new index");
        CaseText timeout = text("nodes unreachable", "", "dial tcp i/o timeout while contacting the node");
        assertEquals(1, changed.features(timeout).counts().get("sig:KI-0300"));
        assertNull(all.features(timeout).counts().get("sig:KI-0300"), "the extractor in use keeps its own signatures");
        assertFalse(new FeatureExtractor(FeatureExtractor.Settings.DEFAULT, List.of(ISSUES.get(1), ISSUES.get(0)), all).sharesSignaturesWith(all),
                "another order gives other owner numbers: not shared");
    }
}
