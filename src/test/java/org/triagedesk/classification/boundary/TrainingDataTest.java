package org.triagedesk.classification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.control.SearchTestBed;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/** Which known issues a retrain reads as texts when a catalog is larger than the cap (issue 17: 100,000 issues). */
class TrainingDataTest {

    static SearchTestBed bed;
    static CoverageArea area;
    static long fromFiles;

    @BeforeAll
    static void catalogWithMaintainersIssues() {
        bed = SearchTestBed.withKb(Path.of("kb"));
        Map<CoverageArea, Long> perArea = bed.snapshot().issues().stream()
                .collect(Collectors.groupingBy(e -> e.content().area(), Collectors.counting()));
        area = perArea.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        fromFiles = perArea.get(area);
        bed.inTransaction(em -> {
            for (int i = 1; i <= 5; i++) {
                Instant at = Instant.parse("2026-12-0" + i + "T00:00:00Z");
                KnownIssue issue = new KnownIssue("KI-API-" + i, KnownIssue.Origin.API, at);
                issue.revise(content("Maintainer's issue " + i, KnownIssueStatus.OPEN), "maintainer", at);
                em.persist(issue);
            }
            KnownIssue retired = new KnownIssue("KI-API-9", KnownIssue.Origin.API, Instant.parse("2026-12-09T00:00:00Z"));
            retired.revise(content("A retired issue", KnownIssueStatus.RETIRED), "maintainer", Instant.parse("2026-12-09T00:00:00Z"));
            em.persist(retired);
        });
    }

    @AfterAll
    static void close() {
        bed.close();
    }

    private static KnownIssueContent content(String title, KnownIssueStatus status) {
        return new KnownIssueContent(title, area, "en", status, "Pods stay pending after the upgrade.", null, "Restart the agent.",
                null, List.of(), null, null, null, List.of(), List.of("error: agent stopped answering on the node"), null);
    }

    private static List<KbEntry> read(int perArea) {
        return bed.read(em -> {
            TrainingData data = new TrainingData();
            data.em = em;
            return data.issuesForTraining(perArea);
        });
    }

    @Test
    void aCapAboveTheCatalogReadsEveryActiveIssueButNoRetiredOne() {
        List<String> keys = read(100_000).stream().map(KbEntry::key).toList();
        assertEquals(bed.snapshot().issues().size() + 5, keys.size());
        assertTrue(keys.containsAll(List.of("KI-API-1", "KI-API-5")));
        assertTrue(!keys.contains("KI-API-9"), "a retired issue is not trained on");
        assertEquals(keys.stream().sorted().toList(), keys, "by key, so that every node trains on the same order");
    }

    @Test
    void pastTheCapAnAreaKeepsItsKbIssuesAndTheNewestOfTheMaintainers() {
        int cap = (int) fromFiles + 2;
        List<KbEntry> read = read(cap);
        List<String> ofArea = read.stream().filter(e -> e.content().area() == area).map(KbEntry::key).toList();
        assertEquals(cap, ofArea.size());
        assertTrue(ofArea.containsAll(List.of("KI-API-5", "KI-API-4")), "the two most recently changed: " + ofArea);
        assertTrue(!ofArea.contains("KI-API-3"), "an older one past the cap is left out: " + ofArea);
        for (CoverageArea other : CoverageArea.values()) {
            if (other != area) {
                long inKb = bed.snapshot().issues().stream().filter(e -> e.content().area() == other).count();
                assertEquals(Math.min(inKb, cap), read.stream().filter(e -> e.content().area() == other).count(), other.name());
            }
        }
    }

    @Test
    void theFeaturesStillKnowTheSignaturesOfIssuesPastTheCap() {
        List<KbEntry> capped = read(1);
        long signed = bed.read(em -> {
            TrainingData data = new TrainingData();
            data.em = em;
            return data.signatures();
        }).stream().filter(s -> s.key().startsWith("KI-API-")).count();
        assertTrue(capped.stream().noneMatch(e -> e.key().startsWith("KI-API-")), "kb/ fills a cap of one in every area it has issues");
        assertEquals(5, signed, "every active issue's signatures, the capped ones too");
    }
}
