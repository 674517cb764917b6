package org.triagedesk.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a case says, as the classifier reads it: the prose (title and description) and the telling
 * lines of the evidence (errors, failures, warnings), each kept short enough to search with.
 */
public record CaseText(String title, String description, List<Evidence> evidence) {

    static final int MAX_PROSE = 4_000;
    static final int MAX_LINES = 40;
    static final int MAX_LINE = 300;
    private static final Pattern TELLING = Pattern.compile(
            "(?i)(error|fail|fatal|panic|exception|timed? ?out|refused|denied|unable|cannot|can't|not ready|notready|crashloop"
                    + "|backoff|evicted|oomkilled|expired|invalid|unhealthy|warn|x509|pending|unreachable|no such|not found"
                    + "|エラー|失敗|タイムアウト|できません|拒否)");

    public CaseText {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public String prose() {
        String text = (nonNull(title) + "\n" + nonNull(description)).strip();
        return text.length() > MAX_PROSE ? text.substring(0, MAX_PROSE) : text;
    }

    /** The evidence lines that tell what went wrong, trimmed; at most {@value #MAX_LINES}. */
    public List<String> tellingLines() {
        List<String> lines = new ArrayList<>();
        for (Evidence e : evidence) {
            for (String line : e.lines()) {
                if (lines.size() >= MAX_LINES) {
                    return lines;
                }
                if (TELLING.matcher(line).find()) {
                    String trimmed = line.strip();
                    lines.add(trimmed.length() > MAX_LINE ? trimmed.substring(0, MAX_LINE) : trimmed);
                }
            }
        }
        return lines;
    }

    /**
     * The evidence as log lines to look for signatures in: the telling lines first, then the others,
     * at most {@code max}, each trimmed. Signatures are matched wherever they appear, not only on lines
     * that look like errors.
     */
    public List<String> logLines(int max) {
        List<String> lines = new ArrayList<>(tellingLines());
        Set<String> seen = new HashSet<>(lines);
        for (Evidence e : evidence) {
            for (String line : e.lines()) {
                if (lines.size() >= max) {
                    return lines;
                }
                String trimmed = line.strip();
                trimmed = trimmed.length() > MAX_LINE ? trimmed.substring(0, MAX_LINE) : trimmed;
                if (!trimmed.isEmpty() && seen.add(trimmed)) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }

    /** Prose and telling evidence lines together: what the similarity search runs on. */
    public String searchText() {
        return (prose() + "\n" + String.join("\n", tellingLines())).strip();
    }

    /** Lower-cased text with runs of white space folded, for near-exact signature checks. */
    public String foldedAll() {
        StringBuilder all = new StringBuilder(fold(prose()));
        for (Evidence e : evidence) {
            all.append('\n').append(fold(e.content()));
        }
        return all.toString();
    }

    public static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[ \\t]+", " ");
    }

    public boolean isBlank() {
        return searchText().isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
