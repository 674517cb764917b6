package org.triagedesk.cases.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.knowledgebase.entity.RedactionAllowList;

/**
 * Masks customer identifiers in evidence before anything is stored, indexed or drafted: private keys
 * and certificates, tokens, passwords in connection strings and settings, subscription and tenant
 * GUIDs, e-mail addresses, IP addresses, host names and node names (the generated names of AKS and AKS Arc
 * nodes and VMs, and any name that a node list or a node field gives). What the rules need stays readable: versions
 * ({@code v1.28.5}), dates and times, ports, Kubernetes object names and error texts. Each kind of
 * mask says what it replaced, and the result counts them.
 * <p>
 * What identifies nobody and the diagnosis needs is never masked ({@link RedactionAllowList}, from
 * {@code kb/redaction/allow-list.txt}): loopback, link-local and documentation addresses ({@code 127.0.0.1} in a
 * CoreDNS loop), public vendor and project domains ({@code coredns.io}, {@code mcr.microsoft.com}).
 * Over 150 lines: the table of masking rules (one line each) and the node-name pass that learns names from node
 * lists; what is masked and what stays readable is reviewed in one place.
 */
public class Redactor {

    /** A redacted text and how many identifiers of each kind were masked. */
    public record Redacted(String text, Map<String, Integer> masked) {

