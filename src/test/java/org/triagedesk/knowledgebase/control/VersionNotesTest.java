package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.ComponentFix;
import org.triagedesk.knowledgebase.entity.ComponentRange;
import org.triagedesk.knowledgebase.entity.ComponentVersion;
import org.triagedesk.knowledgebase.entity.VersionNote;
import org.triagedesk.knowledgebase.entity.VersionRange;

/** Version notes as maintainers write them, read into ranges and fixes per component. */
class VersionNotesTest {

    @Test
    void readsTheNotesOfTheIssue() {
        VersionNote containerd = VersionNotes.parse("containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4");
        assertEquals(List.of("1.6.x <1.6.24", "1.7.x <1.7.4"), shown(containerd, Component.CONTAINERD));
        assertIn(containerd, Component.CONTAINERD, "1.6.0", "1.6.23", "1.7.0", "1.7.3");
        assertOut(containerd, Component.CONTAINERD, "1.6.24", "1.7.4", "1.5.18", "2.0.0");

        VersionNote kernel = VersionNotes.parse("Linux kernels before 5.7");
        assertIn(kernel, Component.KERNEL, "5.4.0-1052", "4.19.0", "5.6.19");
        assertOut(kernel, Component.KERNEL, "5.7.0", "5.15.0-1052");

        VersionNote kubernetes = VersionNotes.parse("Kubernetes 1.27.0 to 1.27.3");
        assertEquals(List.of("1.27.0 - 1.27.3"), shown(kubernetes, Component.KUBERNETES));
        assertIn(kubernetes, Component.KUBERNETES, "1.27.0", "1.27.3");
        assertOut(kubernetes, Component.KUBERNETES, "1.27.4", "1.26.15");

        VersionNote local = VersionNotes.parse("Azure Local 2503 and 2504");
        assertEquals(List.of("2503", "2504"), shown(local, Component.AZURE_LOCAL));
        assertIn(local, Component.AZURE_LOCAL, "2503", "2504.1", "10.2503.0.12");
        assertOut(local, Component.AZURE_LOCAL, "2502", "2505", "2411.3");

        VersionNote fixed = VersionNotes.parseFixed("fixed in 2505");
        assertEquals(List.of(), fixed.ranges());
        assertEquals(List.of(Component.AZURE_LOCAL), fixed.fixes().stream().map(ComponentFix::component).toList());
    }

    @Test
    void aDateIsNotAVersion() {
        VersionNote note = VersionNotes.parse("AKS-HCI 1.0.x releases up to early 2022");
        assertEquals(List.of("1.0.x"), shown(note, Component.AKS_HCI), "the line is read, the date stays text");
        assertIn(note, Component.AKS_HCI, "1.0.16.10307");
        assertOut(note, Component.AKS_HCI, "1.1.0.0");
        for (String text : List.of("AKS-HCI PowerShell module releases of late 2021", "AKS on Azure Stack HCI May 2022 release",
                "AKS hybrid 2023-05-09 release", "releases from 2024年3月 onwards", "clusters created before 3/14/2023",
                "Later AKS Arc releases (update to the latest release)", "since Q3 2024")) {
            VersionNote none = VersionNotes.parse(text);
            assertFalse(none.understood(), text + " gives " + none);
            assertEquals(text, none.text(), "the text is kept as written");
        }
    }

