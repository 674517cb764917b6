package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.ComponentFix;
import org.triagedesk.knowledgebase.entity.ComponentVersion;
import org.triagedesk.knowledgebase.entity.VersionNote;

/**
 * The version-note parser against generated notes and against real ones, a property-based test with
 * its own seeded generator (not jqwik). Generated notes name random components in English or
 * Japanese, with comparators before or after the version ("before", "and later", 以前, 以降, まで,
 * から, {@code <}, {@code >=}, {@code +}), ranges ("A to B", "A - B", "A–B", "between A and B",
 * "A から B まで"), lines ("1.6.x"), lists, fixes, clauses that say a version is not affected, noise
 * words and punctuation. The properties: the parser never throws; every version the text names as
 * affected is inside a range it derives for that component; a version the text leaves out (the end
 * of "before X", the one after "up to X", a fixed one) is inside none; a fix it names is read as one.
 * A failure names its seed, try and note: replay with {@code -Dversions.seed=N} (and
 * {@code -Dversions.tries=N}).
 */
class VersionNotesPropertiesTest {

    static final int TRIES = Integer.getInteger("versions.tries", 4_000);
    static final long SEED = Long.getLong("versions.seed", 20261201L);

    // ---------------------------------------------------------------- real notes

    /** A note as release notes and known-issue pages write them, with the versions it says are in and out (or fixed and not). */
    record Real(String note, boolean fixedIn, Component component, List<String> in, List<String> out) {
    }

    static Real affected(String note, Component component, String in, String out) {
        return new Real(note, false, component, words(in), words(out));
    }

