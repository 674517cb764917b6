package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.templates.entity.Situation;

/** The real kb/ of the repository: every file parses, and it holds what the product promises. */
class KnowledgeBaseFilesTest {

    static final KbDirectoryReader.Snapshot KB = new KbDirectoryReader().read(Path.of("kb"));

    @Test
    void everyFileParses() {
        assertEquals(List.of(), KB.problems());
        assertEquals(KB.files(), KB.issues().size());
    }

    @Test
    void coversAllNineAreasWithAtLeastSixtyIssues() {
        assertTrue(KB.issues().size() >= 60, "known issues: " + KB.issues().size());
        Set<CoverageArea> areas = KB.issues().stream().map(e -> e.content().area()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(CoverageArea.class), areas);
    }

    @Test
    void everyVersionNoteThatNamesAVersionIsRead() {
        for (KbEntry e : KB.issues()) {
            String affected = e.content().affectedVersions();
            if (affected != null) {
                assertTrue(VersionNotes.parse(affected).understood(), e.key() + ": " + affected);
            }
            String fixed = e.content().fixedIn();
            // "AKS on Azure Stack HCI May 2022 release" names a date, not a version
            if (fixed != null && fixed.matches("(?s).*\\b(?:v?\\d+\\.\\d+\\.\\d+|2[3-9](?:0[1-9]|1[0-2]))\\b.*")) {
                assertTrue(VersionNotes.parseFixed(fixed).understood(), e.key() + ": " + fixed);
            }
        }
    }

    @Test
    void atLeastFifteenAreWrittenInJapanese() {
        assertTrue(KB.issues().stream().filter(e -> e.content().language().equals("ja")).count() >= 15);
    }

    @Test
    void everyUpstreamBugLinksItsIssueAndGivesATimeline() {
        for (KbEntry e : KB.issues()) {
            if (e.content().area() == CoverageArea.UPSTREAM_BUG) {
                assertNotNull(e.content().upstreamUrl(), e.key());
                assertNotNull(e.content().timeline(), e.key());
                assertFalse(e.content().workaround().isBlank(), e.key());
            }
        }
    }

    @Test
    void everySituationHasATemplateInBothLanguagesAndAskingOnesCarryTheConsentNotice() {
        Map<String, String> bodies = KB.templates().stream().collect(Collectors.toMap(t -> t.key() + "." + t.language(), t -> t.body()));
        for (Situation situation : Situation.values()) {
            for (String language : List.of("en", "ja")) {
                String body = bodies.get(situation.key() + "." + language);
                assertNotNull(body, situation.key() + "." + language);
                if (situation != Situation.OUT_OF_SCOPE) {
                    assertTrue(body.contains("{{consentNotice}}"), situation.key() + "." + language);
                }
            }
        }
    }

    @Test
    void everyLabelledReportParsesWithKnownIssuesThatExist() {
        Set<String> ids = KB.issues().stream().map(KbEntry::key).collect(Collectors.toSet());
        ExampleFileParser.ExampleSet examples = new ExampleFileParser().readFolder(Path.of("kb/examples"), ids);
        assertEquals(List.of(), examples.problems());
        Map<CoverageArea, Long> perArea = examples.examples().stream()
                .collect(Collectors.groupingBy(ExampleReport::area, Collectors.counting()));
        assertEquals(EnumSet.allOf(CoverageArea.class), perArea.keySet());
        perArea.forEach((area, n) -> assertTrue(n >= 40, area + ": " + n));
        assertTrue(examples.examples().stream().filter(e -> e.language().equals("ja")).count() >= 150);
    }
}
