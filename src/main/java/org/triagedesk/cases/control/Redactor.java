package org.triagedesk.cases.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks customer identifiers in evidence before anything is stored, indexed or drafted: private keys
 * and certificates, tokens, passwords in connection strings and settings, subscription and tenant
 * GUIDs, e-mail addresses, IP addresses and host names. What the rules need stays readable: versions
 * ({@code v1.28.5}), dates and times, ports, Kubernetes object names and error texts. Each kind of
 * mask says what it replaced, and the result counts them.
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
            new Rule("hostname", Pattern.compile("(?i)\\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
                    + "(?:local|lan|corp|internal|intra|com|net|org|jp|co\\.jp|io|cloud|contoso\\.com)\\b"), 0, ".local", ".lan", ".corp",
                    ".internal", ".intra", ".com", ".net", ".org", ".jp", ".io", ".cloud"));

    /** Host names of public services that identify nobody and help the reader. */
    private static final Pattern PUBLIC_HOSTS = Pattern.compile("(?i)(^|\\.)(microsoft\\.com|azure\\.com|windows\\.net|mcr\\.microsoft\\.com"
            + "|github\\.com|k8s\\.io|kubernetes\\.io|docker\\.io|docker\\.com|azure\\.net|azurecr\\.io|microsoftonline\\.com"
            + "|azmk8s\\.io|ubuntu\\.com|golang\\.org|googleapis\\.com|quay\\.io|gcr\\.io|azureedge\\.net|msft\\.net|live\\.com)$");

    public Redacted redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redacted(text == null ? "" : text, Map.of());
        }
        Map<String, Integer> masked = new LinkedHashMap<>();
        String out = text;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(out);
            StringBuilder result = new StringBuilder();
            int count = 0;
            while (m.find()) {
                String found = m.group(rule.group());
                if (rule.kind().equals("hostname") && PUBLIC_HOSTS.matcher(found).find()) {
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
        return new Redacted(out, masked);
    }

    static String mask(String kind) {
        return "[REDACTED-" + kind.toUpperCase(java.util.Locale.ROOT) + "]";
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
