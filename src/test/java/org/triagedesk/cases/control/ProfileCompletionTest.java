package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;
import static org.triagedesk.cases.control.EvidenceReaderTest.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.CompletedProfile;
import org.triagedesk.cases.entity.FactProvenance;
import org.triagedesk.eligibility.control.FeatureGateCatalog;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.KnownVersion;

class ProfileCompletionTest {

    private final ProfileCompletion cut = new ProfileCompletion(FeatureGateCatalog.upstream());
    private final EvidenceReader reader = new EvidenceReader();

    @Test
    void fillsEmptyFactsFromEvidence() {
        CompletedProfile completed = complete(ClusterProfile.UNKNOWN, evidence("kubectl-version.txt"),
                evidence("kubectl-get-pods-calico.txt"), evidence("get-azurestackhci.txt"));
        assertEquals("v1.28.9", completed.profile().kubernetesVersion());
        assertEquals(ContainerNetworking.CALICO, completed.profile().cni());
        assertEquals(LocalDate.parse("2026-10-02"), completed.profile().lastAzureConnection());
        assertEquals(Map.of("kubernetesVersion", "v1.28.9", "cni", "CALICO", "lastAzureConnection", "2026-10-02"),
                completed.extractedFacts());
        assertTrue(completed.provenance().stream().allMatch(FactProvenance::used));
    }

    @Test
    void aValueTheCaseGivesWinsOverEvidence() {
        ClusterProfile given = ClusterProfile.UNKNOWN.withKubernetesVersion("1.30.1");
        CompletedProfile completed = complete(given, evidence("kubectl-version.txt"));
        assertEquals("1.30.1", completed.profile().kubernetesVersion());
        assertEquals(Map.of(), completed.extractedFacts());
        FactProvenance seen = completed.provenance().get(0);
        assertFalse(seen.used());
        assertEquals("the case gives its own value, which wins", seen.note());
    }

    @Test
    void onlyTheBestSourceOfAFactIsUsed() {
        CompletedProfile completed = complete(ClusterProfile.UNKNOWN, evidence("get-akshcicluster.txt"), evidence("kubectl-version.txt"));
        assertEquals("v1.28.9", completed.profile().kubernetesVersion());
        assertEquals(List.of(true, false), completed.provenance().stream().map(FactProvenance::used).toList());
    }

    @Test
    void addsOnlyGatesThatAreAlphaAtTheClustersVersion() {
        // 1.28: InPlacePodVerticalScaling and SidecarContainers were both alpha then.
        CompletedProfile at128 = complete(ClusterProfile.UNKNOWN.withKubernetesVersion("1.28.5"), evidence("kube-apiserver.yaml"));
        assertEquals(List.of("InPlacePodVerticalScaling", "SidecarContainers"), at128.profile().alphaFeatureGates());
        assertEquals(List.of("InPlacePodVerticalScaling", "SidecarContainers"), at128.extractedFacts().get("alphaFeatureGates"));
        // 1.30: SidecarContainers had moved to beta, so only one alpha gate is left.
        CompletedProfile at130 = complete(ClusterProfile.UNKNOWN.withKubernetesVersion("1.30.5"), evidence("kube-apiserver.yaml"));
        assertEquals(List.of("InPlacePodVerticalScaling"), at130.profile().alphaFeatureGates());
        assertEquals("stage at 1.30: beta", at130.provenance().get(1).note());
    }

    @Test
    void keepsTheGatesTheCaseListsAndAddsThoseFromEvidence() {
        ClusterProfile given = ClusterProfile.UNKNOWN.withKubernetesVersion("1.28.5").withAlphaFeatureGates(List.of("SidecarContainers"));
        CompletedProfile completed = complete(given, evidence("kube-apiserver.yaml"));
        assertEquals(List.of("SidecarContainers", "InPlacePodVerticalScaling"), completed.profile().alphaFeatureGates());
        assertEquals(List.of("InPlacePodVerticalScaling"), completed.extractedFacts().get("alphaFeatureGates"));
    }

    @Test
    void componentVersionsAreUsedAgainstKnownIssuesAndListed() {
        CompletedProfile completed = complete(ClusterProfile.UNKNOWN, evidence("kubectl-get-nodes-mixed.txt"), evidence("containerd-version.txt"));
        assertEquals("v1.27.3", completed.profile().kubernetesVersion());
        assertEquals(List.of("1.6.26", "1.7.1", "1.6.21"), completed.extractedFacts().get("containerdVersion"),
                "nodes that differ (an upgrade half done) each count");
        assertEquals("10.0.20348.2227", completed.extractedFacts().get("windowsBuild"));
        assertEquals("1.1.7", completed.extractedFacts().get("runcVersion"));
        assertTrue(completed.provenance().stream().filter(p -> p.fact().fact().equals("kernelVersion")).allMatch(FactProvenance::used));

        ClusterVersions known = KnownVersions.of(completed);
        assertEquals("1.27.3", known.kubernetes().orElseThrow().toString());
        assertEquals(List.of("1.6.26", "1.7.1", "1.6.21"), known.of(Component.CONTAINERD).stream().map(v -> v.version().text()).toList());
        KnownVersion kernel = known.of(Component.KERNEL).get(0);
        assertEquals("kubectl-get-nodes-mixed.txt", kernel.evidence());
        assertEquals(2, kernel.line());
        assertEquals(List.of(20348, 2227), known.of(Component.WINDOWS_SERVER).get(0).version().parts());
    }

    private CompletedProfile complete(ClusterProfile given, Evidence... evidence) {
        return cut.complete(given, reader.read(List.of(evidence)));
    }
}
