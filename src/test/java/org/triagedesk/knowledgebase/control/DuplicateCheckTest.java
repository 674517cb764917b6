package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;

class DuplicateCheckTest {

    private static DuplicateCheck.Entry issue(String key, String title, String symptoms, String... signatures) {
        return new DuplicateCheck.Entry(key, new KnownIssueContent(title, CoverageArea.CONTROL_PLANE, "en", KnownIssueStatus.OPEN, symptoms,
                null, "fix", null, List.of(), null, null, null, List.of(), List.of(signatures), null));
    }

    @Test
    void aSharedLogSignatureMakesALikelyDuplicateWhateverTheWording() {
        var mine = issue("MAINT-1", "Writes refused on the management cluster", "apiserver returns errors",
                "etcdserver: mvcc: database space exceeded");
        var theirs = issue("KI-0124", "etcd database space exceeded", "writes fail", "mvcc: database space exceeded");
        List<LikelyDuplicate> found = DuplicateCheck.of(mine, List.of(theirs));
        assertEquals(1, found.size());
        assertEquals("KI-0124", found.get(0).key());
        assertEquals("signature", found.get(0).why());
        assertEquals("mvcc: database space exceeded", found.get(0).shared());
    }

    @Test
    void nearlyTheSameTitleAndSymptomsMakeALikelyDuplicateButARelatedIssueDoesNot() {
        var mine = issue("MAINT-2", "Cluster unreachable with x509 certificate has expired after VMs were powered off",
                "kubectl fails with x509: certificate has expired after the VMs were off for days");
        var same = issue("KI-0103", "Cluster unreachable with \"x509 certificate has expired\" after its VMs were off for more than four days",
                "After the cluster VMs were off, kubectl fails with x509 certificate has expired");
        var related = issue("KI-0113", "Management kubeconfig expired: Unauthorized", "Get-AksHciCluster says Unauthorized");
        List<LikelyDuplicate> found = DuplicateCheck.of(mine, List.of(related, same));
        assertEquals(List.of("KI-0103"), found.stream().map(LikelyDuplicate::key).toList());
        assertEquals("text", found.get(0).why());
        assertTrue(found.get(0).similarity() >= DuplicateCheck.SIMILAR_TEXT);
    }

    @Test
    void aShortOrGenericSignatureIsNoEvidence() {
        var mine = issue("A", "one thing", "x", "timeout");
        var theirs = issue("B", "another thing entirely", "y", "timeout");
        assertEquals(List.of(), DuplicateCheck.of(mine, List.of(theirs)));
    }

    @Test
    void japaneseTitlesAreComparedByTheirCharacters() {
        var mine = issue("JA-1", "60日間アップグレードしないと KVA の証明書が失効し Update-AksHci が失敗する", "証明書が失効");
        var theirs = issue("KI-0111", "60日間アップグレードしないと KVA（kvactl）の証明書が失効し Update-AksHci が \"Certificate has expired\" で失敗する",
                "証明書が失効して失敗");
        assertEquals(List.of("KI-0111"), DuplicateCheck.of(mine, List.of(theirs)).stream().map(LikelyDuplicate::key).toList());
    }

    @Test
    void pairsFindsEachDuplicatePairOnceAndNothingElse() {
        var a = issue("KI-1", "etcd database space exceeded", "writes fail", "mvcc: database space exceeded");
        var b = issue("KI-2", "apiserver refuses writes", "quota", "etcdserver: mvcc: database space exceeded");
        var c = issue("KI-3", "CoreDNS crash loop forwarding loop", "Loop detected", "plugin/loop: Loop (127.0.0.1:53");
        List<LikelyDuplicate.Pair> pairs = DuplicateCheck.pairs(List.of(a, b, c));
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals("KI-2", pairs.get(0).key());
        assertEquals("KI-1", pairs.get(0).duplicate().key());
    }

    @Test
    void theShippedKnowledgeBaseIsCheckedAndNoIssueIsItsOwnDuplicate() {
        var snapshot = new KbDirectoryReader().read(Path.of("kb"));
        long started = System.nanoTime();
        List<LikelyDuplicate.Pair> pairs = DuplicateCheck.pairs(snapshot.issues().stream()
                .map(e -> new DuplicateCheck.Entry(e.key(), e.content())).toList());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("likely duplicates in kb/ (" + snapshot.issues().size() + " issues, " + millis + " ms): " + pairs);
        assertTrue(pairs.stream().allMatch(p -> !p.key().equals(p.duplicate().key())));
    }
}
