package org.triagedesk.knowledgebase.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.ComponentFix;
import org.triagedesk.knowledgebase.entity.ComponentRange;
import org.triagedesk.knowledgebase.entity.ComponentVersion;
import org.triagedesk.knowledgebase.entity.VersionNote;
import org.triagedesk.knowledgebase.entity.VersionRange;

/**
 * Reads the version notes of a known issue as maintainers write them, in English or Japanese:
 * "containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4", "Linux kernels before 5.7", "Kubernetes
 * 1.27.0 to 1.27.3", "Azure Local 2503 and 2504", "1.28.0 以降 1.28.5 未満", "fixed in 2505". Each
 * version is given to the component named before it (Kubernetes when none is named and it looks
 * like one; an Azure Local release for a YYMM code; an Azure Stack HCI version for 22H2), and the
 * words around it make it a single version or line, a lower or upper end, a range or a fix. What it
 * cannot read stays text: dates ("early 2022"), other products' versions, clauses that say a version
 * is not affected (or, in a fixed-in note, not fixed). It never throws.
 *
 * <p>A note in the syntax of kb/README.md ({@code >=1.26.0 <1.28.5}, {@code 1.28},
 * {@code 1.27.0 - 1.28.4}, comma alternatives) is read exactly as {@link VersionRange} reads it; a
 * fixed-in note that is one Kubernetes version exactly as {@link KubernetesRelease} reads it.
 * <p>
 * Over 150 lines (far over): a small tokenizer and parser for free-text version notes in two languages, with its
 * token rules, its items and its reading state nested as private classes; splitting the grammar over files would make
 * a rule harder to follow from token to meaning. Its tests (VersionNotesTest, VersionNotesPropertiesTest) list the phrasings it reads.
 */
public final class VersionNotes {

    private static final int MAX_TEXT = 2_000;
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern RELEASE_CODE = Pattern.compile("\\d{4}(?:\\.\\d{1,4})?|\\d{1,2}\\.\\d{4}\\.\\d+\\.\\d+");
    private static final Pattern OPEN_END = Pattern.compile("\\d[-+](?=\\s|,|$)");
    private static final int CACHE = 4_096;
    private static final Map<String, VersionNote> AFFECTED_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, VersionNote> FIXED_CACHE = new ConcurrentHashMap<>();

    private VersionNotes() {
    }

    /** The affected versions a note names, with any fix it mentions ("… fixed in 1.27.8"). */
    public static VersionNote parse(String text) {
        if (text == null || text.isBlank()) {
            return VersionNote.NONE;
        }
        return cached(AFFECTED_CACHE, text, () -> {
            try {
                return legacy(text).orElseGet(() -> new Reading(text, false).read());
            } catch (RuntimeException e) {
                // a note is never an error: what cannot be read stays text
                return new VersionNote(text.strip(), List.of(), List.of());
            }
        });
    }

    /** The versions a fixed-in note names as having the fix, one per component and release line. */
    public static VersionNote parseFixed(String text) {
        if (text == null || text.isBlank()) {
            return VersionNote.NONE;
        }
        return cached(FIXED_CACHE, text, () -> {
            try {
                Optional<KubernetesRelease> exact = KubernetesRelease.parse(text);
                if (exact.isPresent()) {
                    KubernetesRelease k = exact.get();
                    ComponentVersion v = new ComponentVersion(Component.KUBERNETES, List.of(k.major(), k.minor(), k.patch()), k.toString());
                    return new VersionNote(text.strip(), List.of(), List.of(new ComponentFix(Component.KUBERNETES, v, text.strip())));
                }
                return new Reading(text, true).read();
            } catch (RuntimeException e) {
                return new VersionNote(text.strip(), List.of(), List.of());
            }
        });
    }

    private static VersionNote cached(Map<String, VersionNote> cache, String text, Supplier<VersionNote> read) {
        VersionNote known = cache.get(text);
        if (known != null) {
            return known;
        }
        VersionNote note = read.get();
        if (cache.size() >= CACHE) {
            cache.clear();
        }
        cache.put(text, note);
        return note;
    }

    // ---- the syntax of kb/README.md, read exactly as VersionRange reads it ----

