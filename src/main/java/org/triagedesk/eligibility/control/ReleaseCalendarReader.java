package org.triagedesk.eligibility.control;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.triagedesk.eligibility.entity.CatalogImportFormatException;
import org.triagedesk.eligibility.entity.CatalogImportFormatException.Reason;
import org.triagedesk.eligibility.entity.ImportedRelease;
import org.triagedesk.eligibility.entity.ImportedRelease.DatePrecision;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.platform.Jsons;

/**
 * Reads the Kubernetes minors, and the days they were released, out of what a KB maintainer pastes:
 * <ul>
 * <li>the "AKS Arc Kubernetes release calendar" table of the product's <i>Supported Kubernetes versions</i> page, as
 * Markdown or as the text a browser copies from the rendered page (cells separated by tabs). The Azure Local
 * layout names, per minor, the Azure Local releases that offer it (2510 = October 2025): the earliest of them
 * dates the release, to the month. The older AKS hybrid layout gives a GA month and an end of life. A minor
 * still marked TBD, tentative, planned or preview is not released and is left out;</li>
 * <li>the JSON that {@code az aksarc get-versions} prints (or its {@code -o table} form): the minors an Azure Local
 * instance offers, without dates.</li>
 * </ul>
 * Anything else is refused with {@link CatalogImportFormatException}; nothing half-read is returned.
 * <p>
 * Over 150 lines: the two pasted formats (the release calendar table in its two layouts, Markdown or copied text, and
 * the az aksarc JSON or table) and their column finding; a maintainer who meets a paste it refuses finds every
 * accepted shape in this one file.
 */
public class ReleaseCalendarReader {

    /** The formats read, as the import report names them. */
    public enum Format {
        RELEASE_CALENDAR_MARKDOWN, RELEASE_CALENDAR_TEXT, GET_VERSIONS_JSON, GET_VERSIONS_TABLE
    }

    /** What was read: the format, one entry per minor (newest first), and notes on what was left out. */
    public record Reading(Format format, List<ImportedRelease> releases, List<String> skipped) {
    }

