package org.triagedesk.templates.control;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders a response template may use (kb/README.md), and how they are found and filled. */
public final class Placeholders {

    public static final List<String> KNOWN = List.of("title", "verdict", "findings", "firstRemediation", "missingFacts", "area",
            "areaScope", "otherArea", "knownIssues", "knownIssue.key", "knownIssue.title", "knownIssue.workaround",
            "knownIssue.upstreamUrl", "knownIssue.timeline", "knownIssue.fixedIn", "kubernetesVersion", "platform", "asOf",
            "consentNotice", "provisional", "cluster");

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private Placeholders() {
    }

    public static List<String> in(String line) {
        Matcher m = PLACEHOLDER.matcher(line);
        return m.results().map(r -> r.group(1)).toList();
    }

    /** A line that ends with ':' introduced what was just dropped: it goes too. */
    private static void dropDanglingIntroduction(StringBuilder out) {
        String text = out.toString();
        String trimmed = text.stripTrailing();
        if (trimmed.endsWith(":") || trimmed.endsWith("：")) {
            int start = trimmed.lastIndexOf('\n') + 1;
            out.setLength(start);
        }
    }

    /**
     * Fills a template text. A line whose placeholders are all empty, or that holds an empty one
     * alone, is dropped, so a draft never says "fixed in ." for an issue with no fix yet.
     */
    public static String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            List<String> names = in(line);
            boolean anyEmpty = names.stream().anyMatch(n -> values.getOrDefault(n, "").isBlank());
            if (anyEmpty) {
                dropDanglingIntroduction(out);
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            out.append(m.replaceAll(r -> Matcher.quoteReplacement(values.getOrDefault(r.group(1), "")))).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