    private static Optional<VersionNote> legacy(String text) {
        if (OPEN_END.matcher(text).find()) {
            // "1.28+" reads as a version with an empty suffix there, but a maintainer means "1.28 and later"
            return Optional.empty();
        }
        try {
            VersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<ComponentRange> ranges = new ArrayList<>();
        for (String raw : text.split(",")) {
            String part = raw.strip();
            ComponentVersion from = null;
            ComponentVersion until = null;
            if (part.contains(" - ")) {
                String[] ends = part.split(" - ");
                from = kubernetes(ends[0]);
                until = kubernetes(ends[1]).next();
            } else if (part.startsWith(">") || part.startsWith("<") || part.startsWith("=")) {
                for (String comparator : part.split("\\s+")) {
                    String op = comparator.replaceAll("[^<>=].*$", "");
                    ComponentVersion v = kubernetes(comparator.substring(op.length()));
                    switch (op) {
                        case ">=" -> from = max(from, v);
                        case ">" -> from = max(from, v.next());
                        case "<=" -> until = min(until, v.next());
                        case "<" -> until = min(until, v);
                        default -> {
                            from = max(from, v);
                            until = min(until, v.next());
                        }
                    }
                }
            } else {
                ComponentVersion v = kubernetes(part);
                boolean wholeMinor = part.replaceFirst("^[vV]", "").split("\\.").length == 2;
                if (wholeMinor) {
                    v = new ComponentVersion(Component.KUBERNETES, v.parts().subList(0, 2), v.parts().get(0) + "." + v.parts().get(1));
                }
                from = v;
                until = v.next();
            }
            ranges.add(new ComponentRange(Component.KUBERNETES, from, until, part, part));
        }
        return Optional.of(new VersionNote(text.strip(), ranges, List.of()));
    }

    /** A Kubernetes version as {@link KubernetesRelease} reads it: three numbers, anything after the patch ignored. */
    private static ComponentVersion kubernetes(String text) {
        KubernetesRelease k = KubernetesRelease.parse(text.strip()).orElseThrow();
        return new ComponentVersion(Component.KUBERNETES, List.of(k.major(), k.minor(), k.patch()), k.toString());
    }

    private static ComponentVersion max(ComponentVersion a, ComponentVersion b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static ComponentVersion min(ComponentVersion a, ComponentVersion b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    // ---- free text ----

    enum Kind {
        SKIP, COMPONENT, OTHER, NEUTRAL, VERSION, PREFIX, POSTFIX, TO, DASH, BETWEEN, LIST, AND, CLAUSE, FIX, FIX_AFTER, AFFECT
    }

    enum Op {
        GE, GT, LE, LT
    }

    record Token(Kind kind, int start, int end, String text, Component component, Op op, boolean opensRange, boolean plus) {
    }

    private record Rule(Kind kind, String regex, Component component, Op op, boolean opensRange) {
    }

    /** Word edges in ASCII only: Japanese writes "1.28以降" without a space. */
    private static final String B = "(?<![A-Za-z0-9_])";
    private static final String E = "(?![A-Za-z0-9_])";
    private static final String NOT_BEFORE_VERSION = "(?!\\s*(?:than|to)\\b|\\s*[vV]?\\d)";
    private static final String VERSION_CORE = "[vV]?\\d{1,6}(?:\\.\\d{1,6}){1,4}(?:\\.[xX*])?"
            + "(?:-(?![vV]?\\d+\\.\\d)[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?(?:\\+[0-9A-Za-z][0-9A-Za-z.]*)?";

    private static final List<Rule> RULES = List.of(
            // not versions: dates, identifiers, addresses, quantities
            new Rule(Kind.SKIP, "https?://\\S+", null, null, false),
            new Rule(Kind.SKIP, B + "(?:CVE-\\d{4}-\\d{3,}|GHSA(?:-[0-9a-z]{4}){3}|KB\\d{6,8}|MS\\d{2}-\\d{3})" + E, null, null, false),
            new Rule(Kind.SKIP, "#\\d+", null, null, false),
            new Rule(Kind.SKIP, B + "\\d{4}-\\d{1,2}-\\d{1,2}" + E, null, null, false),
            new Rule(Kind.SKIP, B + "\\d{1,2}/\\d{1,2}/\\d{4}" + E, null, null, false),
            new Rule(Kind.SKIP, B + "\\d{4}/\\d{1,2}(?:/\\d{1,2})?" + E, null, null, false),
            new Rule(Kind.SKIP, "\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*日)?(?:\\s*(?:頃|ごろ|以前|以降|まで|から|より前|より後|時点))?", null, null, false),
            new Rule(Kind.SKIP, "\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?", null, null, false),
            new Rule(Kind.SKIP, "(?i)" + B + "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}" + E, null, null, false),
            new Rule(Kind.SKIP, "(?i)" + B + "(?:early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|spring|summer|autumn|fall|winter|[hq][1-4]|cy|fy)"
                    + "[\\s-]*\\d{4}" + E, null, null, false),
            new Rule(Kind.SKIP, "(?i)" + B + "\\d+(?:\\.\\d+)?\\s*(?:%|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?"
                    + "|[kmgt]i?b|cores?|vcpus?|pods?|nodes?|times|x)" + E, null, null, false),
            new Rule(Kind.SKIP, "\\d+(?:\\.\\d+)?\\s*(?:分|秒|時間|日間|日|か月|ヶ月|年間|台|個|回|倍)", null, null, false),
            new Rule(Kind.SKIP, "->|→|=>|⇒", null, null, false));

    /** Names of components, products whose versions are not a component's, and neutral product names. */
    private static final List<Rule> NAMES = List.of(
            name(Component.AKS_HCI_MODULE, "(?:aks[- ]?hci|akshci)\\s+powershell\\s+(?:module|モジュール)s?"),
            name(Component.AKS_HCI_MODULE, "(?:aks[- ]?hci|akshci)\\s*(?:module|モジュール)s?"),
            name(Component.AKS_HCI_MODULE, "powershell\\s*(?:module|モジュール)s?(?:\\s+akshci)?"),
            name(Component.AKSARC_CLI, "(?:azure\\s+cli\\s+|az\\s+)?aksarc(?:\\s+cli)?(?:\\s+(?:extension|拡張機能|拡張))?"),
            name(Component.AKSARC_CLI, "aks\\s+arc\\s+cli(?:\\s+(?:extension|拡張機能|拡張))?"),
            name(Component.AZURE_LOCAL, "(?:aks(?:\\s+arc)?\\s+on\\s+)?azure\\s+local(?:\\s+(?:release|version|リリース|バージョン)s?)?"),
            name(Component.AKS_HCI, "aks\\s+on\\s+(?:azure\\s+stack\\s+)?hci|aks\\s+on\\s+windows\\s+server|aks[- ]?hci|akshci|aks\\s+hybrid"),
            name(Component.AZURE_STACK_HCI, "azure\\s+stack\\s+hci(?:\\s+os)?(?:\\s*,?\\s*version)?"),
            name(Component.WINDOWS_SERVER, "windows\\s+server(?:\\s+(?:ltsc|datacenter|standard))?(?:\\s+builds?)?|windows\\s+(?:os\\s+)?builds?"
                    + "|windows\\s+nodes?|windows\\s+ノード|os\\s+builds?|build(?=\\s+\\d{5})"),
            new Rule(Kind.NEUTRAL, "(?i)" + B + "(?:aks\\s+arc|aks\\s+enabled\\s+by\\s+(?:azure\\s+)?arc|aks)" + E, null, null, false),
            new Rule(Kind.OTHER, "(?i)" + B + "(?:azure\\s+linux|cbl-mariner|mariner|ubuntu|debian|rhel|windows\\s+admin\\s+center|wac|azure\\s+cli|az\\s+cli"
                    + "|helm|docker(?:\\s+engine)?|golang|go(?=\\s*v?1\\.\\d)|python|\\.net|powershell|(?:azure\\s+)?arc\\s+(?:agents?|resource\\s+bridge)"
                    + "|arc-enabled\\s+kubernetes\\s+agents?|connectedk8s|k8s-extension|resource\\s+bridge|moc|tigera(?:[- ]operator)?|cert-manager|istio"
                    + "|ingress-nginx|nginx|metallb|keda|dapr|flux|velero|prometheus|grafana|longhorn|openssl|openssh|cilium|antrea"
                    + "|flannel-cni-plugin|cni[- ]plugins?|cri-tools|crictl|cri-o|nvidia|gpu\\s+operator|csi\\s+drivers?|smb\\s+csi|azure\\s+disk\\s+csi"
                    + "|gatekeeper|opa|kustomize|containerd-shim[\\w-]*|cluster\\s+api|capi|kvapkg|windows\\s+\\d+(?=\\s)|mcr)" + E, null, null, false),
            name(Component.KUBERNETES, "kubernetes|k8s|kubelet|kube-apiserver|kube-proxy|kube-controller-manager|kube-scheduler|kubectl"),
            name(Component.CONTAINERD, "containerd"),
            name(Component.RUNC, "runc"),
            name(Component.KERNEL, "linux\\s*kernels?|linux\\s*カーネル|kernels?|カーネル|linux(?=\\s+v?\\d)"),
            name(Component.CALICO, "(?:project\\s+)?calico(?:\\s+cni)?|calico/node"),
            name(Component.FLANNEL, "flannel"),
            name(Component.COREDNS, "core-?dns"),
            name(Component.ETCD, "etcd"));

    private static final List<Rule> WORDS = List.of(
            new Rule(Kind.FIX, "(?i)" + B + "(?:fixed|fix(?:es)?|resolved|addressed|patched|corrected|remediated|mitigated)\\s*"
                    + "(?:(?:is|are)\\s+)?(?:available\\s+|shipped\\s+|released\\s+|included\\s+)?(?:in|from|with|by|as\\s+of|since|on)" + E, null, null, false),
            new Rule(Kind.FIX, "(?i)" + B + "(?:fixed|fix|修正(?:済み)?(?:バージョン)?|修正版)\\s*[:：]", null, null, false),
            new Rule(Kind.FIX, "(?i)" + B + "(?:upgrade|update|upgrading|updating|move|moving|migrate|migrating)"
                    + "(?=(?:\\s+[A-Za-z][\\w-]*)?\\s+to\\s+[vV]?\\d)", null, null, false),
            new Rule(Kind.FIX_AFTER, "(?i)" + B + "(?:has|have|contains?|ships?|includes?|carries|carry)\\s+the\\s+fix" + E, null, null, false),
            new Rule(Kind.FIX_AFTER, "(?:で|にて)\\s*(?:修正|解決|解消|対応|改善|対処)|(?:に|へ)\\s*(?:アップグレード|更新|アップデート)|で直", null, null, false),
            new Rule(Kind.AFFECT, "(?i)" + B + "(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|vulnerable|regression\\s+in)" + E, null, null, false),
            new Rule(Kind.AFFECT, "影響|発生", null, null, false),
            // comparators written after a version, then before one: longest first
            new Rule(Kind.POSTFIX, "(?i)" + B + "and\\s+all\\s+(?:later|newer|subsequent)(?:\\s+(?:versions|releases))?" + E, null, Op.GE, false),
            // "1.28 and later", but "1.26 and later than 1.28", "and before 1.30": a list, then a comparator
            new Rule(Kind.POSTFIX, "(?i)" + B + "(?:and|or)\\s+(?:later|newer|above|higher|greater|up|after|beyond|subsequent)" + E + NOT_BEFORE_VERSION,
                    null, Op.GE, false),
            new Rule(Kind.POSTFIX, "(?i)" + B + "(?:and|or)\\s+(?:earlier|older|below|lower|prior|before)" + E + NOT_BEFORE_VERSION, null, Op.LE, false),
            new Rule(Kind.POSTFIX, "(?i)" + B + "onwards?" + E, null, Op.GE, false),
            new Rule(Kind.POSTFIX, "以降|以後|以上", null, Op.GE, false),
            new Rule(Kind.POSTFIX, "から", null, Op.GE, true),
            new Rule(Kind.POSTFIX, "より後|より新しい|を超える", null, Op.GT, false),
            new Rule(Kind.POSTFIX, "以前|以下|まで", null, Op.LE, false),
            new Rule(Kind.POSTFIX, "未満|より前|より古い", null, Op.LT, false),
            new Rule(Kind.PREFIX, ">=|=>|≥|＞＝", null, Op.GE, false),
            new Rule(Kind.PREFIX, "<=|=<|≤|＜＝", null, Op.LE, false),
            new Rule(Kind.PREFIX, ">|＞", null, Op.GT, false),
            new Rule(Kind.PREFIX, "<|＜", null, Op.LT, false),
            new Rule(Kind.PREFIX, "(?i)" + B + "(?:from|starting(?:\\s+(?:with|from|at|in))?|beginning\\s+(?:with|in)|as\\s+of)" + E, null, Op.GE, false),
            new Rule(Kind.PREFIX, "(?i)" + B + "(?:since|at\\s+least|in\\s+and\\s+after|minimum)" + E, null, Op.GE, false),
            new Rule(Kind.PREFIX, "(?i)" + B + "(?:after|later\\s+than|newer\\s+than|greater\\s+than|higher\\s+than|above|more\\s+recent\\s+than)" + E,
                    null, Op.GT, false),
            new Rule(Kind.PREFIX, "(?i)" + B + "(?:before|prior\\s+to|earlier\\s+than|older\\s+than|lower\\s+than|less\\s+than|below)" + E,
                    null, Op.LT, false),
            new Rule(Kind.PREFIX, "(?i)" + B + "(?:at\\s+most|no\\s+later\\s+than)" + E, null, Op.LE, false),
            new Rule(Kind.TO, "(?i)" + B + "(?:up\\s+to(?:\\s+and\\s+including)?|up\\s+until|through|thru|until|till|to)" + E, null, null, false),
            new Rule(Kind.BETWEEN, "(?i)" + B + "between" + E, null, null, false),
            new Rule(Kind.AND, "(?i)" + B + "and" + E + "|および|及び|と(?=\\s*[vV]?\\d)", null, null, false),
            new Rule(Kind.LIST, "(?i)" + B + "or" + E + "|[,，、/&・]|または|又は|もしくは|や(?=\\s*[vV]?\\d)", null, null, false));

    private static final List<Rule> VERSIONS = List.of(
            new Rule(Kind.DASH, "(?<=[\\dxX*])\\s*(?:[-–—~〜～]|\\.\\.)\\s*(?=[vV]?\\d)", null, null, false),
            new Rule(Kind.VERSION, B + "(?:" + VERSION_CORE + "|[vV]?\\d{1,6}\\.[xX*]|\\d{2}[hH][12]|\\d{4,5})" + E + "(?:\\+(?![0-9A-Za-z]))?",
                    null, null, false),
            new Rule(Kind.CLAUSE, "[;；()\\[\\]（）【】。\\n]|\\.(?=[\\s,;，、]|$)", null, null, false));

    private static final Pattern AFFECTED_NEGATION = Pattern.compile("(?i)" + B + "(?:not\\s+(?:be\\s+)?(?:affected|impacted|vulnerable)|unaffected"
            + "|(?:is|are|was|were)n'?t\\s+(?:affected|impacted)|no\\s+longer|does\\s+not\\s+(?:occur|happen|apply)|doesn'?t\\s+(?:occur|happen|apply))"
            + "|影響を受けません|影響を受けない|影響しません|影響はありません|影響なし|対象外|発生しません|発生しない");
    private static final Pattern FIXED_NEGATION = Pattern.compile("(?i)" + B + "(?:not\\s+(?:yet\\s+)?(?:fixed|resolved|patched|available)|unfixed"
            + "|no\\s+fix|keeps?|still|yet\\s+to\\s+be\\s+fixed)" + E + "|未修正|修正されていません|修正されません|未対応|まだ");

    private static final List<Rule> ALL;
    private static final Pattern[] PATTERNS;
    private static final int[][] ASCII_STARTS = new int[128][];
    private static final Map<Character, int[]> OTHER_STARTS = new ConcurrentHashMap<>();

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(RULES);
        all.addAll(NAMES);
        all.addAll(WORDS);
        all.addAll(VERSIONS);
        ALL = List.copyOf(all);
        PATTERNS = ALL.stream().map(r -> Pattern.compile(r.regex())).toArray(Pattern[]::new);
    }

    private static Rule name(Component component, String regex) {
        return new Rule(Kind.COMPONENT, "(?i)" + B + "(?:" + regex + ")" + E, component, null, false);
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher[] matchers = new Matcher[ALL.size()];
        int at = 0;
        while (at < text.length()) {
            // a token never starts inside a run of ASCII letters and digits: skip those positions unseen
            if (at > 0 && wordChar(text.charAt(at - 1)) && wordChar(text.charAt(at))) {
                at++;
                continue;
            }
            Matcher found = null;
            int rule = -1;
            for (int i : startingWith(text.charAt(at))) {
                Matcher m = matchers[i] != null ? matchers[i]
                        : (matchers[i] = PATTERNS[i].matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
                m.region(at, text.length());
                if (m.lookingAt() && m.end() > at) {
                    found = m;
                    rule = i;
                    break;
                }
            }
            if (found == null) {
                at++;
                continue;
            }
            Rule r = ALL.get(rule);
            String t = found.group();
            // build metadata (+k3s1) never ends with '+': a trailing one means "and later"
            boolean plus = r.kind() == Kind.VERSION && t.endsWith("+");
            if (plus) {
                t = t.substring(0, t.length() - 1);
            }
            tokens.add(new Token(r.kind(), at, found.end(), t, r.component(), r.op(), r.opensRange(), plus));
            at = found.end();
        }
        return tokens;
    }

    /**
     * The rules, in order, that can match from a character on: found once per character by trying each
     * rule on that character alone (a match, or one that needs more text), after a space and after a digit.
     */
    private static int[] startingWith(char c) {
        int[] known = c < 128 ? ASCII_STARTS[c] : OTHER_STARTS.get(c);
        if (known != null) {
            return known;
        }
        List<Integer> rules = new ArrayList<>();
        for (int i = 0; i < PATTERNS.length; i++) {
            for (String before : List.of(" ", "1", "a")) {
                Matcher m = PATTERNS[i].matcher(before + c).useTransparentBounds(true).useAnchoringBounds(false).region(1, 2);
                if (m.lookingAt() || m.hitEnd()) {
                    rules.add(i);
                    break;
                }
            }
        }
        int[] starts = rules.stream().mapToInt(Integer::intValue).toArray();
        if (c < 128) {
            ASCII_STARTS[c] = starts;
        } else if (OTHER_STARTS.size() < 10_000) {
            OTHER_STARTS.put(c, starts);
        }
        return starts;
    }

    private static boolean wordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** One version, line, end or range being read, as it will become a range or a fix. */
    private static final class Item {
        final Component component;
        ComponentVersion from;
        ComponentVersion until;
        final ComponentVersion named;
        String shown;
        final int start;
        int end;
        boolean fix;
        boolean point;
        boolean afterSeparator;
        Op bound;

        Item(Component component, ComponentVersion named, int start, int end) {
            this.component = component;
            this.named = named;
            this.start = start;
            this.end = end;
        }

        boolean lowerOnly() {
            return from != null && until == null;
        }

        boolean upperOnly() {
            return from == null && until != null;
        }
    }

    /** One pass over a note. */
    private static final class Reading {

        private final String text;
        private final boolean fixedNote;
        private final List<Item> items = new ArrayList<>();
        private final List<int[]> clauses = new ArrayList<>();

        private Component current;
        private boolean other;
        private Op prefix;
        private int prefixStart;
        private boolean rangeOpen;
        private boolean between;
        private boolean fixMode;
        private Item last;
        private boolean separated;
        private int clauseStart;
        private int runStart;

        Reading(String text, boolean fixedNote) {
            this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            this.fixedNote = fixedNote;
            this.fixMode = fixedNote;
        }

        VersionNote read() {
            List<Token> tokens = tokens(text);
            for (Token t : tokens) {
                step(t);
            }
            clauses.add(new int[] {clauseStart, text.length()});
            List<ComponentRange> ranges = new ArrayList<>();
            List<ComponentFix> fixes = new ArrayList<>();
            for (Item item : items) {
                if (negated(item)) {
                    continue;
                }
                String source = text.substring(item.start, item.end).strip();
                if (item.fix) {
                    ComponentVersion fix = item.point ? item.named : item.from;
                    if (fix != null && fixes.stream().noneMatch(f -> f.component() == item.component && f.version().compareTo(fix) == 0)) {
                        fixes.add(new ComponentFix(item.component, fix, source));
                    }
                } else {
                    ComponentRange range = new ComponentRange(item.component, item.from, item.until, item.shown, source);
                    if (!range.isEmpty()) {
                        ranges.add(range);
                    }
                }
            }
            fixes.sort(Comparator.comparing((ComponentFix f) -> f.component()).thenComparing(ComponentFix::version));
            return new VersionNote(text.strip(), ranges, fixes);
        }

        private boolean negated(Item item) {
            String clause = clauseOf(item.start);
            return (item.fix ? FIXED_NEGATION : AFFECTED_NEGATION).matcher(clause).find();
        }

        private String clauseOf(int at) {
            int from = 0;
            int to = text.length();
            for (int[] c : clauses) {
                if (c[0] <= at && at < c[1]) {
                    from = c[0];
                    to = c[1];
                }
            }
            return text.substring(from, to);
        }

        private void step(Token t) {
            switch (t.kind()) {
                case SKIP -> breakRun();
                case COMPONENT -> {
                    // "before containerd 1.6.24": the comparator waits for the version after the name
                    Op waiting = prefix;
                    current = t.component();
                    other = false;
                    breakRun();
                    prefix = waiting;
                }
                case OTHER -> {
                    current = null;
                    other = true;
                    breakRun();
                }
                case NEUTRAL -> {
                    current = null;
                    other = false;
                    breakRun();
                }
                case VERSION -> version(t);
                case PREFIX -> {
                    prefix = t.op();
                    prefixStart = t.start();
                    rangeOpen = false;
                }
                case POSTFIX -> postfix(t);
                case TO, DASH -> {
                    if (last != null && !separated && (last.point || last.lowerOnly())) {
                        rangeOpen = true;
                    } else if (t.kind() == Kind.TO && !t.text().equalsIgnoreCase("to")) {
                        // "up to 1.28", "through 2504": an inclusive upper end
                        prefix = Op.LE;
                        prefixStart = t.start();
                    }
                }
                case BETWEEN -> {
                    breakRun();
                    between = true;
                }
                case AND -> {
                    if (between && last != null && last.point) {
                        between = false;
                        rangeOpen = true;
                    } else {
                        separate();
                    }
                }
                case LIST -> separate();
                case CLAUSE -> {
                    clauses.add(new int[] {clauseStart, t.start()});
                    clauseStart = t.end();
                    breakRun();
                    last = null;
                    fixMode = fixedNote;
                    runStart = items.size();
                }
                case FIX -> {
                    fixMode = true;
                    breakRun();
                    runStart = items.size();
                }
                case FIX_AFTER -> {
                    for (int i = runStart; i < items.size(); i++) {
                        items.get(i).fix = true;
                    }
                    breakRun();
                    runStart = items.size();
                }
                case AFFECT -> {
                    fixMode = fixedNote;
                    breakRun();
                    runStart = items.size();
                }
            }
        }

        /** A list separator: what follows is another alternative, not a continuation of the last one. */
        private void separate() {
            separated = true;
            rangeOpen = false;
            prefix = null;
        }

        /** Something that is no part of a version range (a date, a name): nothing continues across it. */
        private void breakRun() {
            separate();
            between = false;
        }

        private void version(Token t) {
            Component c = assign(t.text());
            if (c == null) {
                breakRun();
                return;
            }
            ComponentVersion v = c.version(t.text()).orElse(null);
            if (v == null) {
                breakRun();
                return;
            }
            if (rangeOpen && last != null && last.component == c && !separated) {
                // "A to B", "A - B", "from A to B", "A から B", "between A and B": B is inclusive
                last.until = v.next();
                last.shown = (last.point ? last.named.text() : last.from.text()) + " - " + v.asLine();
                last.point = false;
                last.end = t.end();
                rangeOpen = false;
                prefix = null;
                return;
            }
            rangeOpen = false;
            Item item = new Item(c, v, prefix != null ? prefixStart : t.start(), t.end());
            item.fix = fixMode;
            if (prefix != null) {
                bound(item, prefix, v);
                Op op = prefix;
                prefix = null;
                if (last != null && last.component == c && last.fix == item.fix && merge(last, item, op)) {
                    last.end = t.end();
                    separated = false;
                    return;
                }
                add(item);
            } else if (last != null && last.component == c && last.fix == item.fix && !separated && last.upperOnly()
                    && last.named.startsWith(v) && !last.named.equals(v)) {
                // "1.6.24 より前の 1.6.x": the line the upper end before it lies in
                last.from = v;
                last.shown = v.asLine() + " " + last.shown;
                last.end = t.end();
                return;
            } else {
                item.point = true;
                item.from = v;
                item.until = v.next();
                item.shown = v.asLine();
                add(item);
            }
            if (t.plus()) {
                toLower(item, Op.GE);
            }
        }

        private void add(Item item) {
            item.afterSeparator = separated;
            items.add(item);
            last = item;
            separated = false;
        }

        private static void bound(Item item, Op op, ComponentVersion v) {
            item.bound = op;
            switch (op) {
                case GE -> {
                    item.from = v;
                    item.shown = ">=" + v.text();
                }
                case GT -> {
                    item.from = v.next();
                    item.shown = ">" + v.text();
                }
                case LE -> {
                    item.until = v.next();
                    item.shown = "<=" + v.asLine();
                }
                case LT -> {
                    item.until = v;
                    item.shown = "<" + v.text();
                }
            }
        }

        /**
         * Joins an end to the item before it when together they make one range: "1.6.x before 1.6.24"
         * (a line and an upper end inside it), ">=1.26.0 <1.28.5", "1.6.20 以降 1.6.24 未満".
         */
        private boolean merge(Item before, Item end, Op op) {
            boolean upper = op == Op.LE || op == Op.LT;
            if (upper && before.point && !separated && end.named.startsWith(before.named) && !end.named.equals(before.named)) {
                before.until = min(before.until, end.until);
                before.shown = before.named.asLine() + " " + end.shown;
                before.point = false;
                return true;
            }
            if (upper && before.lowerOnly() && before.from.compareTo(end.until) < 0) {
                before.until = end.until;
                before.shown = before.shown + " " + end.shown;
                return true;
            }
            if (!upper && before.upperOnly() && !separated && end.from.compareTo(before.until) < 0) {
                before.from = end.from;
                before.shown = end.shown + " " + before.shown;
                return true;
            }
            return false;
        }

        private void postfix(Token t) {
            if (last == null || separated || !last.point) {
                return;
            }
            Item item = last;
            toLower(item, t.op());
            item.end = t.end();
            // "1.26 から 1.28 まで", "1.6.20 以降 1.6.24 未満": an upper end closes the lower end before it;
            // "2022 の 20348.2227 より前": an upper end inside the line named just before it narrows that line
            if (item.upperOnly() && items.size() >= 2) {
                Item before = items.get(items.size() - 2);
                if (before.component == item.component && before.fix == item.fix && before.end <= item.start) {
                    if (before.lowerOnly() && before.from.compareTo(item.until) < 0) {
                        before.until = item.until;
                        before.shown = before.shown + " " + item.shown;
                    } else if (before.point && !item.afterSeparator && item.named.startsWith(before.named)
                            && !item.named.equals(before.named)) {
                        before.until = min(before.until, item.until);
                        before.shown = before.named.asLine() + " " + item.shown;
                        before.point = false;
                    } else {
                        before = null;
                    }
                    if (before != null) {
                        before.end = item.end;
                        items.remove(items.size() - 1);
                        last = before;
                    }
                }
            }
            if (t.opensRange()) {
                rangeOpen = true;
            }
        }

        private static void toLower(Item item, Op op) {
            ComponentVersion v = item.named;
            item.point = false;
            item.from = null;
            item.until = null;
            bound(item, op, v);
        }

        /** The component a version belongs to: the one named before it if it has such a version, else the usual suspects. */
        private Component assign(String version) {
            if (current != null) {
                if (fits(current, version)) {
                    return current;
                }
                if (current == Component.AKS_HCI && fits(Component.AKS_HCI_MODULE, version)) {
                    return Component.AKS_HCI_MODULE;
                }
            } else if (other) {
                return null;
            }
            for (Component c : List.of(Component.KUBERNETES, Component.AZURE_LOCAL, Component.AZURE_STACK_HCI)) {
                if (fits(c, version)) {
                    return c;
                }
            }
            return null;
        }

        private static boolean fits(Component c, String version) {
            if (c != Component.WINDOWS_SERVER && FIVE_DIGITS.matcher(version).matches()) {
                return false;
            }
            if (c == Component.AZURE_LOCAL && !RELEASE_CODE.matcher(version).matches()) {
                return false;
            }
            if (c != Component.AZURE_LOCAL && c != Component.WINDOWS_SERVER && FOUR_DIGITS.matcher(version).matches()) {
                return false;
            }
            return c.version(version).filter(c::plausible).isPresent();
        }
    }
}
