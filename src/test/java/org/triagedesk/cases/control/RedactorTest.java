package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.control.AllowListFileParser;
import org.triagedesk.knowledgebase.entity.RedactionAllowList;

/** Each kind of customer identifier is masked; the facts the rules read stay. */
class RedactorTest {

    /** The allow-list the product ships in kb/. */
    private static final RedactionAllowList KB_ALLOW_LIST =
            new AllowListFileParser().read(Path.of("kb")).allowList();

    private final Redactor cut = new Redactor(KB_ALLOW_LIST);

    @Test
    void aCoreDnsLoopKeepsLoopbackAndTheProjectsDomainButMasksTheCustomers() {
        String log = """
                [INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5
                CoreDNS-1.11.1
                [FATAL] plugin/loop: Loop (127.0.0.1:48324 -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."
                /etc/resolv.conf: nameserver 127.0.0.53
                forward . 10.20.30.40 dns01.contoso.local
                node-local-dns listens on 169.254.20.10 and [::1]:53, fe80::1%eth0
                upstream 2603:1030:20c::5 and fd00:10:244::12 are the customer's""";
        Redactor.Redacted r = cut.redact(log);
        assertTrue(r.text().contains("Loop (127.0.0.1:48324 -> :53)"), r.text());
        assertTrue(r.text().contains("https://coredns.io/plugins/loop#troubleshooting"), r.text());
        assertTrue(r.text().contains("nameserver 127.0.0.53"), r.text());
        assertTrue(r.text().contains("169.254.20.10"), r.text());
        assertTrue(r.text().contains("[::1]:53"), r.text());
        assertTrue(r.text().contains("fe80::1%eth0"), r.text());
        assertTrue(r.text().contains("forward . [REDACTED-IP] [REDACTED-HOSTNAME]"), "the customer's DNS server and its name stay masked: " + r.text());
        assertTrue(r.text().contains("upstream [REDACTED-IP] and [REDACTED-IP] are"), "compressed IPv6 of the customer is masked: " + r.text());
        assertEquals(Map.of("ip", 3, "hostname", 1), r.masked());
    }

    @Test
    void documentationAddressesAndVendorDomainsStayCustomerOnesGo() {
        Redactor.Redacted r = cut.redact("curl https://192.0.2.10/ 198.51.100.7 203.0.113.254 2001:db8::42 via mcr.microsoft.com, "
                + "registry.k8s.io, kubernetes.io, github.com, docker.io, management.azure.com; but 192.0.3.1, contoso.azurecr.io, "
                + "evilmicrosoft.com and kubernetes.io.contoso.com");
        assertEquals("curl https://192.0.2.10/ 198.51.100.7 203.0.113.254 2001:db8::42 via mcr.microsoft.com, "
                + "registry.k8s.io, kubernetes.io, github.com, docker.io, management.azure.com; but [REDACTED-IP], [REDACTED-HOSTNAME], "
                + "[REDACTED-HOSTNAME] and [REDACTED-HOSTNAME]", r.text());
    }

    @Test
    void withoutAnAllowListTheReservedRangesAreStillKept() {
        Redactor plain = new Redactor();
        assertEquals("127.0.0.1 169.254.169.254 [REDACTED-IP] [REDACTED-HOSTNAME]", plain.redact("127.0.0.1 169.254.169.254 10.0.0.1 coredns.io").text());
    }

    @Test
    void aPowerShellStaticCallIsNotAnAddress() {
        assertEquals("[System.Collections.ArrayList]::Add($x); [Math]::Abs(-1)",
                cut.redact("[System.Collections.ArrayList]::Add($x); [Math]::Abs(-1)").text());
    }

    @Test
    void masksIpAddressesButKeepsVersionsPortsAndDates() {
        Redactor.Redacted r = cut.redact("2026-11-20T10:01:02Z dial udp 10.96.0.10:53: i/o timeout; node v1.28.5 kernel 5.15.131.1-2.cm2");
        assertEquals("2026-11-20T10:01:02Z dial udp [REDACTED-IP]:53: i/o timeout; node v1.28.5 kernel 5.15.131.1-2.cm2", r.text());
        assertEquals(Map.of("ip", 1), r.masked());
        assertEquals("[REDACTED-IP] is up", cut.redact("2603:1030:0:0:204:61ff:fe9d:f156 is up").text());
        assertEquals("fe80:0:0:0:204:61ff:fe9d:f156 is up", cut.redact("fe80:0:0:0:204:61ff:fe9d:f156 is up").text(), "link-local stays");
    }

