package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.platform.Language;

/** Broken kb files are reported with file and line, and do not stop the others. */
class KbDirectoryReaderTest {

    static final String GOOD = """
            ---
            id: KI-9001
            title: A good issue
            area: NETWORKING
            language: en
            status: OPEN
            tags: [dns]
            signatures:
              - "lookup kubernetes.default: no such host"
            ---
            ## Symptoms
            DNS fails.

            ## Resolution
            Fix it.
            """;

    @TempDir
    Path kb;

    private final KbDirectoryReader cut = new KbDirectoryReader();

    @Test
    void readsAGoodFile() throws IOException {
        write("known-issues/NETWORKING/KI-9001-good.md", GOOD);
        KbDirectoryReader.Snapshot snapshot = cut.read(kb);
        assertEquals(List.of(), snapshot.problems());
        KbEntry entry = snapshot.issues().get(0);
        assertEquals("KI-9001", entry.key());
        assertEquals(List.of("lookup kubernetes.default: no such host"), entry.content().signatures());
        assertEquals("DNS fails.", entry.content().symptoms());
        assertEquals("Fix it.", entry.content().workaround());
    }

    @Test
    void reportsABrokenFileWithItsLineAndKeepsTheOthers() throws IOException {
        write("known-issues/NETWORKING/KI-9001-good.md", GOOD);
        write("known-issues/NETWORKING/KI-9002-bad.md", GOOD.replace("KI-9001", "KI-9002").replace("status: OPEN", "status: SOLVED"));
        KbDirectoryReader.Snapshot snapshot = cut.read(kb);
        assertEquals(1, snapshot.issues().size());
        assertEquals(List.of(new LoadProblem("known-issues/NETWORKING/KI-9002-bad.md", 6, "issue.status",
                List.of("SOLVED", "[OPEN, MITIGATED, FIXED, RETIRED]"))), snapshot.problems());
        assertEquals("unknown status 'SOLVED'; one of [OPEN, MITIGATED, FIXED, RETIRED]", snapshot.problems().get(0).message());
        assertEquals("状態 'SOLVED' は存在しません。次のいずれかを指定してください: [OPEN, MITIGATED, FIXED, RETIRED]",
                snapshot.problems().get(0).message(Language.JA));
    }

    @Test
    void failsOnADuplicateId() throws IOException {
        write("known-issues/NETWORKING/KI-9001-good.md", GOOD);
        write("known-issues/NETWORKING/KI-9001-again.md", GOOD);
        KbDirectoryReader.Snapshot snapshot = cut.read(kb);
        assertEquals(1, snapshot.issues().size());
        assertTrue(snapshot.problems().get(0).message().startsWith("duplicate id KI-9001"), snapshot.problems().toString());
    }

    @Test
    void failsOnAnUnknownAreaAndOnAnAreaOutsideItsFolder() throws IOException {
        write("known-issues/NETWORKING/KI-9003-x.md", GOOD.replace("KI-9001", "KI-9003").replace("area: NETWORKING", "area: STORAGE"));
        write("known-issues/LIFECYCLE/KI-9004-y.md", GOOD.replace("KI-9001", "KI-9004"));
        List<LoadProblem> problems = cut.read(kb).problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().contains("does not match the folder LIFECYCLE"), problems.toString());
        assertEquals(4, problems.get(1).line());
        assertTrue(problems.get(1).message().startsWith("unknown coverage area 'STORAGE'"), problems.toString());
    }

    @Test
    void reportsFrontMatterAndSectionErrorsWhereTheyAre() throws IOException {
        write("known-issues/NETWORKING/KI-9005-a.md", "no front matter\n");
        write("known-issues/NETWORKING/KI-9006-b.md", GOOD.replace("KI-9001", "KI-9006").replace("## Resolution", "## Fix"));
        write("known-issues/NETWORKING/KI-9007-c.md", GOOD.replace("KI-9001", "KI-9007").replace("tags: [dns]", "tags: [dns"));
        List<LoadProblem> problems = cut.read(kb).problems();
        assertEquals(List.of(1, 14, 7), problems.stream().map(LoadProblem::line).toList(), problems.toString());
    }

    @Test
    void versionNotesAreFreeTextUpToTheColumnLength() throws IOException {
        write("known-issues/NETWORKING/KI-9008-notes.md", GOOD.replace("KI-9001", "KI-9008").replace("tags: [dns]",
                "affectedVersions: containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4 (AKS-HCI 1.0.x releases up to early 2022)\n"
                        + "fixedIn: \"Azure Local 2505 release; containerd 1.7.4\"\ntags: [dns]"));
        write("known-issues/NETWORKING/KI-9009-long.md", GOOD.replace("KI-9001", "KI-9009").replace("tags: [dns]",
                "affectedVersions: " + "Kubernetes 1.28 ".repeat(40) + "\ntags: [dns]"));
        KbDirectoryReader.Snapshot snapshot = cut.read(kb);
        KbEntry notes = snapshot.issues().get(0);
        assertEquals("containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4 (AKS-HCI 1.0.x releases up to early 2022)", notes.content().affectedVersions());
        assertEquals("Azure Local 2505 release; containerd 1.7.4", notes.content().fixedIn());
        assertEquals(List.of(new LoadProblem("known-issues/NETWORKING/KI-9009-long.md", 7, "issue.tooLong", "affectedVersions", 500)),
                snapshot.problems());
    }

    @Test
    void checksTheTemplatesPlaceholders() throws IOException {
        write("response-templates/in-scope.en.md", "---\nkey: in-scope\nlanguage: en\nsubject: \"Case {{title}}\"\n---\nHello\n{{customerName}} here\n");
        List<LoadProblem> problems = cut.read(kb).problems();
        assertEquals(1, problems.size());
        assertEquals(7, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("unknown placeholder {{customerName}}"), problems.toString());
        assertTrue(problems.get(0).message(Language.JA).startsWith("プレースホルダー {{customerName}} は存在しません"), problems.toString());
    }

    private void write(String file, String text) throws IOException {
        Path path = kb.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