    @Test
    void theSyntaxOfTheReadmeMeansWhatItMeantBefore() {
        Random random = new Random(7);
        List<String> notes = List.of(">=1.26.0 <1.28.5", "1.28", "1.27.0 - 1.28.4", "1.26, 1.27.3, >=1.30.0 <1.30.2", ">=1.9.0", "<=1.28",
                ">1.28.3", "=1.29.1", "v1.28", "1.29.0 - 1.29.9, 1.30.0 - 1.30.5, 1.31.0 - 1.31.1", "1.24, 1.25, 1.26", ">=1.20.0 <1.31.0",
                "1.28.3", "<1.30.0", "1.6.24");
        for (String note : notes) {
            VersionRange before = VersionRange.parse(note);
            VersionNote now = VersionNotes.parse(note);
            assertTrue(now.ranges().stream().allMatch(r -> r.component() == Component.KUBERNETES), note);
            for (int i = 0; i < 3_000; i++) {
                KubernetesRelease v = new KubernetesRelease(1, random.nextInt(40), random.nextInt(25));
                ComponentVersion cv = new ComponentVersion(Component.KUBERNETES, List.of(v.major(), v.minor(), v.patch()), v.toString());
                assertEquals(before.contains(v), now.contains(cv), note + " at " + v);
            }
        }
        assertEquals(List.of("1.26", "1.27.3"), VersionNotes.parse("1.26, 1.27.3").ranges().stream().map(ComponentRange::range).toList());
    }

    @Test
    void aFixedInThatIsOneKubernetesVersionMeansWhatItMeantBefore() {
        for (String text : List.of("1.28.5", "v1.28.5", "1.28", "1.31.0")) {
            KubernetesRelease fix = KubernetesRelease.parse(text).orElseThrow();
            VersionNote note = VersionNotes.parseFixed(text);
            for (int minor = 25; minor < 34; minor++) {
                for (int patch = 0; patch < 12; patch++) {
                    KubernetesRelease cluster = new KubernetesRelease(1, minor, patch);
                    assertEquals(fix.compareTo(cluster) <= 0, ComponentFix.fixes(note.fixes(), k8s(cluster.toString())), text + " at " + cluster);
                }
            }
        }
    }

    @Test
    void readsJapaneseComparators() {
        VersionNote between = VersionNotes.parse("Kubernetes 1.28.0 以降、1.28.5 より前");
        assertIn(between, Component.KUBERNETES, "1.28.0", "1.28.4");
        assertOut(between, Component.KUBERNETES, "1.27.9", "1.28.5");
        VersionNote upTo = VersionNotes.parse("Linux カーネル 5.15 以前");
        assertIn(upTo, Component.KERNEL, "5.15.153.1", "5.4.0");
        assertOut(upTo, Component.KERNEL, "5.16.0", "6.1.0");
        VersionNote span = VersionNotes.parse("containerd 1.7.0 から 1.7.6 まで");
        assertIn(span, Component.CONTAINERD, "1.7.0", "1.7.6");
        assertOut(span, Component.CONTAINERD, "1.6.9", "1.7.7");
        VersionNote line = VersionNotes.parse("containerd 1.6.24 より前の 1.6.x");
        assertIn(line, Component.CONTAINERD, "1.6.0", "1.6.23");
        assertOut(line, Component.CONTAINERD, "1.6.24", "1.5.0");
        VersionNote glued = VersionNotes.parse("Kubernetes1.29以降");
        assertTrue(glued.ranges().isEmpty() || glued.contains(k8s("1.29.0")), "a name glued to its version is at worst not read");
        VersionNote noSpace = VersionNotes.parse("バージョン1.29以降");
        assertIn(noSpace, Component.KUBERNETES, "1.29.0", "1.31.2");
        assertOut(noSpace, Component.KUBERNETES, "1.28.9");
    }