    @Test
    void masksSubscriptionAndTenantGuids() {
        Redactor.Redacted r = cut.redact("Subscription: 3f2504e0-4f89-11d3-9a0c-0305e82c3301 Tenant: 72F988BF-86F1-41AF-91AB-2D7CD011DB47");
        assertEquals("Subscription: [REDACTED-GUID] Tenant: [REDACTED-GUID]", r.text());
        assertEquals(2, r.total());
    }

    @Test
    void masksTokensInTheirSeveralForms() {
        assertEquals("Authorization: Bearer [REDACTED-TOKEN]", cut.redact("Authorization: Bearer abcdefghijklmnop0123456789").text());
        assertEquals("token: [REDACTED-TOKEN]", cut.redact("token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl").text());
        assertEquals("sig=[REDACTED-TOKEN]&se=2026", cut.redact("sig=AbCdEf0123456789xyzQRS%3D&se=2026").text());
    }

    @Test
    void masksCertificatesAndPrivateKeys() {
        String kubeconfig = """
                client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
                -----BEGIN RSA PRIVATE KEY-----
                MIIEpAIBAAKCAQEA7
                -----END RSA PRIVATE KEY-----
                -----BEGIN CERTIFICATE-----
                MIIDdzCCAl+gAwIBAgIE
                -----END CERTIFICATE-----""";
        Redactor.Redacted r = cut.redact(kubeconfig);
        assertEquals("client-certificate-data: [REDACTED-CERTIFICATE]\n[REDACTED-PRIVATE-KEY]\n[REDACTED-CERTIFICATE]", r.text());
        assertEquals(Map.of("private-key", 1, "certificate", 2), r.masked());
    }

    @Test
    void masksPasswordsInConnectionStringsAndSettings() {
        assertEquals("Server=db;User Id=sa;Password=[REDACTED-PASSWORD];", cut.redact("Server=db;User Id=sa;Password=S3cr3t!x;").text());
        assertEquals("postgres://app:[REDACTED-PASSWORD]@[REDACTED-HOSTNAME]/triage",
                cut.redact("postgres://app:hunter2@db01.contoso.local/triage").text());
    }

    @Test
    void masksCustomerHostNamesAndEmailsButNotPublicServices() {
        Redactor.Redacted r = cut.redact("proxy http://proxy01.contoso.local:8080 for admin@contoso.com; pulls from mcr.microsoft.com");
        assertEquals("proxy http://[REDACTED-HOSTNAME]:8080 for [REDACTED-EMAIL]; pulls from mcr.microsoft.com", r.text());
    }

    @Test
    void leavesKubernetesOutputThatIdentifiesNobodyAlone() {
        String text = "calico-system     calico-node-2lq8m   0/1   CrashLoopBackOff   37 (2m ago)   12d\nServer Version: v1.28.9";
        assertEquals(text, cut.redact(text).text());
        assertEquals(0, cut.redact(text).total());
    }

    // --- node and VM names ---------------------------------------------------------------------

    @Test
    void masksTheNodeNamesOfAnAksArcNodeListAndKeepsWhatTheRulesRead() throws Exception {
        String nodes = Files.readString(Path.of("src/test/resources/evidence/kubectl-get-nodes-wide.txt"));
        Redactor.Redacted r = cut.redact(nodes);
        assertFalse(r.text().contains("moc-"), r.text());
        assertEquals(3, r.masked().get("node"), r.masked().toString());
        assertEquals(3, r.masked().get("ip"), r.masked().toString());
        assertTrue(r.text().contains("[REDACTED-NODE]   Ready      control-plane   41d    v1.28.5   [REDACTED-IP]"), r.text());
        assertTrue(r.text().contains("CBL-Mariner/Linux                5.15.131.1-2.cm2  containerd://1.6.26"), r.text());
        // the node list still says which version the control plane runs
        List<String> versions = new ArrayList<>();
        new NodeListParser().read(new Evidence("nodes.txt", r.text()), r.text().lines().toList(),
                f -> versions.add(f.value()));
        assertEquals(List.of("v1.28.5"), versions);
    }

