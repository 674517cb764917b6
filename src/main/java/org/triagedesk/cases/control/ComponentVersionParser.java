package org.triagedesk.cases.control;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.entity.Component;

/**
 * The versions of a cluster's components, from the outputs customers paste: {@code containerd --version},
 * {@code runc --version}, {@code crictl version}, {@code kubectl get nodes -o wide} (KERNEL-VERSION and
 * CONTAINER-RUNTIME, a Windows node's build), {@code uname -r} / {@code uname -a} / {@code /proc/version},
 * image references and {@code crictl images} rows of Calico, Flannel, CoreDNS and etcd (and their own
 * version lines), {@code Get-AksHciVersion}, {@code Get-Module AksHci} / {@code Get-InstalledModule AksHci},
 * {@code az extension list} / {@code az version} / {@code az extension show} for {@code aksarc}, the Azure
 * Local solution version ({@code Get-SolutionUpdateEnvironment}, {@code Get-StampInformation}), the Azure
 * Stack HCI display version and the Windows build ({@code ver}, {@code systeminfo}). Each fact is named
 * after its {@link Component#fact()}; a version seen again in the same evidence is reported once.
 * <p>
 * Over 150 lines: one reader per command output listed above, each a few lines; they share the line loop and the
 * once-per-version rule, which a split by component would repeat.
 */
public class ComponentVersionParser implements FactParser {

    private static final String V = "v?(\\d+\\.\\d+\\.\\d+(?:[-+~][0-9A-Za-z.+~-]*)?)";
    private static final String IMAGE_PATH = "(?:^|[\\s\"'=@])(?:[\\w.-]+(?::\\d+)?/)*";
    private static final String TAG = "(?::|\\s+)v?(\\d+\\.\\d+\\.\\d+)";

    private static final Pattern CONTAINERD = Pattern.compile("^\\s*containerd\\s+\\S+\\s+" + V + "(?:\\s+[0-9a-f]{7,40})?\\s*$");
    private static final Pattern RUNC = Pattern.compile("^\\s*runc\\s+version\\s+" + V + "\\s*$");
    private static final Pattern RUNTIME_NAME = Pattern.compile("^\\s*RuntimeName:\\s*containerd\\s*$");
    private static final Pattern RUNTIME_VERSION = Pattern.compile("^\\s*RuntimeVersion:\\s*" + V + "\\s*$");
    private static final Pattern KERNEL = Pattern.compile("^\\s*(\\d+\\.\\d+\\.\\d+(?:[-.][0-9A-Za-z_.+~-]*)?)\\s*$");
    private static final Pattern UNAME_A = Pattern.compile("^\\s*Linux\\s+\\S+\\s+(\\d+\\.\\d+\\.\\d+\\S*)\\s+#");
    private static final Pattern PROC_VERSION = Pattern.compile("Linux version (\\d+\\.\\d+\\.\\d+\\S*)");
    private static final Pattern CALICO = Pattern.compile(IMAGE_PATH
            + "calico/(?:node|cni|kube-controllers|typha|pod2daemon-flexvol|apiserver|csi|node-driver-registrar)" + TAG);
    private static final Pattern FLANNEL = Pattern.compile(IMAGE_PATH + "(?:flannel|mirrored-flannelcni-flannel)" + TAG);
    private static final Pattern COREDNS = Pattern.compile(IMAGE_PATH + "coredns" + TAG);
    private static final Pattern COREDNS_LOG = Pattern.compile("\\bCoreDNS-(\\d+\\.\\d+\\.\\d+)\\b");
    private static final Pattern ETCD = Pattern.compile(IMAGE_PATH + "etcd" + TAG);
    private static final Pattern ETCD_OWN = Pattern.compile("(?:^\\s*etcd Version:\\s*|\"etcd-version\"\\s*:\\s*\")v?(\\d+\\.\\d+\\.\\d+)");
    private static final Pattern AKSHCI_VERSION = Pattern.compile("^\\s*v?(1\\.0\\.\\d+\\.\\d+)\\s*$");
    private static final Pattern AKSHCI_MODULE_ROW = Pattern.compile(
            "^\\s*(?:(?:Script|Manifest|Binary)\\s+)?v?(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)\\s+(?:\\S+\\s+)?AksHci(?![\\w.-])");
    private static final Pattern NAME_AKSHCI = Pattern.compile("^\\s*Name\\s*:\\s*AksHci\\s*$");
    private static final Pattern LIST_VERSION = Pattern.compile("^\\s*Version\\s*:\\s*v?(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern AKSARC_ROW = Pattern.compile("(?:^|\\s)aksarc\\s.*\\s(\\d+\\.\\d+\\.\\d+)\\s*$");
    /** A row of {@code az extension list -o table} has its Experimental and Preview columns. */
    private static final Pattern TABLE_FLAG = Pattern.compile("\\b(?:True|False)\\b");
    private static final Pattern AKSARC_AZ_VERSION = Pattern.compile("\"aksarc\"\\s*:\\s*\"(\\d+\\.\\d+\\.\\d+)\"");
    private static final Pattern JSON_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern JSON_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"(\\d+\\.\\d+\\.\\d+)\"");
    private static final Pattern SOLUTION_VERSION = Pattern.compile(
            "(?i)(?:current|stamp|solution|installed)?\\s*version\"?\\s*[:=]\\s*\"?(\\d{1,2}\\.(?:2[3-9]|3\\d)(?:0[1-9]|1[0-2])\\.\\d+\\.\\d+)\\b");
    private static final Pattern AZURE_LOCAL_NAMED = Pattern.compile("(?i)\\bAzure Local,?\\s+(?:version\\s+)?((?:2[3-9]|3\\d)(?:0[1-9]|1[0-2])(?:\\.\\d+)?)\\b");
    private static final Pattern HCI_DISPLAY = Pattern.compile("(?i)^\\s*(?:Os)?DisplayVersion\\s*:\\s*(\\d\\dH[12])\\s*$");
    private static final Pattern HCI_NAMED = Pattern.compile("(?i)\\bAzure Stack HCI,?\\s+(?:version\\s+)?(\\d\\dH[12])\\b");
    private static final Pattern WINDOWS_VER = Pattern.compile("Microsoft Windows \\[Version (10\\.0\\.\\d{5}\\.\\d+)\\]");
    private static final Pattern SYSTEMINFO = Pattern.compile("^\\s*OS Version:\\s+(10\\.0\\.\\d{5})\\b");
    private static final Pattern WINDOWS_KERNEL = Pattern.compile("^10\\.0\\.\\d{5}\\.\\d+$");