        public int total() {
            return masked.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * A kind of identifier: its pattern, the group that is masked, and words of which at least one
     * must occur (lower-cased) for the pattern to be worth running over a large text at all.
     */
    private record Rule(String kind, Pattern pattern, int group, List<String> anyOf) {
        Rule(String kind, Pattern pattern, int group, String... anyOf) {
            this(kind, pattern, group, List.of(anyOf));
        }

        boolean mayMatch(String lower) {
            return anyOf.isEmpty() || anyOf.stream().anyMatch(lower::contains);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("private-key", Pattern.compile(
                    "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"), 0, "-----begin"),
            new Rule("certificate", Pattern.compile("-----BEGIN CERTIFICATE-----[\\s\\S]*?-----END CERTIFICATE-----"), 0, "-----begin"),
            new Rule("certificate", Pattern.compile("(?i)((?:client-certificate-data|client-key-data|certificate-authority-data)"
                    + "\\s*:\\s*)([A-Za-z0-9+/=]{20,})"), 2, "-data"),
            new Rule("token", Pattern.compile("(?i)(bearer\\s+)([A-Za-z0-9\\-._~+/]{16,}=*)"), 2, "bearer"),
            new Rule("token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{5,}"), 0, "eyj"),
            new Rule("token", Pattern.compile("(?i)((?:token|secret|apikey|api-key|access[_-]?key|sas|sig)\\s*[=:]\\s*\"?)"
                    + "([A-Za-z0-9+/_.%-]{12,}=*)"), 2, "token", "secret", "apikey", "api-key", "access", "sas", "sig"),
            new Rule("password", Pattern.compile("(?i)((?:password|passwd|pwd)\\s*[=:]\\s*\"?)([^\\s;\"',]+)"), 2, "password", "passwd",
                    "pwd"),
            new Rule("password", Pattern.compile("(?i)(://[^/\\s:@]+:)([^@\\s/]+)(@)"), 2, "://"),
            new Rule("guid", Pattern.compile(
                    "(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"), 0),
            new Rule("email", Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\b"), 0, "@"),
            new Rule("ip", Pattern.compile("(?<![\\d.vV])(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}"
                    + "(?![\\d.-])"), 0),
            new Rule("ip", Pattern.compile("(?i)(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])"), 0),
            // a compressed IPv6 address (fe80::204:61ff:fe9d:f156, 2603:1030::5, ::1): hex groups around one "::"
            new Rule("ip", Pattern.compile("(?i)(?<![\\w:.])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?"
                    + "(?:%[a-z0-9]+)?(?![\\w:])"), 0, "::"),
            new Rule("hostname", Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
                    + "(?:local|lan|corp|internal|intra|com|net|org|jp|co\\.jp|io|cloud|contoso\\.com)\\b"), 0, ".local", ".lan", ".corp",
                    ".internal", ".intra", ".com", ".net", ".org", ".jp", ".io", ".cloud"),
            // Node and VM names that AKS enabled by Azure Arc and AKS generate: MOC virtual machines
            // (moc-l… Linux, moc-w… Windows: the letter and ten random characters), AKS scale-set and
            // availability-set nodes (aks-<pool>-<8 digits>-vmss<6>, …-vmss_<n>, …-<n>) and Windows nodes
            // (aks<pool><6>). A leading dash is allowed, so a static pod keeps its component name
            // (kube-apiserver-moc-l… -> kube-apiserver-[REDACTED-NODE]).
            new Rule("node", Pattern.compile("(?i)(?<![a-z0-9_.])moc-[lw][a-z0-9]{10}(?![a-z0-9_])"), 0, "moc-"),
            new Rule("node", Pattern.compile("(?i)(?<![a-z0-9_.])aks-[a-z][a-z0-9]{0,11}-\\d{8}-(?:vmss[0-9a-z]{6}|vmss_\\d+|vmss|\\d{1,4})"
                    + "(?![a-z0-9_])"), 0, "aks-"),
            new Rule("node", Pattern.compile("(?i)(?<![a-z0-9_.-])aks[a-z][a-z0-9]{0,5}\\d{3}[0-9a-z]{3}(?![a-z0-9_-])"), 0, "aks"),
            // AKS Edge Essentials names its nodes after the Windows host: <computer name>-ledge / -wedge.
            new Rule("node", Pattern.compile("(?i)(?<![a-z0-9_.-])([a-z0-9][a-z0-9-]{0,14})-(?:ledge|wedge)(?![a-z0-9_-])"), 1, "-ledge",
                    "-wedge"));

    /**
     * Where evidence says outright that a word is a node's or a host's name, whatever its shape: the
     * NAME column of {@code kubectl get nodes}, the Name column of {@code Get-ClusterNode} and
     * {@code Get-VM}, the {@code kubernetes.io/hostname} label, a pod's {@code nodeName} and the
     * {@code Node:} line of {@code kubectl describe pod} and the {@code Hostname:} address of
     * {@code kubectl describe node}.
     */
    private static final Pattern NODE_TABLE = Pattern.compile("^\\s*NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION\\b.*");
    private static final Pattern NODE_ROW = Pattern.compile("^(\\s*)(\\S+)(\\s+(?:Ready|NotReady|Unknown)\\b.*)");
    private static final Pattern HOST_TABLE = Pattern.compile("^\\s*Name\\s+(?:Id\\s+)?State\\s+\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_ROW = Pattern.compile(
            "^(\\s*)(\\S+)(\\s+(?:\\d+\\s+)?(?:Up|Down|Paused|Joining|Running|Off|Saved|Starting|Stopping)\\b.*)");
    private static final Pattern NODE_FIELD = Pattern.compile("(?im)(kubernetes\\.io/hostname\"?\\s*[:=]\\s*\"?|\\bnodeName\"?\\s*:\\s*\"?"
            + "|^\\s*Node:\\s+|^\\s*Hostname:\\s+)([a-z0-9][a-z0-9-]{0,62})(?![a-z0-9_.-])");
    /** A name that is clearly a host's (a digit or a dash in it) is masked wherever else it occurs, a word like {@code master} only where it was named. */
    private static final Pattern DISTINCTIVE = Pattern.compile("(?i)[a-z0-9-]*[0-9-][a-z0-9-]*");

    private final RedactionAllowList allowList;

    /** A redactor that keeps only the reserved address ranges (loopback, link-local, documentation). */
    public Redactor() {
        this(RedactionAllowList.RESERVED_ONLY);
    }

    /** A redactor that never masks what the allow-list of kb/ keeps (kb/redaction/allow-list.txt). */
    public Redactor(RedactionAllowList allowList) {
        this.allowList = allowList;
    }

    public Redacted redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, Map.of());
        }
        Map<String, Integer> masked = new LinkedHashMap<>();
        String out = text;
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(out);
            StringBuilder result = new StringBuilder();
            int count = 0;
            while (m.find()) {
                String found = m.group(rule.group());
                if (rule.kind().equals("hostname") && allowList.keepsHost(found)
                        || rule.kind().equals("ip") && (found.chars().noneMatch(Character::isDigit) || allowList.keepsAddress(found))) {
                    // (an IPv6 address has a digit; "::Add" of a PowerShell call does not)
                    m.appendReplacement(result, Matcher.quoteReplacement(m.group()));
                    continue;
                }
                count++;
                String replacement = rule.group() == 0 ? mask(rule.kind())
                        : m.group().substring(0, m.start(rule.group()) - m.start()) + mask(rule.kind())
                                + m.group().substring(m.end(rule.group()) - m.start());
                m.appendReplacement(result, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(result);
            if (count > 0) {
                masked.merge(rule.kind(), count, Integer::sum);
                out = result.toString();
            }
        }
        out = maskNamedNodes(out, masked);
        return new Redacted(out, masked);
    }