    @Test
    void masksAksScaleSetAvailabilitySetAndWindowsNodesWhereverTheyAppear() {
        String text = """
                PS C:\\> kubectl get nodes
                NAME                                STATUS   ROLES   AGE   VERSION
                aks-nodepool1-12345678-vmss000000   Ready    agent   12d   v1.29.7
                aks-nodepool1-12345678-vmss00000a   Ready    agent   12d   v1.29.7
                aks-agentpool-32271679-0            Ready    agent   40d   v1.29.7
                aksnpwin000000                      Ready    agent   12d   v1.29.7

                PS C:\\> kubectl get pods -n kube-system -o wide
                NAME                       READY   STATUS    RESTARTS   AGE   IP           NODE                                NOMINATED NODE
                coredns-5d78c9869d-abcde   1/1     Running   0          12d   10.244.0.5   aks-nodepool1-12345678-vmss000000   <none>
                kube-proxy-7hk2c           1/1     Running   0          12d   10.224.0.4   aksnpwin000000                      <none>
                $ az vmss list-instances -g MC_rg_cluster_eastus -n aks-nodepool1-12345678-vmss --query "[].name" -o tsv
                aks-nodepool1-12345678-vmss_0
                """;
        Redactor.Redacted r = cut.redact(text);
        for (String name : List.of("aks-nodepool1", "aks-agentpool", "aksnpwin", "vmss_0")) {
            assertFalse(r.text().contains(name), name + " in\n" + r.text());
        }
        assertEquals(8, r.masked().get("node"), r.text());
        assertTrue(r.text().contains("coredns-5d78c9869d-abcde   1/1     Running"), "system pods stay readable:\n" + r.text());
        assertTrue(r.text().contains("kube-proxy-7hk2c"), r.text());
        assertTrue(r.text().contains("[REDACTED-NODE]   Ready    agent   12d   v1.29.7"), r.text());
    }

    @Test
    void aStaticPodKeepsItsComponentNameAndLosesItsHost() {
        String text = """
                NAMESPACE     NAME                                      READY   STATUS    RESTARTS   AGE
                kube-system   kube-apiserver-moc-lq5v2v4xq1k            1/1     Running   3          41d
                kube-system   etcd-moc-lq5v2v4xq1k                      1/1     Running   1          41d
                kube-system   kube-controller-manager-moc-lq5v2v4xq1k   1/1     Running   7          41d
                kube-system   coredns-5d78c9869d-8kdvq                  1/1     Running   0          41d
                kube-system   kube-proxy-7hk2c                          1/1     Running   0          41d
                kube-system   csi-smb-node-win-r2xnd                    3/3     Running   0          41d
                """;
        Redactor.Redacted r = cut.redact(text);
        assertTrue(r.text().contains("kube-apiserver-[REDACTED-NODE] "), r.text());
        assertTrue(r.text().contains("etcd-[REDACTED-NODE] "), r.text());
        assertTrue(r.text().contains("kube-controller-manager-[REDACTED-NODE] "), r.text());
        assertTrue(r.text().contains("coredns-5d78c9869d-8kdvq") && r.text().contains("kube-proxy-7hk2c")
                && r.text().contains("csi-smb-node-win-r2xnd"), r.text());
        assertEquals(Map.of("node", 3), r.masked());
    }

    @Test
    void masksHostAndVmNamesThatPowerShellListsAndTheirOtherMentions() {
        String text = """
                PS C:\\> Get-ClusterNode

                Name        State Type
                ----        ----- ----
                HCI-NODE01  Up    Node
                hci-node02  Down  Node

                PS C:\\> Get-VM

                Name            State   CPUUsage(%) MemoryAssigned(M) Uptime           Status             Version
                ----            -----   ----------- ----------------- ------           ------             -------
                moc-l8vbx2rsx7w Running 3           8192              12.03:11:42.1230 Operating normally 10.0
                contoso-mgmt-01 Off     0           0                 00:00:00         Operating normally 10.0

                Event 1135: Cluster node 'hci-node02' was removed from the active failover cluster membership.
                """;
        Redactor.Redacted r = cut.redact(text);
        for (String name : List.of("HCI-NODE01", "hci-node02", "moc-l8vbx2rsx7w", "contoso-mgmt-01")) {
            assertFalse(r.text().contains(name), name + " in\n" + r.text());
        }
        assertEquals(5, r.masked().get("node"), r.text());
        assertTrue(r.text().contains("[REDACTED-NODE]  Down  Node"), r.text());
        assertTrue(r.text().contains("Cluster node '[REDACTED-NODE]' was removed"), r.text());
        assertTrue(r.text().contains("PS C:\\> Get-ClusterNode") && r.text().contains("Operating normally"), r.text());
    }