    @Test
    void aVersionBelongsToTheComponentNamedBeforeIt() {
        VersionNote note = VersionNotes.parse("kubelet 1.27.x with containerd 1.7.0 - 1.7.5, and Linux kernel 5.15.0-1052-azure");
        assertEquals(List.of(Component.KUBERNETES, Component.CONTAINERD, Component.KERNEL),
                note.ranges().stream().map(ComponentRange::component).toList());
        assertIn(note, Component.KERNEL, "5.15.0-1052");
        assertOut(note, Component.KERNEL, "5.15.0-1053");
        // a version the named component cannot have is Kubernetes'
        assertIn(VersionNotes.parse("containerd restarts on 1.27.3"), Component.KUBERNETES, "1.27.3");
        // another product's versions are no component's
        VersionNote go = VersionNotes.parse("built with Go 1.21 on Kubernetes 1.28.3");
        assertEquals(List.of("1.28.3"), shown(go, Component.KUBERNETES));
        assertEquals(1, go.ranges().size());
        assertTrue(VersionNotes.parse("cert-manager 1.13 and later").ranges().isEmpty());
        // AKS-HCI: 1.0.x is a release, 1.1.x or 1.2.x the PowerShell module
        assertIn(VersionNotes.parse("AksHci 1.1.25 or later"), Component.AKS_HCI_MODULE, "1.2.16");
        assertIn(VersionNotes.parse("AKS-HCI PowerShell module versions before 1.2.16"), Component.AKS_HCI_MODULE, "1.1.36");
        assertIn(VersionNotes.parse("AKS on Azure Stack HCI 2311"), Component.AZURE_LOCAL, "2311");
        assertIn(VersionNotes.parse("Azure Stack HCI 22H2 and 23H2"), Component.AZURE_STACK_HCI, "22H2", "23H2");
        assertOut(VersionNotes.parse("Azure Stack HCI 22H2 and 23H2"), Component.AZURE_STACK_HCI, "21H2");
        VersionNote windows = VersionNotes.parse("Windows Server 2022 builds before 20348.2227");
        assertIn(windows, Component.WINDOWS_SERVER, "10.0.20348.2113");
        assertOut(windows, Component.WINDOWS_SERVER, "10.0.20348.2227", "10.0.17763.5000");
        assertIn(VersionNotes.parse("az aksarc extension versions earlier than 1.2.23"), Component.AKSARC_CLI, "1.2.0");
        assertIn(VersionNotes.parse("Calico v3.26.0 through v3.26.3"), Component.CALICO, "3.26.3");
        assertIn(VersionNotes.parse("Flannel v0.20.1 and older"), Component.FLANNEL, "0.20.1");
        assertIn(VersionNotes.parse("CoreDNS 1.10.0 and 1.10.1"), Component.COREDNS, "1.10.1");
        assertIn(VersionNotes.parse("etcd 3.5.x prior to 3.5.8"), Component.ETCD, "3.5.7");
        assertIn(VersionNotes.parse("runc < 1.1.12"), Component.RUNC, "1.1.11");
    }

    @Test
    void aFixNamedInTheAffectedTextIsAFix() {
        VersionNote note = VersionNotes.parse("etcd v3.5.0 - v3.5.2 (data inconsistency, fixed in v3.5.3)");
        assertIn(note, Component.ETCD, "3.5.2");
        assertOut(note, Component.ETCD, "3.5.3");
        assertEquals(List.of("3.5.3"), note.fixes().stream().map(f -> f.version().text()).toList());
        VersionNote upgrade = VersionNotes.parse("Kubernetes 1.28 clusters; upgrade Kubernetes to 1.28.5 or later");
        assertEquals(List.of("1.28.x"), shown(upgrade, Component.KUBERNETES));
        assertEquals(List.of("1.28.5"), upgrade.fixes().stream().map(f -> f.version().text()).toList());
        VersionNote japanese = VersionNotes.parse("containerd 1.6.x (1.6.24 で修正)");
        assertEquals(List.of("1.6.24"), japanese.fixes().stream().map(f -> f.version().text()).toList());
    }

    @Test
    void aClauseThatSaysNotAffectedGivesNoRange() {
        VersionNote note = VersionNotes.parse("Kubernetes 1.27 (1.28 and later are not affected)");
        assertIn(note, Component.KUBERNETES, "1.27.5");
        assertOut(note, Component.KUBERNETES, "1.28.0", "1.30.1");
        VersionNote japanese = VersionNotes.parse("Kubernetes 1.29 が対象です。1.30 以降は影響を受けません。");
        assertOut(japanese, Component.KUBERNETES, "1.30.2");
        VersionNote fixed = VersionNotes.parseFixed(
                "containerd 2.0.0 (containerd.service no longer sets LimitNOFILE); the containerd 1.6 and 1.7 lines keep LimitNOFILE=infinity");
        assertEquals(List.of("2.0.0"), fixed.fixes().stream().map(f -> f.version().text()).toList());
        assertFalse(ComponentFix.fixes(fixed.fixes(), version(Component.CONTAINERD, "1.7.20")));
        assertTrue(ComponentFix.fixes(fixed.fixes(), version(Component.CONTAINERD, "2.0.1")));
    }