    /** Masks the node and host names that the evidence itself names as such (see {@link #NODE_TABLE}), and every other occurrence of them. */
    private static String maskNamedNodes(String text, Map<String, Integer> masked) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("name") && !lower.contains("node")) {
            return text;
        }
        Set<String> names = new LinkedHashSet<>();
        int count = 0;
        StringBuilder out = new StringBuilder(text.length());
        Pattern row = null;
        for (String line : text.split("(?<=\n)", -1)) {
            String content = line.replaceFirst("\r?\n$", "");
            if (NODE_TABLE.matcher(content).matches()) {
                row = NODE_ROW;
            } else if (HOST_TABLE.matcher(content).matches()) {
                row = HOST_ROW;
            } else if (row != null && content.isBlank()) {
                row = null;
            } else if (row != null) {
                Matcher m = row.matcher(content);
                if (m.matches()) {
                    if (isName(m.group(2))) {
                        names.add(m.group(2));
                        line = m.group(1) + mask("node") + m.group(3) + line.substring(content.length());
                        count++;
                    }
                } else if (!content.trim().matches("-[-\\s]*")) {
                    row = null; // the table has ended (a PowerShell table's dashes under its header do not end it)
                }
            }
            out.append(line);
        }
        Matcher field = NODE_FIELD.matcher(out);
        StringBuilder fields = new StringBuilder(out.length());
        while (field.find()) {
            String name = field.group(2);
            if (isName(name)) {
                names.add(name);
                count++;
                field.appendReplacement(fields, Matcher.quoteReplacement(field.group(1) + mask("node")));
            }
        }
        field.appendTail(fields);
        String result = fields.toString();
        List<String> distinctive = names.stream().filter(n -> DISTINCTIVE.matcher(n).matches() && n.length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : distinctive) {
            Matcher again = Pattern.compile("(?i)(?<![a-z0-9_.])" + Pattern.quote(name) + "(?![a-z0-9_])").matcher(result);
            StringBuilder replaced = new StringBuilder(result.length());
            while (again.find()) {
                count++;
                again.appendReplacement(replaced, Matcher.quoteReplacement(mask("node")));
            }
            again.appendTail(replaced);
            result = replaced.toString();
        }
        if (count > 0) {
            masked.merge("node", count, Integer::sum);
        }
        return result;
    }

    /** A host name as a node table or field gives it (not a placeholder such as {@code <none>} or a mask already made). */
    private static boolean isName(String cell) {
        return cell.matches("(?i)[a-z0-9][a-z0-9-]{0,62}") && !cell.equalsIgnoreCase("NAME");
    }

    static String mask(String kind) {
        return "[REDACTED-" + kind.toUpperCase(Locale.ROOT) + "]";
    }

    /** The kinds this redactor masks, for reports. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        RULES.forEach(r -> {
            if (!kinds.contains(r.kind())) {
                kinds.add(r.kind());
            }
        });
        return kinds;
    }
}
