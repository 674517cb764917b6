package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.ExampleReport.Split;
import org.triagedesk.knowledgebase.entity.LoadProblem;

/** The labelled reports of kb/examples: every rule of kb/examples/README.md, a break reported with its line. */
class ExampleFileParserTest {

    static final Path FIXTURES = Path.of("src/test/resources/example-fixtures");
    static final Set<String> ISSUES = Set.of("KI-0301", "KI-0302");

    private final ExampleFileParser cut = new ExampleFileParser();

    @TempDir
    Path tmp;

    @Test
    void readsGoodFilesWithProseAndPastedBlocksApart() {
        ExampleFileParser.ExampleSet set = cut.readFolder(FIXTURES.resolve("good"), ISSUES);
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("EX-9002", "EX-9001"), set.examples().stream().map(ExampleReport::id).toList(), "sorted by file");
        ExampleReport lb = set.examples().get(1);
        assertEquals(CoverageArea.NETWORKING, lb.area());
        assertEquals(CoverageArea.THIRD_PARTY, lb.otherArea());
        assertEquals(Split.TRAIN, lb.split());
        assertEquals(List.of("KI-0301"), lb.knownIssues());
        assertEquals("1.28.5", lb.clusterVersion());
        assertEquals("examples/NETWORKING/EX-9001-lb-pending.md", lb.file());
        assertEquals("Exposed the app as a LoadBalancer, EXTERNAL-IP stays pending.\n\nThen the events:\n\nAny idea?", lb.description());
        assertEquals(2, lb.pasted().size());
        assertTrue(lb.pasted().get(0).startsWith("$ kubectl get svc web\nNAME"), lb.pasted().get(0));
        assertTrue(lb.pasted().get(1).startsWith("Warning  SyncLoadBalancerFailed"), lb.pasted().get(1));
        ExampleReport ja = set.examples().get(0);
        assertEquals("ja", ja.language());
        assertEquals(Split.DEV, ja.split(), "http, www., case and the trailing slash do not change the split");
        assertNull(ja.otherArea());
        assertEquals("NodePort の使い方を教えてください", ja.title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "unknown key|title: external ip pending|title: x\\nlabel: NETWORKING|9|unknown key 'label'",
        "area of another folder|area: NETWORKING|area: LIFECYCLE|3|area LIFECYCLE does not match the folder NETWORKING",
        "unknown area|area: NETWORKING|area: NETWORK|3|unknown coverage area 'NETWORK' in area",
        "otherArea unknown|language: en|otherArea: DNS\\nlanguage: en|4|unknown coverage area 'DNS' in otherArea",
        "otherArea the same|language: en|otherArea: NETWORKING\\nlanguage: en|4|otherArea must differ from area NETWORKING",
        "language|language: en|language: fr|4|language must be en or ja, not 'fr'",
        "wrong split|split: train|split: dev|5|split dev is wrong: the source URL puts this report in train",
        "unknown split|split: train|split: holdout|5|unknown split 'holdout': the source URL puts this report in train",
        "source not a URL|source: https://github.com/example/project/issues/1|source: issue 1|6|source must be the http(s) URL",
        "unknown known issue|title: external ip pending|title: x\\nknownIssues: [KI-0301, KI-0999]|9|KI-0999, which is not a known issue",
        "cluster version|title: external ip pending|title: x\\nclusterVersion: latest|9|clusterVersion 'latest' is not a Kubernetes version",
        "missing title|title: external ip pending|clusterVersion: 1.29.2|1|'title' is required",
        "missing reason|reason: \"Load-balancer configuration.\"|reason: \"\"|7|'reason' is required",
        "bad id|id: EX-9100|id: KI-9100|2|id 'KI-9100' must be EX- and digits",
        "file not named by id|id: EX-9100|id: EX-9101|2|the file name must start with its id EX-9101-",
        "empty body|The EXTERNAL-IP stays pending.|~~|10|the body (the report itself) is empty",
    })
    void reportsEachBrokenRuleAtItsLine(String rule, String from, String to, int line, String message) throws IOException {
        String text = Files.readString(FIXTURES.resolve("broken/template.md")).replace(from, to.replace("\\n", "\n"));
        KbFormatException e = assertThrows(KbFormatException.class,
                () -> cut.parse("examples/NETWORKING/EX-9100-x.md", "NETWORKING", text.lines().toList(), ISSUES));
        assertEquals(line, e.line(), rule + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(message), rule + ": " + e.getMessage());
    }

    @Test
    void theTemplateItselfIsGoodAndAnyKnownIssueIdPassesWithoutASet() throws Exception {
        String text = Files.readString(FIXTURES.resolve("broken/template.md")).replace("title: external", "knownIssues: [KI-4711]\ntitle: external");
        ExampleReport report = cut.parse("examples/NETWORKING/EX-9100-x.md", "NETWORKING", text.lines().toList(), null);
        assertEquals(List.of("KI-4711"), report.knownIssues());
    }

    @Test
    void aDuplicateIdIsAProblemOfTheSecondFileAndTheOthersAreStillRead() throws IOException {
        String template = Files.readString(FIXTURES.resolve("broken/template.md"));
        Files.createDirectories(tmp.resolve("NETWORKING"));
        Files.writeString(tmp.resolve("NETWORKING/EX-9100-a.md"), template);
        Files.writeString(tmp.resolve("NETWORKING/EX-9100-b.md"), template);
        Files.writeString(tmp.resolve("NETWORKING/EX-9101-c.md"), template.replace("EX-9100", "EX-9101").replace("split: train", "split: test"));
        Files.writeString(tmp.resolve("README.md"), "# not a report");
        ExampleFileParser.ExampleSet set = cut.readFolder(tmp, ISSUES);
        assertEquals(List.of("EX-9100"), set.examples().stream().map(ExampleReport::id).toList());
        assertEquals(List.of(
                new LoadProblem("examples/NETWORKING/EX-9100-b.md", 2, "example.duplicateId", "EX-9100", "examples/NETWORKING/EX-9100-a.md"),
                new LoadProblem("examples/NETWORKING/EX-9101-c.md", 5, "example.wrongSplit", "test", "train")),
                set.problems());
    }

    @ParameterizedTest
    @CsvSource({
        "https://github.com/example/project/issues/4, DEV",
        "HTTP://WWW.github.com/example/project/issues/4/, DEV",
        "https://github.com/example/project/issues/4#issuecomment-1, DEV",
        "https://github.com/example/project/issues/1, TRAIN",
        "https://github.com/example/project/issues/6, TEST",
    })
    void theSplitFollowsTheNormalisedSourceUrl(String url, Split split) {
        assertEquals(split, ExampleFileParser.splitOf(url));
    }
}
