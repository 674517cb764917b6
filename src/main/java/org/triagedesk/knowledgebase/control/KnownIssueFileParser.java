package org.triagedesk.knowledgebase.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/**
 * Reads one known-issue file of {@code kb/known-issues/<AREA>/}: front matter and the sections
 * Symptoms, Cause, Resolution, References (or their Japanese names). Every rule of kb/README.md is
 * checked, and a break is reported with its line.
 */
public class KnownIssueFileParser {

    public static final String KEY_PATTERN = "[A-Za-z0-9._-]{1,64}";
    /** The lengths of the columns affected_versions and fixed_in. */
    public static final int MAX_AFFECTED = 500;
    public static final int MAX_FIXED_IN = 200;
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("symptoms", "symptoms"), Map.entry("症状", "symptoms"),
            Map.entry("cause", "cause"), Map.entry("原因", "cause"),
            Map.entry("resolution", "resolution"), Map.entry("workaround", "resolution"),
            Map.entry("解決策", "resolution"), Map.entry("回避策", "resolution"), Map.entry("対処法", "resolution"),
            Map.entry("references", "references"), Map.entry("参照", "references"), Map.entry("参考資料", "references"));

    /**
     * @param file the path relative to kb/, e.g. {@code known-issues/CONTROL_PLANE/KI-0107-etcd.md}
     * @param folderArea the area folder the file sits in
     */
    public KbEntry parse(String file, String folderArea, List<String> lines, String hash) throws KbFormatException {
        FrontMatter front = FrontMatter.parse(lines);
        String key = front.required("id");
        if (!key.matches(KEY_PATTERN)) {
            throw new KbFormatException(front.line("id"), "issue.badId", key);
        }
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        if (!fileName.startsWith(key)) {
            throw new KbFormatException(front.line("id"), "issue.fileName", key);
        }
        CoverageArea area = CoverageArea.of(front.required("area")).orElseThrow(() -> new KbFormatException(front.line("area"),
                "issue.unknownArea", safe(front, "area"), List.of(CoverageArea.values())));
        if (!area.name().equals(folderArea)) {
            throw new KbFormatException(front.line("area"), "issue.areaFolder", area, folderArea);
        }
        String language = front.required("language");
        if (!language.equals("en") && !language.equals("ja")) {
            throw new KbFormatException(front.line("language"), "issue.language", language);
        }
        KnownIssueStatus status = status(front);
        // free text, as release notes write it (VersionNotes reads the ranges it gives); only its length is checked
        String affected = front.text("affectedVersions").orElse(null);
        if (affected != null && affected.length() > MAX_AFFECTED) {
            throw new KbFormatException(front.line("affectedVersions"), "issue.tooLong", "affectedVersions", MAX_AFFECTED);
        }
        String fixedIn = front.text("fixedIn").orElse(null);
        if (fixedIn != null && fixedIn.length() > MAX_FIXED_IN) {
            throw new KbFormatException(front.line("fixedIn"), "issue.tooLong", "fixedIn", MAX_FIXED_IN);
        }
        String upstreamUrl = front.text("upstreamUrl").orElse(null);
        if (upstreamUrl != null && !upstreamUrl.matches("https?://\\S+")) {
            throw new KbFormatException(front.line("upstreamUrl"), "issue.upstreamUrl");
        }
        if (area == CoverageArea.UPSTREAM_BUG && upstreamUrl == null) {
            throw new KbFormatException(front.line("area"), "issue.upstreamBugUrl");
        }
        Map<String, String> sections = sections(lines, front.bodyStart());
        if (!sections.containsKey("symptoms") || !sections.containsKey("resolution")) {
            throw new KbFormatException(front.bodyStart(), "issue.sections");
        }
        KnownIssueContent content = new KnownIssueContent(front.required("title"), area, language, status,
                sections.get("symptoms"), sections.get("cause"), sections.get("resolution"), upstreamUrl, front.list("links"),
                affected, fixedIn, front.text("timeline").orElse(null), front.list("tags"),
                front.list("signatures"), date(front, "lastReviewed"));
        return new KbEntry(key, content, file, hash);
    }

    private static KnownIssueStatus status(FrontMatter front) throws KbFormatException {
        String status = front.required("status");
        try {
            return KnownIssueStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KbFormatException(front.line("status"), "issue.status", status, List.of(KnownIssueStatus.values()));
        }
    }

    private static LocalDate date(FrontMatter front, String key) throws KbFormatException {
        String text = front.text(key).orElse(null);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new KbFormatException(front.line(key), "issue.date", key);
        }
    }

    private static String safe(FrontMatter front, String key) {
        try {
            return front.text(key).orElse("");
        } catch (KbFormatException e) {
            return "?";
        }
    }

    private static Map<String, String> sections(List<String> lines, int from) throws KbFormatException {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder text = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                store(sections, current, text);
                String name = line.substring(3).strip().toLowerCase(Locale.ROOT);
                current = SECTIONS.get(name);
                if (current == null) {
                    throw new KbFormatException(i + 1, "issue.unknownSection", line.substring(3).strip());
                }
                if (sections.containsKey(current)) {
                    throw new KbFormatException(i + 1, "issue.sectionTwice", line.substring(3).strip());
                }
                text.setLength(0);
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        store(sections, current, text);
        return sections;
    }

    private static void store(Map<String, String> sections, String name, StringBuilder text) {
        if (name != null) {
            sections.put(name, text.toString().strip());
        }
    }
}