    @Test
    void aFixPerReleaseLine() {
        VersionNote note = VersionNotes.parseFixed("1.29.10 / 1.30.6 / 1.31.2 (and 1.32.0)");
        assertEquals(4, note.fixes().size());
        assertTrue(ComponentFix.fixes(note.fixes(), k8s("1.30.7")));
        assertTrue(ComponentFix.fixes(note.fixes(), k8s("1.29.10")));
        assertTrue(ComponentFix.fixes(note.fixes(), k8s("1.33.0")));
        assertFalse(ComponentFix.fixes(note.fixes(), k8s("1.30.5")), "the 1.30 line has its fix from 1.30.6 on");
        assertFalse(ComponentFix.fixes(note.fixes(), k8s("1.28.15")), "the 1.28 line has no fix");
        VersionNote runc = VersionNotes.parseFixed("runc 1.1.4 (containerd 1.6.9 以降の同梱 runc)");
        assertEquals(List.of(Component.CONTAINERD, Component.RUNC), runc.fixes().stream().map(ComponentFix::component).toList());
        VersionNote kernel = VersionNotes.parseFixed("Linux カーネル 4.19 / 5.0 で主要な競合を修正 (残りのケースはクライアント側の回避策で対応)");
        assertTrue(ComponentFix.fixes(kernel.fixes(), version(Component.KERNEL, "4.20.1")));
        assertTrue(ComponentFix.fixes(kernel.fixes(), version(Component.KERNEL, "5.15.0-1052")));
        assertFalse(ComponentFix.fixes(kernel.fixes(), version(Component.KERNEL, "4.14.200")));
    }

    @Test
    void neverThrowsOnAnyText() {
        Random random = new Random(11);
        String[] pieces = {"1.28", "v1.28.5", "-", " to ", "before", "以前", "まで", "から", ",", "、", "(", ")", ";", "containerd", "2503",
            "22H2", "x", "1.6.x", "+", "<", ">=", "fixed in", "not affected", "Windows Server", "2022", "between", "and", "〜", "\u0000",
            "\uD800", "999999999999.1", "1.99999999.3", "kernel", "5.15.0-1052-azure", ".", "..", "AKS-HCI", "Azure Local", " ", "\n"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(random.nextInt(5) == 0 ? (char) random.nextInt(0x10000) : pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            VersionNote note = assertDoesNotThrow(() -> VersionNotes.parse(t), t);
            assertDoesNotThrow(() -> VersionNotes.parseFixed(t), t);
            note.ranges().forEach(r -> assertFalse(r.isEmpty(), t + " gives an empty range " + r));
        }
        assertFalse(VersionNotes.parse("x ".repeat(50_000) + " 1.28").understood(), "past the column's length nothing more is read");
    }

    private static List<String> shown(VersionNote note, Component component) {
        return note.ranges(component).stream().map(ComponentRange::range).toList();
    }

    private static void assertIn(VersionNote note, Component component, String... versions) {
        for (String v : versions) {
            assertTrue(note.contains(version(component, v)), component + " " + v + " should be in " + note);
        }
    }

    private static void assertOut(VersionNote note, Component component, String... versions) {
        for (String v : versions) {
            assertFalse(note.contains(version(component, v)), component + " " + v + " should be outside " + note);
        }
    }

    static ComponentVersion version(Component component, String text) {
        return component.version(text).orElseThrow(() -> new AssertionError(text + " is no " + component + " version"));
    }

    static ComponentVersion k8s(String text) {
        return version(Component.KUBERNETES, text);
    }
}
