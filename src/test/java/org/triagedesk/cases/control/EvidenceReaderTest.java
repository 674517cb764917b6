package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.Evidence;
import org.triagedesk.cases.entity.ExtractedFact;

/** Facts read from realistic command outputs (src/test/resources/evidence), each with its line. */
class EvidenceReaderTest {

    private final EvidenceReader cut = new EvidenceReader();

    @Test
    void readsTheServerVersionOfKubectlVersionNotTheClient() {
        assertFact(only("kubectl-version.txt"), "kubernetesVersion", "v1.28.9", 4, "kubectl version");
    }

    @Test
    void readsTheOldStructFormOfKubectlVersion() {
        assertFact(only("kubectl-version-old.txt"), "kubernetesVersion", "v1.24.11", 4, "kubectl version");
    }

    @Test
    void readsTheServerBlockOfKubectlVersionJson() {
        assertFact(only("kubectl-version.json"), "kubernetesVersion", "v1.27.7", 12, "kubectl version -o json|yaml");
    }

    @Test
    void readsTheControlPlaneRowOfTheNodeList() {
        assertFact(only("kubectl-get-nodes-wide.txt"), "kubernetesVersion", "v1.28.5", 4, "kubectl get nodes");
    }

    @Test
    void readsKubernetesVersionOfGetAksHciCluster() {
        assertFact(only("get-akshcicluster.txt"), "kubernetesVersion", "v1.26.6", 5, "Get-AksHciCluster");
    }

    @Test
    void recognisesCalicoAndFlannelPods() {
        assertFact(only("kubectl-get-pods-calico.txt"), "cni", "CALICO", 2, "kubectl get pods -A");
        assertFact(only("kubectl-get-pods-flannel.txt"), "cni", "FLANNEL", 2, "kubectl get pods -A");
    }

    @Test
    void readsFeatureGatesSwitchedOnInArgumentsAndConfig() {
        List<ExtractedFact> flags = cut.read(List.of(evidence("kube-apiserver.yaml")));
        assertEquals(List.of("InPlacePodVerticalScaling", "SidecarContainers"), flags.stream().map(ExtractedFact::value).toList());
        assertEquals(12, flags.get(0).line());
        List<ExtractedFact> config = cut.read(List.of(evidence("kubelet-config.yaml")));
        assertEquals(List.of("MemoryQoS"), config.stream().map(ExtractedFact::value).toList());
        assertEquals(5, config.get(0).line());
    }

    @Test
    void readsLastConnectedOfGetAzureStackHci() {
        assertFact(only("get-azurestackhci.txt"), "lastAzureConnection", "2026-10-02", 9, "Get-AzureStackHCI");
    }

    @Test
    void ranksKubectlVersionAboveTheNodeListAboveAksHci() {
        List<ExtractedFact> facts = cut.read(List.of(evidence("get-akshcicluster.txt"), evidence("kubectl-get-nodes-wide.txt"),
                evidence("kubectl-version.txt")));
        assertEquals(List.of("v1.28.9", "v1.28.5", "v1.26.6"),
                facts.stream().filter(f -> f.fact().equals("kubernetesVersion")).map(ExtractedFact::value).toList());
    }

    @Test
    void findsNothingInProse() {
        assertEquals(List.of(), cut.read(List.of(new Evidence("note.txt",
                "The cluster was upgraded last week.\nServer Version: unknown\nNAME is not a header here"))));
    }

    private ExtractedFact only(String name) {
        List<ExtractedFact> facts = cut.read(List.of(evidence(name)));
        assertEquals(1, facts.size(), () -> "facts in " + name + ": " + facts);
        return facts.get(0);
    }

    private static void assertFact(ExtractedFact fact, String name, String value, int line, String source) {
        assertEquals(name, fact.fact());
        assertEquals(value, fact.value());
        assertEquals(line, fact.line(), "line");
        assertEquals(source, fact.source());
        assertFalse(fact.text().isBlank());
    }

    static Evidence evidence(String name) {
        try (InputStream in = EvidenceReaderTest.class.getResourceAsStream("/evidence/" + name)) {
            return new Evidence(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