    @Override
    public void read(Evidence evidence, List<String> lines, Consumer<ExtractedFact> found) {
        Set<String> seen = new HashSet<>();
        Consumer<ExtractedFact> once = f -> {
            if (seen.add(f.fact() + "=" + f.value())) {
                found.accept(f);
            }
        };
        boolean unameFile = evidence.name() != null && evidence.name().toLowerCase(Locale.ROOT).contains("uname");
        boolean mentionsHci = lines.stream().anyMatch(l -> l.contains("Azure Stack HCI") || l.contains("Azure Local"));
        NodeTable nodes = null;
        int akshciPrompt = -10;
        int unamePrompt = -10;
        int runtimeName = -10;
        int moduleName = -10;
        int aksarcName = -10;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Reader r = new Reader(evidence, line, i, once);
            NodeTable header = NodeTable.header(line);
            if (header != null) {
                nodes = header;
                continue;
            }
            if (nodes != null) {
                if (line.isBlank()) {
                    nodes = null;
                } else {
                    nodes.row(r);
                    continue;
                }
            }
            Matcher m;
            if ((m = CONTAINERD.matcher(line)).find()) {
                r.fact(Component.CONTAINERD, m.group(1), "containerd --version");
            }
            if ((m = RUNC.matcher(line)).find()) {
                r.fact(Component.RUNC, m.group(1), "runc --version");
            }
            if (RUNTIME_NAME.matcher(line).find()) {
                runtimeName = i;
            } else if (i - runtimeName <= 3 && (m = RUNTIME_VERSION.matcher(line)).find()) {
                r.fact(Component.CONTAINERD, m.group(1), "crictl version");
            }
            if (line.contains("uname -r")) {
                unamePrompt = i;
            } else if ((i - unamePrompt <= 2 || unameFile) && (m = KERNEL.matcher(line)).find()) {
                r.fact(Component.KERNEL, m.group(1), "uname -r");
            }
            if ((m = UNAME_A.matcher(line)).find()) {
                r.fact(Component.KERNEL, m.group(1), "uname -a");
            } else if ((m = PROC_VERSION.matcher(line)).find()) {
                r.fact(Component.KERNEL, m.group(1), "/proc/version");
            }
            if (line.contains("calico") && (m = CALICO.matcher(line)).find()) {
                r.fact(Component.CALICO, m.group(1), "image tag");
            }
            if (line.contains("flannel") && (m = FLANNEL.matcher(line)).find()) {
                r.fact(Component.FLANNEL, m.group(1), "image tag");
            }
            if (line.contains("coredns") && (m = COREDNS.matcher(line)).find()) {
                r.fact(Component.COREDNS, m.group(1), "image tag");
            } else if ((m = COREDNS_LOG.matcher(line)).find()) {
                r.fact(Component.COREDNS, m.group(1), "CoreDNS log");
            }
            if (line.contains("etcd")) {
                if ((m = ETCD.matcher(line)).find()) {
                    r.fact(Component.ETCD, m.group(1), "image tag");
                } else if ((m = ETCD_OWN.matcher(line)).find()) {
                    r.fact(Component.ETCD, m.group(1), "etcd --version");
                }
            }
            if (line.contains("Get-AksHciVersion")) {
                akshciPrompt = i;
            } else if (i - akshciPrompt <= 3 && (m = AKSHCI_VERSION.matcher(line)).find()) {
                r.fact(Component.AKS_HCI, m.group(1), "Get-AksHciVersion");
            }
            if ((m = AKSHCI_MODULE_ROW.matcher(line)).find()) {
                r.fact(Component.AKS_HCI_MODULE, m.group(1), "Get-Module AksHci");
            }
            if (NAME_AKSHCI.matcher(line).find()) {
                moduleName = i;
            } else if (Math.abs(i - moduleName) <= 8 && (m = LIST_VERSION.matcher(line)).find()) {
                r.fact(Component.AKS_HCI_MODULE, m.group(1), "Get-Module AksHci");
            }
            if (line.contains("aksarc")) {
                if ((m = AKSARC_AZ_VERSION.matcher(line)).find()) {
                    r.fact(Component.AKSARC_CLI, m.group(1), "az version");
                } else if (!line.contains("\"") && !line.contains("--") && TABLE_FLAG.matcher(line).find()
                        && (m = AKSARC_ROW.matcher(line)).find()) {
                    r.fact(Component.AKSARC_CLI, m.group(1), "az extension list");
                }
            }
            Matcher name = JSON_NAME.matcher(line);
            if (name.find()) {
                aksarcName = name.group(1).equals("aksarc") ? i : -10;
            } else if (i - aksarcName <= 8 && (m = JSON_VERSION.matcher(line)).find()) {
                r.fact(Component.AKSARC_CLI, m.group(1), "az extension show");
                aksarcName = -10;
            }
            if ((m = SOLUTION_VERSION.matcher(line)).find()) {
                r.fact(Component.AZURE_LOCAL, m.group(1), "Azure Local solution version");
            } else if ((m = AZURE_LOCAL_NAMED.matcher(line)).find()) {
                r.fact(Component.AZURE_LOCAL, m.group(1), "Azure Local version");
            }
            if ((m = HCI_NAMED.matcher(line)).find() || (mentionsHci && (m = HCI_DISPLAY.matcher(line)).find())) {
                r.fact(Component.AZURE_STACK_HCI, m.group(1).toUpperCase(Locale.ROOT), "Azure Stack HCI version");
            }
            if ((m = WINDOWS_VER.matcher(line)).find()) {
                r.fact(Component.WINDOWS_SERVER, m.group(1), "ver");
            } else if ((m = SYSTEMINFO.matcher(line)).find()) {
                r.fact(Component.WINDOWS_SERVER, m.group(1), "systeminfo");
            }
        }
    }

    /** Where a fact is reported from: one line of one evidence. */
    private record Reader(Evidence evidence, String line, int index, Consumer<ExtractedFact> found) {

        void fact(Component component, String value, String source) {
            if (component.version(value).filter(component::plausible).isPresent()) {
                found.accept(new ExtractedFact(component.fact(), value, evidence.name(), index + 1, line, source));
            }
        }
    }

    /**
     * The rows of {@code kubectl get nodes -o wide}. The OS-IMAGE column holds spaces ("Ubuntu 22.04.3 LTS",
     * "Windows Server 2022 Datacenter"), so KERNEL-VERSION and CONTAINER-RUNTIME, the last columns, are
     * counted from the end of a row.
     */
    private record NodeTable(int kernelFromEnd, int runtimeFromEnd) {

        static NodeTable header(String line) {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            int kernel = cells.indexOf("KERNEL-VERSION");
            int runtime = cells.indexOf("CONTAINER-RUNTIME");
            if (!cells.contains("NAME") || kernel < 0 || runtime < 0) {
                return null;
            }
            return new NodeTable(cells.size() - 1 - kernel, cells.size() - 1 - runtime);
        }

        void row(Reader r) {
            String[] cells = r.line().trim().split("\\s+");
            if (cells.length <= Math.max(kernelFromEnd, runtimeFromEnd)) {
                return;
            }
            String kernel = cells[cells.length - 1 - kernelFromEnd];
            String runtime = cells[cells.length - 1 - runtimeFromEnd];
            if (WINDOWS_KERNEL.matcher(kernel).matches()) {
                r.fact(Component.WINDOWS_SERVER, kernel, "kubectl get nodes -o wide");
            } else if (kernel.matches("\\d+\\.\\d+\\.\\d+.*")) {
                r.fact(Component.KERNEL, kernel, "kubectl get nodes -o wide");
            }
            if (runtime.startsWith("containerd://")) {
                r.fact(Component.CONTAINERD, runtime.substring("containerd://".length()), "kubectl get nodes -o wide");
            }
        }
    }
}
