package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;

/** Facts read from realistic command outputs (src/test/resources/evidence), each with its line. */
class EvidenceReaderTest {

    private final EvidenceReader cut = new EvidenceReader();

    @Test
    void readsTheServerVersionOfKubectlVersionNotTheClient() {
        assertFact(only("kubectl-version.txt", "kubernetesVersion"), "kubernetesVersion", "v1.28.9", 4, "kubectl version");
    }

    @Test
    void readsTheOldStructFormOfKubectlVersion() {
        assertFact(only("kubectl-version-old.txt", "kubernetesVersion"), "kubernetesVersion", "v1.24.11", 4, "kubectl version");
    }

    @Test
    void readsTheServerBlockOfKubectlVersionJson() {
        assertFact(only("kubectl-version.json", "kubernetesVersion"), "kubernetesVersion", "v1.27.7", 12, "kubectl version -o json|yaml");
    }

    @Test
    void readsTheControlPlaneRowOfTheNodeList() {
        assertFact(only("kubectl-get-nodes-wide.txt", "kubernetesVersion"), "kubernetesVersion", "v1.28.5", 4, "kubectl get nodes");
    }

    @Test
    void readsKubernetesVersionOfGetAksHciCluster() {
        assertFact(only("get-akshcicluster.txt", "kubernetesVersion"), "kubernetesVersion", "v1.26.6", 5, "Get-AksHciCluster");
        assertEquals(1, cut.read(List.of(evidence("get-akshcicluster.txt"))).size(), "PackageVersion is no component's version");
        assertEquals(1, cut.read(List.of(evidence("kubectl-version.txt"))).size(), "the client and Kustomize versions are no facts");
    }

    @Test
    void recognisesCalicoAndFlannelPods() {
        assertFact(only("kubectl-get-pods-calico.txt", "cni"), "cni", "CALICO", 2, "kubectl get pods -A");
        assertFact(only("kubectl-get-pods-flannel.txt", "cni"), "cni", "FLANNEL", 2, "kubectl get pods -A");
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
        assertFact(only("get-azurestackhci.txt", "lastAzureConnection"), "lastAzureConnection", "2026-10-02", 9, "Get-AzureStackHCI");
    }

    @Test
    void ranksKubectlVersionAboveTheNodeListAboveAksHci() {
        List<ExtractedFact> facts = cut.read(List.of(evidence("get-akshcicluster.txt"), evidence("kubectl-get-nodes-wide.txt"),
                evidence("kubectl-version.txt")));
        assertEquals(List.of("v1.28.9", "v1.28.5", "v1.26.6"),
                facts.stream().filter(f -> f.fact().equals("kubernetesVersion")).map(ExtractedFact::value).toList());
    }

    @Test
    void readsComponentVersionsOfTheCommandsThemselves() {
        assertFact(only("containerd-version.txt", "containerdVersion"), "containerdVersion", "1.6.21", 2, "containerd --version");
        assertFact(only("containerd-version.txt", "runcVersion"), "runcVersion", "1.1.7", 4, "runc --version");
        assertFact(only("containerd-version.txt", "kernelVersion"), "kernelVersion", "5.15.131.1-2.cm2", 10, "uname -r");
    }

    @Test
    void readsKernelRuntimeAndWindowsBuildOfEveryNodeOfTheWideNodeList() {
        assertEquals(List.of("5.15.131.1-2.cm2", "5.15.0-1052-azure"), values("kubectl-get-nodes-mixed.txt", "kernelVersion"),
                "the OS image has spaces: the kernel is counted from the end of the row");
        assertEquals(List.of("1.6.26", "1.7.1", "1.6.21"), values("kubectl-get-nodes-mixed.txt", "containerdVersion"));
        assertFact(only("kubectl-get-nodes-mixed.txt", "windowsBuild"), "windowsBuild", "10.0.20348.2227", 4, "kubectl get nodes -o wide");
        assertFact(only("kubectl-get-nodes-mixed.txt", "kubernetesVersion"), "kubernetesVersion", "v1.27.3", 2, "kubectl get nodes");
        assertEquals(List.of("5.15.131.1-2.cm2"), values("kubectl-get-nodes-wide.txt", "kernelVersion"), "a version on every row is one fact");
    }

    @Test
    void readsCniCorednsAndEtcdImageTags() {
        assertFact(only("calico-images.txt", "calicoVersion"), "calicoVersion", "3.24.5", 2, "image tag");
        assertFact(only("calico-images.txt", "corednsVersion"), "corednsVersion", "1.9.3", 6, "image tag");
        assertFact(only("calico-images.txt", "flannelVersion"), "flannelVersion", "0.22.0", 9, "image tag");
        assertFact(only("calico-images.txt", "etcdVersion"), "etcdVersion", "3.5.9", 11, "image tag");
    }

    @Test
    void readsAksHciReleaseAndModule() {
        assertFact(only("get-akshciversion.txt", "aksHciVersion"), "aksHciVersion", "1.0.16.10307", 2, "Get-AksHciVersion");
        assertFact(only("get-akshciversion.txt", "aksHciModuleVersion"), "aksHciModuleVersion", "1.1.36", 10, "Get-Module AksHci");
    }

    @Test
    void readsTheAksarcExtensionNotACommandLine() {
        assertFact(only("az-extension-list.txt", "aksarcVersion"), "aksarcVersion", "1.2.23", 4, "az extension list");
        assertEquals(List.of(), values("az-extension-list.txt", "kubernetesVersion"));
        assertEquals(List.of("1.2.23"), cut.read(List.of(new Evidence("az-version.json",
                "{\n  \"azure-cli\": \"2.61.0\",\n  \"extensions\": {\n    \"aksarc\": \"1.2.23\",\n    \"connectedk8s\": \"1.6.2\"\n  }\n}")))
                .stream().filter(f -> f.fact().equals("aksarcVersion")).map(ExtractedFact::value).toList());
    }

    @Test
    void readsTheAzureLocalSolutionVersionAndTheHciDisplayVersion() {
        assertFact(only("get-solutionupdateenvironment.txt", "azureLocalVersion"), "azureLocalVersion", "10.2408.0.29", 4,
                "Azure Local solution version");
        assertFact(only("get-solutionupdateenvironment.txt", "azureStackHciVersion"), "azureStackHciVersion", "23H2", 10,
                "Azure Stack HCI version");
    }

    @Test
    void findsNothingInProse() {
        assertEquals(List.of(), cut.read(List.of(new Evidence("note.txt",
                "The cluster was upgraded last week.\nServer Version: unknown\nNAME is not a header here"))));
    }

    /** The one fact of a kind that the evidence shows. */
    private ExtractedFact only(String name, String fact) {
        List<ExtractedFact> facts = cut.read(List.of(evidence(name))).stream().filter(f -> f.fact().equals(fact)).toList();
        assertEquals(1, facts.size(), () -> fact + " in " + name + ": " + facts);
        return facts.get(0);
    }

    private List<String> values(String name, String fact) {
        return cut.read(List.of(evidence(name))).stream().filter(f -> f.fact().equals(fact)).map(ExtractedFact::value).toList();
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
            throw new UncheckedIOException(e);
        }
    }
}