    static Real fixed(String note, Component component, String fixedVersions, String notFixed) {
        return new Real(note, true, component, words(fixedVersions), words(notFixed));
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    static final List<Real> REAL = List.of(
            affected("containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4", Component.CONTAINERD, "1.6.0 1.6.23 1.7.0 1.7.3",
                    "1.6.24 1.7.4 1.5.18 2.0.0"),
            affected("AKS-HCI 1.0.x releases up to early 2022", Component.AKS_HCI, "1.0.8.10223 1.0.16.10307", "1.1.0.0"),
            affected("Linux kernels before 5.7", Component.KERNEL, "5.4.0-1052 4.19.128 5.6.19", "5.7.0 5.15.0-1052 6.6.44"),
            affected("Kubernetes 1.27.0 to 1.27.3", Component.KUBERNETES, "1.27.0 1.27.2 1.27.3", "1.26.12 1.27.4 1.28.0"),
            affected("Azure Local 2503 and 2504", Component.AZURE_LOCAL, "2503 2504 2504.1 12.2504.1001.20", "2411 2502 2505 2507"),
            fixed("fixed in 2505", Component.AZURE_LOCAL, "2505 2507 2601", "2503 2504"),
            affected("runc 1.1.11 and earlier (CVE-2024-21626, \"Leaky Vessels\")", Component.RUNC, "1.1.11 1.1.0 1.0.3", "1.1.12 1.2.0"),
            fixed("runc 1.1.12", Component.RUNC, "1.1.12 1.1.13 1.2.0", "1.1.11"),
            affected("containerd versions prior to 1.6.26 and 1.7.x prior to 1.7.11", Component.CONTAINERD, "1.6.25 1.5.0 1.7.10",
                    "1.6.26 1.7.11 2.0.0"),
            affected("Calico v3.26.0 to v3.26.3 with the eBPF data plane", Component.CALICO, "3.26.0 3.26.3", "3.25.2 3.26.4 3.27.0"),
            affected("Flannel v0.22.0 through v0.22.2", Component.FLANNEL, "0.22.0 0.22.2", "0.21.5 0.22.3"),
            affected("CoreDNS 1.10.0 and 1.10.1", Component.COREDNS, "1.10.0 1.10.1", "1.9.3 1.11.1"),
            affected("etcd v3.5.0-v3.5.2: data inconsistency after a crash; fixed in v3.5.3", Component.ETCD, "3.5.0 3.5.2",
                    "3.4.27 3.5.3 3.5.9"),
            affected("Kubernetes v1.25.0 through v1.25.15, v1.26.0 through v1.26.10", Component.KUBERNETES, "1.25.0 1.25.15 1.26.10",
                    "1.25.16 1.26.11 1.24.17"),
            affected("Kubernetes 1.28.0 以降、1.28.5 より前", Component.KUBERNETES, "1.28.0 1.28.4", "1.27.9 1.28.5 1.29.0"),
            affected("Linux カーネル 5.15 以前のノード", Component.KERNEL, "5.15.153.1 5.4.0 4.19.0", "5.16.0 6.1.0"),
            affected("containerd 1.7.0 から 1.7.6 までを使用しているノード", Component.CONTAINERD, "1.7.0 1.7.6", "1.6.20 1.7.7"),
            affected("AKS Arc CLI extension (aksarc) earlier than 1.2.23", Component.AKSARC_CLI, "1.2.0 1.1.30 1.2.22", "1.2.23 1.3.0"),
            affected("Azure Stack HCI 22H2 and 23H2 hosts", Component.AZURE_STACK_HCI, "22H2 23H2", "21H2 24H2"),
            affected("Windows Server 2019 nodes before 17763.5458", Component.WINDOWS_SERVER, "17763.5329 10.0.17763.1",
                    "17763.5458 20348.100"),
            affected("AksHci PowerShell module 1.1.x up to 1.1.36", Component.AKS_HCI_MODULE, "1.1.0 1.1.36", "1.1.37 1.2.0"),
            affected("Kubernetes 1.26 and 1.27 clusters created before the June 2023 update", Component.KUBERNETES, "1.26.3 1.27.1",
                    "1.25.9 1.28.0"),
            affected("Azure Local 2411 to 2503", Component.AZURE_LOCAL, "2411 2411.3 2502 2503.1", "2408 2504"),
            affected("Kubernetes >=1.24 <1.27.8, 1.28.0 - 1.28.3", Component.KUBERNETES, "1.24.0 1.27.7 1.28.3", "1.23.17 1.27.8 1.28.4"),
            affected("Calico 3.24 and earlier", Component.CALICO, "3.24.5 3.20.0", "3.25.0"),
            affected("Kubernetes 1.29.0–1.29.4", Component.KUBERNETES, "1.29.0 1.29.4", "1.29.5 1.28.9"),
            affected("Kubernetes 1.30 〜 1.31 のクラスター", Component.KUBERNETES, "1.30.0 1.31.9", "1.29.9 1.32.0"),
            affected("containerd 1.6.20 以降 1.6.24 未満", Component.CONTAINERD, "1.6.20 1.6.23", "1.6.19 1.6.24"),
            affected("AKS-HCI 1.0.16.10307 and earlier", Component.AKS_HCI, "1.0.16.10307 1.0.14.10000", "1.0.17.10310"),
            affected("all Azure Local releases up to 2408", Component.AZURE_LOCAL, "2408 2311 2405", "2411 2503"),
            affected("Kubernetes versions 1.25.x, 1.26.x", Component.KUBERNETES, "1.25.0 1.26.14", "1.24.9 1.27.0"),
            affected("Flannel v0.20.1 and older; fixed in v0.20.2", Component.FLANNEL, "0.20.1 0.19.0", "0.20.2 0.21.0"),
            fixed("Flannel v0.20.1 and older; fixed in v0.20.2", Component.FLANNEL, "0.20.2 0.22.0", "0.20.1"),
            affected("CoreDNS before 1.11.1", Component.COREDNS, "1.10.1 1.9.3", "1.11.1 1.11.3"),
            affected("etcd 3.5.x prior to 3.5.8", Component.ETCD, "3.5.0 3.5.7", "3.5.8 3.4.20"),
            fixed("1.29.10 / 1.30.6 / 1.31.2 (and 1.32.0)", Component.KUBERNETES, "1.29.10 1.30.6 1.31.5 1.32.0 1.33.0",
                    "1.29.9 1.30.5 1.31.1 1.28.15"),
            fixed("runc 1.1.4 (containerd 1.6.9 以降の同梱 runc)", Component.RUNC, "1.1.4 1.1.12", "1.1.3"),
            fixed("runc 1.1.4 (containerd 1.6.9 以降の同梱 runc)", Component.CONTAINERD, "1.6.9 1.7.0", "1.6.8"),
            fixed("containerd 2.0.0 (containerd.service no longer sets LimitNOFILE); the containerd 1.6 and 1.7 lines keep LimitNOFILE=infinity",
                    Component.CONTAINERD, "2.0.0 2.1.1", "1.7.20 1.6.30"),
            fixed("Linux カーネル 4.19 / 5.0 で主要な競合を修正 (負荷分散先が異なるケースはクライアント側の回避策で対応)", Component.KERNEL,
                    "4.19.0 4.20.3 5.4.0-1052 6.1.0", "4.14.200 3.10.0"),
            affected("kube-proxy on Kubernetes 1.28.0 through 1.28.2 and 1.29.0", Component.KUBERNETES, "1.28.0 1.28.2 1.29.0",
                    "1.28.3 1.29.1"),
            affected("Linux kernel 5.15.0-1050-azure to 5.15.0-1052-azure", Component.KERNEL, "5.15.0-1050 5.15.0-1051 5.15.0-1052",
                    "5.15.0-1049 5.15.0-1053"),
            affected("Calico 3.26 より前", Component.CALICO, "3.25.9 3.20.0", "3.26.0 3.27.2"),
            affected("AKS on Azure Local 2408 および 2411", Component.AZURE_LOCAL, "2408 2411", "2405 2503"),
            affected("Windows Server 2022 の 20348.2227 より前のビルド", Component.WINDOWS_SERVER, "20348.2113 10.0.20348.1",
                    "20348.2227 20348.2340 17763.100"),
            affected("Kubernetes 1.31 以降で発生", Component.KUBERNETES, "1.31.0 1.33.1", "1.30.9"),
            affected("runc 1.1.12 未満 (CVE-2024-21626)", Component.RUNC, "1.1.11 1.0.0", "1.1.12"),
            affected("Calico v3.25.0 and later, when the Typha autoscaler is on", Component.CALICO, "3.25.0 3.28.1", "3.24.6"),
            affected("Kubernetes 1.27 (1.28 and later are not affected)", Component.KUBERNETES, "1.27.0 1.27.16", "1.28.0 1.30.2"),
            affected("Kubernetes 1.29 のクラスターで発生します。1.30 以降は影響を受けません。", Component.KUBERNETES, "1.29.4", "1.30.0 1.31.1"),
            fixed("Kubernetes 1.27.8 and 1.28.4 (upstream PR #120000, CVE-2023-5528)", Component.KUBERNETES, "1.27.8 1.28.4 1.29.0",
                    "1.27.7 1.28.3"),
            fixed("AKS Arc on Azure Local 2507 release (prechecks for insufficient IP pool addresses)", Component.AZURE_LOCAL, "2507 2509",
                    "2505"),
            fixed("Calico v3.23.2 (TokenRequest API による CNI トークンの発行と更新)", Component.CALICO, "3.23.2 3.26.1", "3.23.1"),
            fixed("1.32.0 (kubelet option singleProcessOOMKill restores per-process OOM kills)", Component.KUBERNETES, "1.32.0 1.33.2",
                    "1.31.9"));

    /** Notes that name no version of any component: they stay text. */
    static final List<String> REAL_TEXT_ONLY = List.of("AKS-HCI PowerShell module releases of late 2021",
            "AKS on Azure Stack HCI May 2022 release", "AKS hybrid 2023-05-09 release", "Later AKS Arc releases (update to the latest release)",
            "AKS on Azure Stack HCI October 2021 release", "全バージョン (2024 年 3 月時点)", "clusters deployed before September 2023");

    @Test
    void realNotesGiveTheRangesTheySay() {
        assertTrue(REAL.size() >= 30, "at least 30 real notes");
        for (Real real : REAL) {
            VersionNote note = assertDoesNotThrow(() -> real.fixedIn() ? VersionNotes.parseFixed(real.note()) : VersionNotes.parse(real.note()),
                    real.note());
            for (String in : real.in()) {
                ComponentVersion v = version(real.component(), in);
                if (real.fixedIn()) {
                    assertTrue(ComponentFix.fixes(note.fixes(), v), "'" + real.note() + "' should say " + in + " has the fix: " + note);
                } else {
                    assertTrue(note.contains(v), "'" + real.note() + "' should hold " + real.component() + " " + in + ": " + note);
                }
            }
            for (String out : real.out()) {
                ComponentVersion v = version(real.component(), out);
                if (real.fixedIn()) {
                    assertFalse(ComponentFix.fixes(note.fixes(), v), "'" + real.note() + "' should not say " + out + " has the fix: " + note);
                } else {
                    assertFalse(note.contains(v), "'" + real.note() + "' should leave out " + real.component() + " " + out + ": " + note);
                }
            }
        }
        for (String text : REAL_TEXT_ONLY) {
            assertFalse(VersionNotes.parse(text).understood(), text);
            assertFalse(VersionNotes.parseFixed(text).understood(), text);
        }
    }

    // ---------------------------------------------------------------- generated notes

    /** One thing a generated note says about a component, with what it holds and the versions it names in and out. */
    record Clause(String text, Predicate<ComponentVersion> truth, List<ComponentVersion> in, List<ComponentVersion> out, boolean fixable) {

        Clause(String text, Predicate<ComponentVersion> truth, List<ComponentVersion> in, List<ComponentVersion> out) {
            this(text, truth, in, out, false);
        }
    }

    /** A generated note and, per component, what it says. */
    record Generated(String text, List<Component> components, List<List<Clause>> clauses, List<ComponentVersion> fixes,
            List<ComponentVersion> negated) {
    }

    @Test
    void generatedNotesGiveTheRangesTheySay() {
        forAll(random -> {
            Generated g = affectedNote(random);
            return new Try(g.text(), () -> check(g));
        });
    }

    private static void check(Generated g) {
        {
            VersionNote note = VersionNotes.parse(g.text());
            for (int c = 0; c < g.components().size(); c++) {
                Component component = g.components().get(c);
                List<Clause> clauses = g.clauses().get(c);
                for (Clause clause : clauses) {
                    for (ComponentVersion v : clause.in()) {
                        assertTrue(note.ranges(component).stream().anyMatch(r -> r.contains(v)),
                                component + " " + v + " is named as affected (\"" + clause.text() + "\") but no range holds it: " + note);
                    }
                    for (ComponentVersion v : clause.out()) {
                        if (clauses.stream().noneMatch(other -> other.truth().test(v))) {
                            assertFalse(note.contains(v), component + " " + v + " is left out (\"" + clause.text() + "\") but a range holds it: "
                                    + note);
                        }
                    }
                }
            }
            for (ComponentVersion fix : g.fixes()) {
                assertTrue(ComponentFix.fixes(note.fixes(), fix), "the fix " + fix + " is not read: " + note);
                assertFalse(note.contains(fix), "the fix " + fix + " is inside a range: " + note);
            }
            for (ComponentVersion v : g.negated()) {
                assertFalse(note.contains(v), v + " is said not to be affected: " + note);
            }
            note.ranges().forEach(r -> assertTrue(g.components().contains(r.component()), "a range of a component the note never names: " + r));
        }
    }

    @Test
    void generatedFixedInNotesGiveTheirFixes() {
        forAll(random -> {
            Component component = pick(random, FIXABLE);
            // a release code names no line: one fix of Azure Local is the fix of every later release
            int count = component == Component.AZURE_LOCAL ? 1 : 1 + random.nextInt(3);
            List<ComponentVersion> fixes = new ArrayList<>();
            ComponentVersion v = release(random, component);
            for (int i = 0; i < count && component.plausible(v); i++) {
                fixes.add(withLast(v, Math.max(1, last(v))));
                v = nextLine(v, 1 + random.nextInt(2));
            }
            String list = String.join(pick(random, List.of(" / ", ", ", " and ", "、", " および ")), fixes.stream().map(f -> write(random, f)).toList());
            String text = pick(random, List.of("", "Fixed in ", "fixed in ", "修正: ", "resolved in ")) + name(random, component) + list
                    + pick(random, List.of("", " で修正", " で修正済み", " and later", " 以降", ".", " (see the release notes)"));
            return new Try(text, () -> {
                VersionNote note = VersionNotes.parseFixed(text);
                for (ComponentVersion fix : fixes) {
                    assertTrue(ComponentFix.fixes(note.fixes(), fix), fix + " has the fix: " + note);
                    ComponentVersion before = withLast(fix, last(fix) - 1);
                    assertFalse(ComponentFix.fixes(note.fixes(), before), before + ", before the fix of its line, has it: " + note);
                }
            });
        });
    }

    @Test
    void anyTextNeverThrows() {
        String[] pieces = {"1.28", "v1.28.5", "-", " to ", "before", "以前", "まで", "から", ",", "、", "(", ")", ";", "containerd", "2503", "22H2",
            "1.6.x", "+", "<", ">=", "fixed in", "not affected", "Windows Server", "2022", "between", "and", "〜", "\u0000", "\uD800", "kernel",
            "5.15.0-1052-azure", "..", "AKS-HCI", "Azure Local", "\n", "1.2.3.4.5.6.7", "99999999999", "v", "x", "*", "H2", "以降で修正",
            "upgrade to", "keeps", "early 2022", "2024年", "CVE-2024-1", "https://x/1.28", "10.0.20348.2227", "1.0.16.10307"};
        forAll(random -> {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append(random.nextInt(6) == 0 ? (char) random.nextInt(0x10000) : pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            return new Try(t, () -> {
                VersionNote note = VersionNotes.parse(t);
                VersionNote fixed = VersionNotes.parseFixed(t);
                note.ranges().forEach(r -> assertFalse(r.isEmpty(), "an empty range " + r));
                assertTrue(fixed.ranges().isEmpty(), "a fixed-in note gives fixes only");
                assertTrue(t.isBlank() ? !note.understood() : t.strip().equals(note.text()), "the text is kept as written");
            });
        });
    }

    /** One try: the note generated, and the check of what the parser made of it. */
    record Try(String note, Runnable check) {
    }

    /** Runs {@value #TRIES} tries from the seed; the first failure names the seed, the try and its note. */
    private static void forAll(Function<Random, Try> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            Try one = property.apply(random);
            try {
                one.check().run();
            } catch (AssertionError | RuntimeException e) {
                fail("try " + i + " (seed " + SEED + ") failed for the note \"" + one.note() + "\": " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------- the generator

    static final List<Component> FIXABLE = List.of(Component.KUBERNETES, Component.CONTAINERD, Component.RUNC, Component.KERNEL,
            Component.CALICO, Component.FLANNEL, Component.COREDNS, Component.ETCD, Component.AKS_HCI_MODULE, Component.AKSARC_CLI,
            Component.WINDOWS_SERVER, Component.AZURE_LOCAL);

    static Generated affectedNote(Random random) {
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
        List<Component> components = new ArrayList<>();
        while (components.size() < count) {
            Component c = pick(random, List.of(Component.values()));
            if (!components.contains(c)) {
                components.add(c);
            }
        }
        StringBuilder text = new StringBuilder(pick(random, List.of("", "", "Seen on ", "Known to occur with ", "次の環境で発生: ", "お使いの ")));
        List<List<Clause>> all = new ArrayList<>();
        List<ComponentVersion> fixes = new ArrayList<>();
        List<ComponentVersion> negated = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            if (c > 0) {
                text.append(pick(random, List.of("; ", ". ", ", ", " with ", "、", " / ")));
            }
            text.append(name(random, component, c == 0)).append(pick(random, List.of("", "", " versions", " releases", " のバージョン", " の", " builds",
                    " nodes with", ",")));
            if (!text.toString().endsWith(" ") && !text.isEmpty()) {
                text.append(' ');
            }
            List<Clause> clauses = clauses(random, component);
            all.add(clauses);
            List<String> parts = clauses.stream().map(Clause::text).toList();
            text.append(String.join(pick(random, List.of(", ", " and ", " or ", "、", "; ")), parts));
            // a fix that is the end of an upper bound the note names: "before X (fixed in X)"
            Clause first = clauses.get(0);
            if (random.nextInt(3) == 0 && clauses.size() == 1 && first.fixable()) {
                ComponentVersion fix = first.out().get(0);
                text.append(String.format(pick(random, List.of(" (fixed in %s)", " (fix: %s)", " (%s で修正)", "（%s で修正済み）", " (resolved in %s)")),
                        write(random, fix)));
                fixes.add(fix);
            }
            // a version said not to be affected, in a clause of its own
            if (random.nextInt(4) == 0) {
                ComponentVersion outside = outsideAll(random, component, clauses);
                if (outside != null) {
                    // the clause ends there: what follows is affected again
                    text.append(String.format(pick(random, List.of(" (%s is not affected)", " (%s and later are not affected)",
                            "。%s は影響を受けません。", ". %s is unaffected.", "; %s is not affected;")), write(random, outside)));
                    negated.add(outside);
                }
            }
        }
        text.append(pick(random, List.of("", "", ".", "。", " (see the release notes)", " — details in the upstream issue",
                ". 詳細はリリース ノートを参照してください。", " on every node pool")));
        return new Generated(text.toString(), components, all, fixes, negated);
    }

    /** One to three clauses, in this order: at most one open below first, at most one open above last. */
    static List<Clause> clauses(Random random, Component component) {
        List<Clause> clauses = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            boolean first = i == 0;
            boolean lastOne = i == n - 1;
            clauses.add(clause(random, component, first, lastOne));
        }
        return clauses;
    }

    static Clause clause(Random random, Component c, boolean first, boolean lastOne) {
        ComponentVersion x = release(random, c);
        List<String> kinds = new ArrayList<>(List.of("point", "range", "list"));
        if (first) {
            kinds.addAll(List.of("before", "upTo"));
        }
        if (lastOne) {
            kinds.addAll(List.of("from", "after"));
        }
        if (c.precision() > 1 && c != Component.AZURE_STACK_HCI) {
            kinds.addAll(List.of("line", "lineBefore"));
        }
        kinds.add("fromBefore");
        String X = write(random, x);
        switch (pick(random, kinds)) {
            case "before" -> {
                x = withLast(x, Math.max(1, last(x)));
                X = write(random, x);
                ComponentVersion below = withLast(x, last(x) - 1);
                ComponentVersion bound = x;
                return new Clause(template(random, List.of("before %s", "prior to %s", "earlier than %s", "older than %s", "< %s", "<%s",
                        "%s 未満", "%s より前", "versions before %s"), X), v -> cmp(v, bound) < 0, List.of(below), List.of(bound, next(bound)), true);
            }
            case "upTo" -> {
                ComponentVersion bound = x;
                return new Clause(template(random, List.of("up to %s", "through %s", "<= %s", "%s and earlier", "%s or earlier", "%s and older",
                        "%s 以前", "%s まで", "%s 以下"), X), v -> cmp(v, bound) <= 0, List.of(bound), List.of(next(bound)));
            }
            case "from" -> {
                x = withLast(x, Math.max(1, last(x)));
                X = write(random, x);
                ComponentVersion bound = x;
                return new Clause(template(random, List.of("%s and later", "%s or later", "%s and newer", "since %s", ">= %s", ">=%s", "%s+",
                        "%s 以降", "%s 以上", "starting with %s", "%s onwards"), X), v -> cmp(v, bound) >= 0,
                        List.of(bound, next(bound)), List.of(withLast(bound, last(bound) - 1)));
            }
            case "after" -> {
                ComponentVersion bound = x;
                return new Clause(template(random, List.of("after %s", "later than %s", "newer than %s", "> %s", "%s より後"), X),
                        v -> cmp(v, bound) > 0, List.of(next(bound)), List.of(bound));
            }
            case "range" -> {
                ComponentVersion a = x;
                ComponentVersion b = later(a, 1 + random.nextInt(6));
                String A = write(random, a);
                String Bt = write(random, b);
                List<String> forms = new ArrayList<>(List.of("%s to %s", "%s - %s", "%s–%s", "%s through %s", "from %s to %s",
                        "from %s through %s", "between %s and %s", "%s から %s まで", "%s から %s", "%s〜%s", "%s ~ %s", "%s 以降 %s 以前"));
                if (c != Component.KERNEL) {
                    forms.add("%s-%s");
                }
                String form = pick(random, forms);
                ComponentVersion lower = a;
                ComponentVersion upper = b;
                List<ComponentVersion> outs = new ArrayList<>(List.of(next(b)));
                if (last(a) > 0) {
                    outs.add(withLast(a, last(a) - 1));
                }
                return new Clause(String.format(form, A, Bt), v -> cmp(v, lower) >= 0 && cmp(v, upper) <= 0, List.of(a, b), outs);
            }
            case "list" -> {
                List<ComponentVersion> named = new ArrayList<>(List.of(x));
                for (int k = random.nextInt(3); k > 0; k--) {
                    named.add(later(named.get(named.size() - 1), 1 + random.nextInt(3)));
                }
                ComponentVersion top = named.get(named.size() - 1);
                String joiner = pick(random, List.of(", ", " and ", " or ", "、", " / ", " と ", " および "));
                List<ComponentVersion> exact = List.copyOf(named);
                return new Clause(String.join(joiner, named.stream().map(v -> write(random, v)).toList()),
                        v -> exact.stream().anyMatch(e -> cmp(e, v) == 0), exact, List.of(next(top)));
            }
            case "line" -> {
                ComponentVersion line = line(x);
                return new Clause(line.text() + pick(random, List.of(".x", ".x", ".*", "")) , v -> startsWith(v, line),
                        List.of(x, withLast(x, last(x) + 3)), List.of(nextLine(x, 1)));
            }
            case "lineBefore" -> {
                ComponentVersion line = line(x);
                ComponentVersion bound = withLast(x, Math.max(1, last(x)));
                String B = write(random, bound);
                String form = pick(random, List.of("%1$s.x before %2$s", "%1$s.x prior to %2$s", "%2$s より前の %1$s.x", "%1$s.x versions before %2$s"));
                return new Clause(String.format(form, line.text(), B), v -> startsWith(v, line) && cmp(v, bound) < 0,
                        List.of(withLast(bound, last(bound) - 1)), List.of(bound, nextLine(x, 1)));
            }
            case "fromBefore" -> {
                ComponentVersion a = x;
                ComponentVersion b = later(a, 2 + random.nextInt(5));
                String form = pick(random, List.of(">=%s <%s", ">= %s, < %s", "%s 以降 %s 未満", "%s 以降、%s より前", "from %s, before %s",
                        "%s and later, before %s"));
                List<ComponentVersion> outs = new ArrayList<>(List.of(b));
                if (last(a) > 0) {
                    outs.add(withLast(a, last(a) - 1));
                }
                return new Clause(String.format(form, write(random, a), write(random, b)), v -> cmp(v, a) >= 0 && cmp(v, b) < 0,
                        List.of(a, later(a, 1)), outs);
            }
            default -> {
                ComponentVersion exact = x;
                return new Clause(X, v -> cmp(v, exact) == 0, List.of(x), List.of(next(x)));
            }
        }
    }

    /** A version of no clause: past the highest version any clause names. */
    static ComponentVersion outsideAll(Random random, Component c, List<Clause> clauses) {
        ComponentVersion candidate = nextLine(release(random, c), 20);
        for (int i = 0; i < 5; i++) {
            ComponentVersion v = candidate;
            if (clauses.stream().noneMatch(cl -> cl.truth().test(v)) && c.plausible(v)) {
                return v;
            }
            candidate = nextLine(candidate, 3);
        }
        return null;
    }

    /** A full release of the component, as it names them. */
    static ComponentVersion release(Random r, Component c) {
        List<Integer> p = switch (c) {
            case KUBERNETES -> List.of(1, 20 + r.nextInt(14), r.nextInt(16));
            case CONTAINERD -> r.nextInt(4) == 0 ? List.of(2, r.nextInt(2), r.nextInt(6)) : List.of(1, 5 + r.nextInt(3), r.nextInt(30));
            case RUNC -> List.of(1, r.nextInt(3), r.nextInt(15));
            case KERNEL -> List.of(4 + r.nextInt(3), r.nextInt(20), r.nextInt(200));
            case CALICO -> List.of(3, 20 + r.nextInt(10), r.nextInt(7));
            case FLANNEL -> List.of(0, 19 + r.nextInt(8), r.nextInt(5));
            case COREDNS -> List.of(1, 8 + r.nextInt(5), r.nextInt(5));
            case ETCD -> List.of(3, 4 + r.nextInt(2), r.nextInt(20));
            case AKS_HCI -> List.of(1, 0, 1 + r.nextInt(25), 10_000 + r.nextInt(1_000));
            case AKS_HCI_MODULE -> List.of(1, 1 + r.nextInt(2), r.nextInt(70));
            case AZURE_LOCAL -> List.of((23 + r.nextInt(4)) * 100 + 1 + r.nextInt(9));
            case AZURE_STACK_HCI -> List.of(20 + r.nextInt(5), 1);
            case WINDOWS_SERVER -> List.of(pick(r, List.of(17763, 20348, 26100)), 1 + r.nextInt(6_000));
            case AKSARC_CLI -> List.of(1, r.nextInt(6), r.nextInt(40));
        };
        return of(c, p);
    }

    /** The component's name as notes write it, with a space after it. */
    static String name(Random r, Component c, boolean first) {
        String name = name(r, c);
        // a bare version goes to the component named before it, if that one can have it: only the first may go unnamed
        return name.isEmpty() && !first ? name(r, c, first) : name;
    }

    static String name(Random r, Component c) {
        List<String> names = switch (c) {
            case KUBERNETES -> List.of("Kubernetes ", "Kubernetes version ", "K8s ", "kubelet ", "", "AKS Arc clusters on Kubernetes ");
            case CONTAINERD -> List.of("containerd ", "containerd versions ");
            case RUNC -> List.of("runc ");
            case KERNEL -> List.of("Linux kernel ", "kernel ", "Linux カーネル ", "カーネル ", "kernels ");
            case CALICO -> List.of("Calico ", "Calico CNI ", "Project Calico ");
            case FLANNEL -> List.of("Flannel ", "flannel ");
            case COREDNS -> List.of("CoreDNS ", "coredns ");
            case ETCD -> List.of("etcd ");
            case AKS_HCI -> List.of("AKS-HCI ", "AKS on Azure Stack HCI ", "AksHci ");
            case AKS_HCI_MODULE -> List.of("AksHci PowerShell module ", "AKS-HCI PowerShell module ", "PowerShell module ");
            case AZURE_LOCAL -> List.of("Azure Local ", "Azure Local release ", "AKS on Azure Local ", "");
            case AZURE_STACK_HCI -> List.of("Azure Stack HCI ", "Azure Stack HCI, version ", "");
            case WINDOWS_SERVER -> List.of("Windows Server ", "Windows Server build ");
            case AKSARC_CLI -> List.of("az aksarc ", "aksarc extension ", "the aksarc CLI extension ", "AKS Arc CLI extension ");
        };
        return pick(r, names);
    }

    /** How a note writes a version: sometimes with a leading v, a kernel's ABI after a dash, an HCI version as 23H2. */
    static String write(Random r, ComponentVersion v) {
        List<Integer> p = v.parts();
        return switch (v.component()) {
            case AZURE_STACK_HCI -> p.get(0) + "H" + p.get(1);
            case KERNEL -> p.size() == 4 ? p.get(0) + "." + p.get(1) + "." + p.get(2) + "-" + p.get(3) : dotted(p);
            case AZURE_LOCAL, WINDOWS_SERVER, AKS_HCI, AKS_HCI_MODULE -> dotted(p);
            default -> (r.nextInt(3) == 0 ? "v" : "") + dotted(p);
        };
    }

    private static String dotted(List<Integer> parts) {
        return String.join(".", parts.stream().map(String::valueOf).toList());
    }

    static String template(Random r, List<String> forms, String version) {
        return String.format(pick(r, forms), version);
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    static ComponentVersion of(Component c, List<Integer> parts) {
        return new ComponentVersion(c, parts, dotted(parts));
    }

    static int last(ComponentVersion v) {
        return v.parts().get(v.parts().size() - 1);
    }

    static ComponentVersion withLast(ComponentVersion v, int last) {
        List<Integer> p = new ArrayList<>(v.parts());
        p.set(p.size() - 1, Math.max(0, last));
        return of(v.component(), p);
    }

    /** A version {@code steps} releases after {@code v}, as the component numbers them (23H2 after 22H2, 2501 after 2412). */
    static ComponentVersion later(ComponentVersion v, int steps) {
        List<Integer> p = new ArrayList<>(v.parts());
        for (int i = 0; i < steps; i++) {
            if (v.component() == Component.AZURE_STACK_HCI) {
                if (p.get(1) == 1) {
                    p.set(1, 2);
                } else {
                    p.set(0, p.get(0) + 1);
                    p.set(1, 1);
                }
            } else if (v.component() == Component.AZURE_LOCAL) {
                int code = p.get(0) + 1;
                while (!Component.isReleaseCode(code)) {
                    code++;
                }
                p.set(0, code);
            } else {
                p.set(p.size() - 1, p.get(p.size() - 1) + 1);
            }
        }
        return of(v.component(), p);
    }

    /** The next release: the last number plus one. */
    static ComponentVersion next(ComponentVersion v) {
        return withLast(v, last(v) + 1);
    }

    /** The release line: all numbers but the last. */
    static ComponentVersion line(ComponentVersion v) {
        return of(v.component(), v.parts().subList(0, v.parts().size() - 1));
    }

    /** The first release of a later line: the next-to-last number plus {@code step}, the last 0. */
    static ComponentVersion nextLine(ComponentVersion v, int step) {
        List<Integer> p = new ArrayList<>(v.parts());
        if (p.size() == 1) {
            p.set(0, p.get(0) + step);
        } else {
            p.set(p.size() - 2, p.get(p.size() - 2) + step);
            p.set(p.size() - 1, 0);
        }
        if (v.component() == Component.AZURE_LOCAL) {
            int code = p.get(0);
            while (!Component.isReleaseCode(code)) {
                code++;
            }
            p.set(0, code);
        }
        return of(v.component(), p);
    }

    /** Compares number by number, a missing number as 0: written here again, not taken from the code under test. */
    static int cmp(ComponentVersion a, ComponentVersion b) {
        int n = Math.max(a.parts().size(), b.parts().size());
        for (int i = 0; i < n; i++) {
            int x = i < a.parts().size() ? a.parts().get(i) : 0;
            int y = i < b.parts().size() ? b.parts().get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    static boolean startsWith(ComponentVersion v, ComponentVersion line) {
        return v.parts().size() >= line.parts().size() && v.parts().subList(0, line.parts().size()).equals(line.parts());
    }

    static ComponentVersion version(Component c, String text) {
        return c.version(text).orElseThrow(() -> new AssertionError(text + " is no " + c + " version"));
    }
}
