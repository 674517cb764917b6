package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.control.VersionMatching.Judgement;
import org.triagedesk.knowledgebase.control.VersionMatching.Status;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.KnownVersion;

/** Per component, a known issue's notes against the versions a cluster runs. */
class VersionMatchingTest {

    @Test
    void eachComponentTheNotesNameGetsAVerdict() {
        List<Judgement> judged = judge("Kubernetes 1.27.0 to 1.27.3; containerd 1.6.x before 1.6.24; Linux kernels before 5.7",
                "Kubernetes 1.27.4", cluster("1.27.5", "containerd=1.6.21"));
        assertEquals(List.of(Component.KUBERNETES, Component.CONTAINERD, Component.KERNEL), judged.stream().map(Judgement::component).toList());
        assertEquals(List.of(Status.FIXED, Status.AFFECTED, Status.UNKNOWN), judged.stream().map(Judgement::status).toList());
        assertEquals("1.27.4", judged.get(0).fix().version().text());
        assertEquals("1.6.x before 1.6.24", judged.get(1).range());
        assertNull(judged.get(2).version(), "no kernel version is known");
    }

    @Test
    void nodesThatDifferAreAffectedIfOneIsAndFixedOnlyIfAllAre() {
        assertEquals(Status.AFFECTED, judge("containerd before 1.7.4", null, cluster(null, "containerd=1.7.5", "containerd=1.7.2")).get(0).status());
        assertEquals("1.7.2", judge("containerd before 1.7.4", null, cluster(null, "containerd=1.7.5", "containerd=1.7.2")).get(0).version()
                .version().text());
        assertEquals(Status.UNKNOWN, judge(null, "containerd 1.7.4", cluster(null, "containerd=1.7.5", "containerd=1.7.2")).get(0).status(),
                "one node below the fix, and no range: not known");
        assertEquals(Status.FIXED, judge(null, "containerd 1.7.4", cluster(null, "containerd=1.7.5", "containerd=1.7.9")).get(0).status());
        assertEquals(Status.OUTSIDE, judge("containerd 1.6.x", "containerd 1.7.4", cluster(null, "containerd=1.7.5", "containerd=1.7.2"))
                .get(0).status(), "one node fixed, the other outside the range");
    }

    @Test
    void notesWithoutVersionsGiveNoVerdict() {
        assertEquals(List.of(), judge("AKS-HCI PowerShell module releases of late 2021", "AKS on Azure Stack HCI May 2022 release",
                cluster("1.28.3", "containerd=1.6.21")));
        assertEquals(List.of(), judge(null, null, cluster("1.28.3")));
    }

    private static List<Judgement> judge(String affected, String fixed, ClusterVersions cluster) {
        return VersionMatching.judge(VersionNotes.parse(affected), VersionNotes.parseFixed(fixed), cluster);
    }

    /** A cluster: its Kubernetes version (or none) and component versions as {@code code=version}. */
    private static ClusterVersions cluster(String kubernetes, String... components) {
        Optional<KubernetesRelease> k = kubernetes == null ? Optional.empty() : KubernetesRelease.parse(kubernetes);
        return ClusterVersions.of(k, Arrays.stream(components).map(c -> {
            String[] kv = c.split("=");
            Component component = Component.ofCode(kv[0]).orElseThrow();
            return new KnownVersion(component.version(kv[1]).orElseThrow(), "evidence.txt", 1);
        }).toList());
    }
}