    @Test
    void masksNamesThatNodeFieldsGiveInDescribeYamlAndLabels() {
        String text = """
                Name:             coredns-5d78c9869d-8kdvq
                Namespace:        kube-system
                Node:             hci-worker-7/10.0.4.17
                Status:           Running
                ---
                spec:
                  nodeName: hci-worker-7
                ---
                {"metadata": {"labels": {"kubernetes.io/hostname": "edge-gw-3", "kubernetes.io/os": "linux"}}}
                labels: beta.kubernetes.io/arch=amd64,kubernetes.io/hostname=master,node-role.kubernetes.io/control-plane=
                Addresses:
                  InternalIP:  10.0.4.18
                  Hostname:    edge-gw-3
                """;
        Redactor.Redacted r = cut.redact(text);
        assertFalse(r.text().contains("hci-worker-7") || r.text().contains("edge-gw-3"), r.text());
        assertTrue(r.text().contains("Node:             [REDACTED-NODE]/[REDACTED-IP]"), r.text());
        assertTrue(r.text().contains("\"kubernetes.io/hostname\": \"[REDACTED-NODE]\""), r.text());
        assertTrue(r.text().contains("kubernetes.io/hostname=[REDACTED-NODE],node-role.kubernetes.io/control-plane="), r.text());
        assertTrue(r.text().contains("Name:             coredns-5d78c9869d-8kdvq"), "a pod's own name stays: " + r.text());
        assertEquals(5, r.masked().get("node"), r.text());
    }

    @Test
    void aPlainWordNamedAsANodeIsMaskedOnlyWhereItIsNamed() {
        String text = "NAME     STATUS   ROLES                  AGE   VERSION\n"
                + "master   Ready    control-plane,master   90d   v1.28.9\r\n";
        Redactor.Redacted r = cut.redact(text);
        assertEquals("NAME     STATUS   ROLES                  AGE   VERSION\n"
                + "[REDACTED-NODE]   Ready    control-plane,master   90d   v1.28.9\r\n", r.text());
        assertEquals(Map.of("node", 1), r.masked());
    }

    @Test
    void masksAksEdgeEssentialsNodesKeepingWhichOneItIs() {
        Redactor.Redacted r = cut.redact("NAME                 STATUS   ROLES                       AGE   VERSION\n"
                + "factory-pc07-ledge   Ready    control-plane,etcd,master   3d    v1.28.3+k3s2\n"
                + "factory-pc07-wedge   Ready    <none>                      3d    v1.28.3+k3s2\n");
        assertTrue(r.text().contains("[REDACTED-NODE]-ledge   Ready") && r.text().contains("[REDACTED-NODE]-wedge   Ready"), r.text());
        assertFalse(r.text().contains("factory-pc07"), r.text());
    }

    @Test
    void kubernetesComponentsVersionsAndLookAlikeWordsStay() {
        String text = """
                PS C:\\> Get-AksHciCluster -name contoso-prod | Get-AksHciNodePool
                PS C:\\> az aksarc get-versions --custom-location cl01
                kube-apiserver --secure-port=6443 --feature-gates=InPlacePodVerticalScaling=true
                E1120 kubelet_node_status.go:544] Error updating node status; node-role.kubernetes.io/control-plane
                Warning  NodeNotReady  pod/coredns-5d78c9869d-abcde  Node is not ready
                moc-operator, mocctl, moc-cloudagent and the nodepool1 pool of aks-hci are fine; Node: <none>
                Server Version: v1.29.4; kustomize v5.0.4-0.20230601165947-6ce0bf390ce3
                """;
        Redactor.Redacted r = cut.redact(text);
        assertEquals(text, r.text());
        assertEquals(Map.of(), r.masked());
    }
}
