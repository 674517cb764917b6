package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.CatalogImportPlan.Change;
import org.triagedesk.eligibility.control.CatalogImportPlan.Reason;
import org.triagedesk.eligibility.control.ReleaseCalendarReader.Format;
import org.triagedesk.eligibility.entity.CatalogImportFormatException;
import org.triagedesk.eligibility.entity.ImportedRelease;
import org.triagedesk.eligibility.entity.ImportedRelease.DatePrecision;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.VersionLifecycle;

class ReleaseCalendarReaderTest {

    private final ReleaseCalendarReader reader = new ReleaseCalendarReader();

    @Test
    void readsTheAzureLocalCalendarAsMarkdownDatingEachMinorByItsFirstRelease() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("release-calendar-2025-10.md"));
        assertEquals(Format.RELEASE_CALENDAR_MARKDOWN, reading.format());
        Map<String, ImportedRelease> byMinor = byMinor(reading);
        assertEquals(List.of("1.32", "1.31", "1.30", "1.29", "1.28", "1.27", "1.26"), List.copyOf(byMinor.keySet()));
        assertEquals(LocalDate.parse("2025-10-01"), byMinor.get("1.32").releaseDate());
        assertEquals(LocalDate.parse("2025-08-01"), byMinor.get("1.31").releaseDate());
        assertEquals(LocalDate.parse("2025-03-01"), byMinor.get("1.30").releaseDate());
        assertEquals(LocalDate.parse("2024-08-01"), byMinor.get("1.29").releaseDate());
        assertEquals(LocalDate.parse("2024-02-01"), byMinor.get("1.26").releaseDate());
        assertTrue(reading.releases().stream().allMatch(r -> r.precision() == DatePrecision.MONTH));
        // "Last release with patches" (2601) is not a removal day
        assertEquals(null, byMinor.get("1.30").removalDate());
    }

    @Test
    void leavesOutAMinorThatIsOnlyPlanned() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("release-calendar-2025-07.md"));
        assertEquals(List.of("1.31", "1.30"), List.copyOf(byMinor(reading).keySet()));
        assertEquals(1, reading.skipped().size());
        assertTrue(reading.skipped().get(0).startsWith("1.32"), reading.skipped().toString());
    }

    @Test
    void readsTheTableAsABrowserCopiesItFromThePage() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("release-calendar-copied.txt"));
        assertEquals(Format.RELEASE_CALENDAR_TEXT, reading.format());
        Map<String, ImportedRelease> byMinor = byMinor(reading);
        assertEquals(LocalDate.parse("2025-12-01"), byMinor.get("1.33").releaseDate());
        assertEquals(LocalDate.parse("2025-10-01"), byMinor.get("1.32").releaseDate());
        assertEquals(4, byMinor.size());
    }

    @Test
    void readsTheOlderAksHybridCalendarWithItsGaMonthAndSkipsPredictedOnes() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("aks-hybrid-calendar.md"));
        Map<String, ImportedRelease> byMinor = byMinor(reading);
        assertEquals(List.of("1.25", "1.24", "1.23"), List.copyOf(byMinor.keySet()));
        assertEquals(LocalDate.parse("2022-08-01"), byMinor.get("1.23").releaseDate());
        assertEquals(LocalDate.parse("2023-05-01"), byMinor.get("1.25").releaseDate());
        assertTrue(reading.skipped().get(0).startsWith("1.26"));
    }

    @Test
    void readsGetVersionsJsonWithoutDatesAndLeavesPreviewsOut() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("get-versions.json"));
        assertEquals(Format.GET_VERSIONS_JSON, reading.format());
        Map<String, ImportedRelease> byMinor = byMinor(reading);
        assertEquals(List.of("1.33", "1.32"), List.copyOf(byMinor.keySet()));
        assertEquals(DatePrecision.NOT_IN_SOURCE, byMinor.get("1.32").precision());
        assertTrue(byMinor.get("1.32").source().contains("1.32.6"));
        assertEquals(List.of("1.34: marked isPreview"), reading.skipped());
    }

    @Test
    void readsGetVersionsTableOutput() throws IOException {
        ReleaseCalendarReader.Reading reading = reader.read(resource("get-versions-table.txt"));
        assertEquals(Format.GET_VERSIONS_TABLE, reading.format());
        assertEquals(List.of("1.33", "1.32", "1.31"), List.copyOf(byMinor(reading).keySet()));
    }

    @Test
    void refusesWhatItCannotReadWithTheReason() {
        assertEquals(CatalogImportFormatException.Reason.EMPTY, assertThrows(CatalogImportFormatException.class, () -> reader.read("  \n")).reason());
        assertEquals(CatalogImportFormatException.Reason.NO_TABLE,
                assertThrows(CatalogImportFormatException.class, () -> reader.read("Kubernetes 1.33 is out, upgrade now")).reason());
        assertEquals(CatalogImportFormatException.Reason.BROKEN_JSON,
                assertThrows(CatalogImportFormatException.class, () -> reader.read("{\"values\": [")).reason());
        assertEquals(CatalogImportFormatException.Reason.JSON_WITHOUT_VERSIONS,
                assertThrows(CatalogImportFormatException.class, () -> reader.read("{\"name\": \"default\"}")).reason());
        assertEquals(CatalogImportFormatException.Reason.NO_ROWS,
                assertThrows(CatalogImportFormatException.class, () -> reader.read("| K8s minor version | Current status |\n|--|--|\n| 1.34 | TBD |")).reason());
    }

    @Test
    void planComparesWithTheCatalogAndNeverOverrulesAPreciseDayWithAMonth() throws IOException {
        List<VersionLifecycle> catalog = List.of(
                lifecycle("1.26", "2023-07-01", null),
                lifecycle("1.30", "2025-03-31", null),
                lifecycle("1.31", "2025-08-29", null),
                lifecycle("1.32", "2025-10-22", null));
        CatalogImportPlan plan = CatalogImportPlan.of(reader.read(resource("release-calendar-copied.txt")), catalog,
                LocalDate.parse("2026-12-03"));
        Map<String, CatalogImportPlan.Row> rows = plan.rows().stream()
                .collect(Collectors.toMap(r -> r.minor().toString(), Function.identity()));
        assertEquals(Change.NEW, rows.get("1.33").change());
        assertEquals(LocalDate.parse("2025-12-01"), rows.get("1.33").releaseDate());
        assertEquals(Reason.NEW_MONTH, rows.get("1.33").reason());
        assertEquals(Change.UNCHANGED, rows.get("1.32").change());
        assertEquals(LocalDate.parse("2025-10-22"), rows.get("1.32").releaseDate());
        assertEquals(Change.UNCHANGED, rows.get("1.31").change());
        assertEquals(List.of(KubernetesMinor.of("1.26")), plan.notInSource());
        assertEquals(1, plan.count(Change.NEW));
        assertEquals(0, plan.count(Change.CHANGED));
    }

    @Test
    void planMovesAReleaseEarlierWhenTheSourceShowsItOutBeforeTheCatalogsDay() throws IOException {
        List<VersionLifecycle> catalog = List.of(lifecycle("1.32", "2026-01-15", null));
        CatalogImportPlan plan = CatalogImportPlan.of(reader.read(resource("release-calendar-copied.txt")), catalog,
                LocalDate.parse("2026-12-03"));
        CatalogImportPlan.Row row = plan.rows().stream().filter(r -> r.minor().toString().equals("1.32")).findFirst().orElseThrow();
        assertEquals(Change.CHANGED, row.change());
        assertEquals(Reason.RELEASED_EARLIER, row.reason());
        assertEquals(LocalDate.parse("2025-10-01"), row.releaseDate());
    }

    @Test
    void planDatesAnUndatedNewMinorOnTheImportDayAndLeavesKnownOnesAlone() throws IOException {
        List<VersionLifecycle> catalog = List.of(lifecycle("1.32", "2025-10-22", "2027-01-31"));
        CatalogImportPlan plan = CatalogImportPlan.of(reader.read(resource("get-versions.json")), catalog, LocalDate.parse("2026-12-03"));
        Map<String, CatalogImportPlan.Row> rows = plan.rows().stream()
                .collect(Collectors.toMap(r -> r.minor().toString(), Function.identity()));
        assertEquals(Change.NEW, rows.get("1.33").change());
        assertEquals(LocalDate.parse("2026-12-03"), rows.get("1.33").releaseDate());
        assertEquals(Reason.NEW_UNDATED, rows.get("1.33").reason());
        assertEquals(Change.UNCHANGED, rows.get("1.32").change());
        assertEquals(LocalDate.parse("2027-01-31"), rows.get("1.32").removalDate());
    }

    private static VersionLifecycle lifecycle(String minor, String release, String removal) {
        return new VersionLifecycle(KubernetesMinor.of(minor), LocalDate.parse(release), removal == null ? null : LocalDate.parse(removal));
    }

    private static Map<String, ImportedRelease> byMinor(ReleaseCalendarReader.Reading reading) {
        return reading.releases().stream().collect(Collectors.toMap(r -> r.minor().toString(), Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReleaseCalendarReaderTest.class.getResourceAsStream("/catalog-import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