    private static final Pattern MINOR = Pattern.compile("(?<![\\d.])v?(\\d{1,2})\\.(\\d{1,3})(?:\\.\\d{1,4})?(?:-[0-9A-Za-z.]+)?(?![\\d.])");
    /** An Azure Local release code: two digits of the year and two of the month (2402 … 2511). */
    private static final Pattern RELEASE_CODE = Pattern.compile("(?<!\\d)(2\\d)(0[1-9]|1[0-2])(?!\\d)");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern JA_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(?:(\\d{1,2})\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:[/-]\\w+)?\\s*(?:(\\d{1,2}),?\\s+)?(\\d{4})\\b");
    private static final Pattern NOT_RELEASED = Pattern.compile(
            "(?i)\\b(tbd|tentative|planned|preview|predicted|upcoming|coming soon)\\b|予定|未定|プレビュー");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    public Reading read(String pasted) {
        String text = pasted == null ? "" : pasted.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new CatalogImportFormatException(Reason.EMPTY, "nothing was pasted");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return readJson(text);
        }
        return readTable(text);
    }

    // --- az aksarc get-versions (JSON) ---

    private Reading readJson(String text) {
        JsonStructure json;
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException e) {
            throw new CatalogImportFormatException(Reason.BROKEN_JSON,
                    "the text starts like JSON but is not valid JSON: " + firstLine(e.getMessage()));
        }
        List<JsonObject> values = new ArrayList<>();
        collectValues(json, values, 0);
        Map<KubernetesMinor, ImportedRelease> found = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (JsonObject value : values) {
            Optional<KubernetesMinor> minor = value.get("version") instanceof JsonString s ? KubernetesMinor.parse(s.getString())
                    : Optional.empty();
            if (minor.isEmpty()) {
                continue;
            }
            if (value.getBoolean("isPreview", false)) {
                skipped.add(minor.get() + ": marked isPreview");
                continue;
            }
            List<String> patches = patches(value.get("patchVersions"));
            found.putIfAbsent(minor.get(), new ImportedRelease(minor.get(), null, DatePrecision.NOT_IN_SOURCE, null,
                    "version " + minor.get() + (patches.isEmpty() ? "" : ", patches " + String.join(", ", patches))));
        }
        if (found.isEmpty()) {
            throw new CatalogImportFormatException(Reason.JSON_WITHOUT_VERSIONS,
                    "the JSON names no Kubernetes minor: expected the output of az aksarc get-versions (properties.values[].version)");
        }
        return new Reading(Format.GET_VERSIONS_JSON, newestFirst(found), skipped);
    }

    /** The objects that carry a {@code version}: under {@code properties.values}, {@code values}, or a list of them. */
    private static void collectValues(JsonValue node, List<JsonObject> into, int depth) {
        if (depth > 6 || node == null) {
            return;
        }
        if (node instanceof JsonArray array) {
            array.forEach(item -> collectValues(item, into, depth + 1));
        } else if (node instanceof JsonObject object) {
            if (object.containsKey("version") && (object.containsKey("patchVersions") || object.containsKey("isPreview") || depth > 0)) {
                into.add(object);
                return;
            }
            for (String key : List.of("properties", "values", "value", "kubernetesVersions")) {
                collectValues(object.get(key), into, depth + 1);
            }
        }
    }

    private static List<String> patches(JsonValue patchVersions) {
        List<String> patches = new ArrayList<>();
        if (patchVersions instanceof JsonObject map) {
            patches.addAll(map.keySet());
        } else if (patchVersions instanceof JsonArray list) {
            list.forEach(p -> {
                if (p instanceof JsonObject o && o.get("version") instanceof JsonString s) {
                    patches.add(s.getString());
                }
            });
        }
        return patches;
    }

    // --- tables: the release calendar (Markdown or copied text), az aksarc get-versions -o table ---

    private Reading readTable(String text) {
        List<String> lines = text.lines().toList();
        boolean markdown = lines.stream().anyMatch(l -> l.strip().startsWith("|"));
        int headerLine = -1;
        List<String> header = List.of();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i), markdown);
            if (cells.size() >= 2 && minorColumn(cells) >= 0) {
                headerLine = i;
                header = cells;
                break;
            }
        }
        if (headerLine < 0) {
            throw new CatalogImportFormatException(Reason.NO_TABLE,
                    "no table with a Kubernetes version column was found: paste the \"AKS Arc Kubernetes release calendar\" table"
                            + " (Markdown, or copied from the page) or the output of az aksarc get-versions");
        }
        Columns columns = Columns.of(header);
        Map<KubernetesMinor, ImportedRelease> found = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().matches("[|:\\-\\s]+")) {
                continue;
            }
            List<String> cells = cells(line, markdown);
            if (cells.size() <= columns.minor) {
                continue;
            }
            Matcher m = MINOR.matcher(cells.get(columns.minor));
            if (!m.find()) {
                continue;
            }
            KubernetesMinor minor = new KubernetesMinor(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            String row = String.join(" | ", cells);
            Optional<ImportedRelease> release = columns.release(minor, cells, row);
            if (release.isEmpty()) {
                skipped.add(minor + ": not released yet (" + row + ")");
                continue;
            }
            found.merge(minor, release.get(), ReleaseCalendarReader::earlier);
        }
        if (found.isEmpty()) {
            throw new CatalogImportFormatException(Reason.NO_ROWS, skipped.isEmpty()
                    ? "the table has a version column but no row with a Kubernetes minor such as 1.32"
                    : "the table lists no released minor: " + String.join("; ", skipped));
        }
        Format format = columns.datesIn() ? (markdown ? Format.RELEASE_CALENDAR_MARKDOWN : Format.RELEASE_CALENDAR_TEXT)
                : Format.GET_VERSIONS_TABLE;
        return new Reading(format, newestFirst(found), skipped);
    }

    /** Which column holds what, found by the header's words (English or Japanese). */
    private record Columns(int minor, int localReleases, int status, int ga, int end, int ready) {

        static Columns of(List<String> header) {
            int localReleases = find(header, h -> h.contains("azure local") || h.contains("azure stack hci"));
            int status = find(header, h -> h.contains("status") || h.contains("状態") || h.contains("ステータス"));
            int ga = find(header, h -> (h.matches(".*\\bga\\b.*") || h.contains("一般提供") || h.contains("release date")
                    || h.contains("リリース日")) && !h.contains("upstream") && !h.contains("last"));
            int end = find(header, h -> h.contains("end of life") || h.contains("end of support") || h.contains("removal")
                    || h.contains("retire") || h.contains("サポート終了"));
            int ready = find(header, h -> h.equals("ready"));
            return new Columns(minorColumn(header), localReleases, status, ga, end, ready);
        }

        boolean datesIn() {
            return localReleases >= 0 || ga >= 0;
        }

        Optional<ImportedRelease> release(KubernetesMinor minor, List<String> cells, String row) {
            String statusText = cell(cells, status);
            if (NOT_RELEASED.matcher(statusText).find() && !statusText.toLowerCase(Locale.ROOT).contains("generally available")) {
                return Optional.empty();
            }
            LocalDate removal = end >= 0 ? date(cell(cells, end)).map(ReleaseCalendarReader.Dated::day).orElse(null) : null;
            if (ga >= 0) {
                String gaText = cell(cells, ga);
                if (NOT_RELEASED.matcher(gaText).find() || gaText.contains("*")) {
                    return Optional.empty();
                }
                Optional<Dated> day = date(gaText);
                if (day.isPresent()) {
                    return Optional.of(new ImportedRelease(minor, day.get().day(), day.get().precision(), removal, row));
                }
            }
            if (localReleases >= 0) {
                // only the released codes count: "2510 (Tentative)" is a plan
                String releases = cell(cells, localReleases);
                Matcher code = RELEASE_CODE.matcher(releases);
                YearMonth earliest = null;
                while (code.find()) {
                    String after = releases.substring(code.end(), Math.min(releases.length(), code.end() + 14));
                    if (NOT_RELEASED.matcher(after).lookingAt() || after.strip().startsWith("(") && NOT_RELEASED.matcher(after).find()) {
                        continue;
                    }
                    YearMonth month = YearMonth.of(2000 + Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
                    earliest = earliest == null || month.isBefore(earliest) ? month : earliest;
                }
                if (earliest != null) {
                    return Optional.of(new ImportedRelease(minor, earliest.atDay(1), DatePrecision.MONTH, removal, row));
                }
                return Optional.empty();
            }
            if (ga >= 0) {
                return Optional.empty();
            }
            // az aksarc get-versions -o table: offered, no date
            return Optional.of(new ImportedRelease(minor, null, DatePrecision.NOT_IN_SOURCE, null, row));
        }

        private static String cell(List<String> cells, int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        private static int find(List<String> header, Predicate<String> test) {
            for (int i = 0; i < header.size(); i++) {
                if (test.test(header.get(i).toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static int minorColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            if ((h.contains("minor") || h.contains("k8s version") || h.contains("kubernetesversion") || h.contains("kubernetes version")
                    || h.contains("マイナー") || h.equals("version") || h.equals("バージョン")) && !h.contains("azure local")) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> cells(String line, boolean markdown) {
        String l = line.strip();
        String[] parts;
        if (markdown || l.contains("|")) {
            if (l.startsWith("|")) {
                l = l.substring(1);
            }
            if (l.endsWith("|")) {
                l = l.substring(0, l.length() - 1);
            }
            parts = l.split("\\|", -1);
        } else if (l.contains("\t")) {
            parts = l.split("\t", -1);
        } else {
            parts = l.split("\\s{2,}", -1);
        }
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            // Markdown links keep their text: [2510](aks-whats-new-local.md#…) -> 2510
            cells.add(part.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("**", "").strip());
        }
        return cells;
    }

    record Dated(LocalDate day, DatePrecision precision) {
    }

    static Optional<Dated> date(String text) {
        try {
            Matcher iso = ISO_DAY.matcher(text);
            if (iso.find()) {
                return Optional.of(new Dated(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))), DatePrecision.DAY));
            }
            Matcher ja = JA_MONTH.matcher(text);
            if (ja.find()) {
                LocalDate first = LocalDate.of(Integer.parseInt(ja.group(1)), Integer.parseInt(ja.group(2)), 1);
                return Optional.of(ja.group(3) == null ? new Dated(first, DatePrecision.MONTH)
                        : new Dated(first.withDayOfMonth(Integer.parseInt(ja.group(3))), DatePrecision.DAY));
            }
            Matcher named = MONTH_NAME.matcher(text);
            if (named.find()) {
                int month = MONTHS.indexOf(named.group(2).toLowerCase(Locale.ROOT)) + 1;
                int year = Integer.parseInt(named.group(4));
                String day = named.group(1) != null ? named.group(1) : named.group(3);
                return Optional.of(day == null ? new Dated(LocalDate.of(year, month, 1), DatePrecision.MONTH)
                        : new Dated(LocalDate.of(year, month, Integer.parseInt(day)), DatePrecision.DAY));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static ImportedRelease earlier(ImportedRelease a, ImportedRelease b) {
        if (a.releaseDate() == null) {
            return b;
        }
        return b.releaseDate() != null && b.releaseDate().isBefore(a.releaseDate()) ? b : a;
    }

    private static List<ImportedRelease> newestFirst(Map<KubernetesMinor, ImportedRelease> found) {
        return found.values().stream().sorted(Comparator.comparing(ImportedRelease::minor).reversed()).toList();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
