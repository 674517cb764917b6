package org.triagedesk.knowledgebase.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of an AKS Arc cluster whose version a known issue can name and evidence can show:
 * Kubernetes, the container runtime and its runc, the Linux kernel, the CNI plugins, CoreDNS, etcd,
 * AKS-HCI (the release and its PowerShell module), the Azure Local / Azure Stack HCI release the
 * cluster runs on, the Windows Server build of a node, and the {@code az aksarc} CLI extension.
 * {@link #code()} is the name in the API, {@link #fact()} the name of the fact read from evidence.
 * <p>
 * Over 150 lines: one constant per component with its code, fact name and precision, and the version syntax of
 * each kind (dotted, Azure Stack HCI 22H2, kernel ABI suffixes) parsed and compared here; the enum is the table.
 */
public enum Component {

    KUBERNETES("kubernetes", "kubernetesVersion", 3),
    CONTAINERD("containerd", "containerdVersion", 3),
    RUNC("runc", "runcVersion", 3),
    KERNEL("kernel", "kernelVersion", 3),
    CALICO("calico", "calicoVersion", 3),
    FLANNEL("flannel", "flannelVersion", 3),
    COREDNS("coredns", "corednsVersion", 3),
    ETCD("etcd", "etcdVersion", 3),
    /** An AKS-HCI (AKS on Azure Stack HCI / Windows Server) release, as {@code Get-AksHciVersion} shows it: 1.0.x.y. */
    AKS_HCI("aks-hci", "aksHciVersion", 4),
    /** The AksHci PowerShell module, as {@code Get-Module AksHci} shows it. */
    AKS_HCI_MODULE("akshci-module", "aksHciModuleVersion", 3),
    /** An Azure Local release by its YYMM code (2411, 2503), optionally with its point release. */
    AZURE_LOCAL("azure-local", "azureLocalVersion", 1),
    /** An Azure Stack HCI feature version: 21H2, 22H2, 23H2. */
    AZURE_STACK_HCI("azure-stack-hci", "azureStackHciVersion", 2),
    /** A Windows Server OS build with its update revision: 17763.5576, 20348.2227. */
    WINDOWS_SERVER("windows-server", "windowsBuild", 2),
    /** The {@code aksarc} extension of the Azure CLI. */
    AKSARC_CLI("aksarc", "aksarcVersion", 3);

    private static final Pattern DOTTED = Pattern.compile("^[vV]?(\\d{1,6}(?:\\.\\d{1,6}){0,4})(?:\\.[xX*])?([-+~][0-9A-Za-z.+~-]*)?$");
    private static final Pattern HCI = Pattern.compile("^(\\d{2})[hH]([12])$");
    private static final Pattern KERNEL_ABI = Pattern.compile("^-(\\d{1,6})(?:\\D.*)?$");

    private final String code;
    private final String fact;
    private final int precision;

    Component(String code, String fact, int precision) {
        this.code = code;
        this.fact = fact;
        this.precision = precision;
    }

    public String code() {
        return code;
    }

    public String fact() {
        return fact;
    }

    /** How many numbers name one release of this component (1.28.5: three; 2503: one). */
    public int precision() {
        return precision;
    }

    public static Optional<Component> ofCode(String code) {
        for (Component c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Component> ofFact(String fact) {
        for (Component c : values()) {
            if (c.fact.equals(fact)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a version of this component as notes and command outputs write it: {@code v1.28.5-kvapkg.1},
     * {@code 5.15.0-1052-azure} (the kernel's ABI number counts), {@code 10.2408.0.29} (an Azure Local
     * solution version: its release 2408), {@code 23H2}, {@code 10.0.20348.2227} (a Windows build), or
     * {@code 1.6.x} (a whole line). Empty when the text is not such a version.
     */
    public Optional<ComponentVersion> version(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (this == AZURE_STACK_HCI) {
            Matcher m = HCI.matcher(t);
            return m.matches() ? Optional.of(new ComponentVersion(this, List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                    m.group(1) + "H" + m.group(2))) : Optional.empty();
        }
        Matcher m = DOTTED.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> parts = new ArrayList<>();
        for (String p : m.group(1).split("\\.")) {
            parts.add(Integer.parseInt(p));
        }
        String shown = m.group(1);
        String suffix = m.group(2);
        switch (this) {
            case KUBERNETES -> {
                if (parts.size() > 3) {
                    return Optional.empty();
                }
            }
            case KERNEL -> {
                Matcher abi = suffix == null ? null : KERNEL_ABI.matcher(suffix);
                if (parts.size() == 3 && abi != null && abi.matches()) {
                    parts.add(Integer.parseInt(abi.group(1)));
                    shown += "-" + abi.group(1);
                }
            }
            case AZURE_LOCAL -> {
                // 10.2408.0.29, 11.2411.1.10, 12.2504.1001.20: the solution version carries the release in its second number
                if (parts.size() >= 3 && parts.get(0) < 100 && isReleaseCode(parts.get(1))) {
                    parts = new ArrayList<>(parts.subList(1, parts.size()));
                    shown = String.join(".", parts.stream().map(String::valueOf).toList());
                }
            }
            case WINDOWS_SERVER -> {
                if (parts.size() >= 3 && parts.get(0) == 10 && parts.get(1) == 0) {
                    parts = new ArrayList<>(parts.subList(2, parts.size()));
                    shown = String.join(".", parts.stream().map(String::valueOf).toList());
                } else if (parts.size() == 1 && windowsYearBuild(parts.get(0)) > 0) {
                    parts = List.of(windowsYearBuild(parts.get(0)));
                    shown = String.valueOf(parts.get(0));
                }
            }
            default -> {
            }
        }
        return Optional.of(new ComponentVersion(this, List.copyOf(parts), shown));
    }

    /**
     * Whether a version is one this component has, or could soon have: Kubernetes 1.10 and later,
     * containerd 1.x and 2.x, Calico 3.x, an Azure Local release code, and so on. A version a note
     * gives after a component's name that fails this belongs to something else.
     */
    public boolean plausible(ComponentVersion v) {
        List<Integer> p = v.parts();
        int major = p.get(0);
        int minor = p.size() > 1 ? p.get(1) : -1;
        return switch (this) {
            case KUBERNETES -> major == 1 && minor >= 10 && minor < 100;
            case CONTAINERD -> (major == 1 || major == 2) && minor >= 0 && minor < 10;
            case RUNC -> major == 1 && minor >= 0 && minor < 10;
            case KERNEL -> major >= 3 && major <= 9 && minor >= 0;
            case CALICO -> major == 3 && minor >= 0;
            case FLANNEL -> major == 0 && minor >= 0;
            case COREDNS -> major == 1 && minor >= 0 && minor < 30;
            case ETCD -> major == 3 && minor >= 0;
            case AKS_HCI -> major == 1 && minor == 0;
            case AKS_HCI_MODULE -> major == 1 && minor >= 0 && minor < 10;
            case AZURE_LOCAL -> isReleaseCode(major);
            case AZURE_STACK_HCI -> major >= 19 && major <= 40;
            case WINDOWS_SERVER -> major >= 10_000 && major < 100_000;
            case AKSARC_CLI -> major >= 0 && major <= 3 && minor >= 0;
        };
    }

    /** YYMM of an Azure Local release: 2311 (the first, 23H2) to 3912. */
    public static boolean isReleaseCode(int n) {
        int year = n / 100;
        int month = n % 100;
        return year >= 23 && year <= 39 && month >= 1 && month <= 12;
    }

    /** The build of a Windows Server release named by its year; 0 for another number. */
    static int windowsYearBuild(int year) {
        return switch (year) {
            case 2016 -> 14393;
            case 2019 -> 17763;
            case 2022 -> 20348;
            case 2025 -> 26100;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return code.toLowerCase(Locale.ROOT);
    }
}
