package org.triagedesk.knowledgebase.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.RedactionAllowList;
import org.triagedesk.templates.entity.ResponseTemplate;

/**
 * Reads a kb/ folder: every known-issue file and every response template. A broken file becomes a
 * problem with its line and the others are still read; a duplicate id is a problem of the second file.
 */
public class KbDirectoryReader {

    /** The readable content of a kb/ folder and what was wrong in it. */
    /**
     * Everything read from kb/: the known issues, the response templates, the labelled texts the classifier learns
     * from (the reports of {@code kb/examples} and the cases of {@code kb/training/doc-cases.json}), the bilingual
     * glossary, the redaction allow-list, and every problem found.
     */
    public record Snapshot(List<KbEntry> issues, List<ResponseTemplate> templates, List<ExampleReport> examples, Glossary glossary,
            RedactionAllowList allowList, List<LoadProblem> problems, int files) {
    }

    private final KnownIssueFileParser issueParser = new KnownIssueFileParser();
    private final TemplateFileParser templateParser = new TemplateFileParser();

    public Snapshot read(Path kb) {
        List<KbEntry> issues = new ArrayList<>();
        List<ResponseTemplate> templates = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<Path> issueFiles = markdown(kb.resolve("known-issues"));
        for (Path path : issueFiles) {
            String file = kb.relativize(path).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(path);
                String folder = path.getParent().getFileName().toString();
                KbEntry entry = issueParser.parse(file, folder, lines(bytes), sha256(bytes));
                String first = seen.putIfAbsent(entry.key(), file);
                if (first != null) {
                    problems.add(new LoadProblem(file, 2, "issue.duplicateId", entry.key(), first));
                } else {
                    issues.add(entry);
                }
            } catch (KbFormatException e) {
                problems.add(e.problem(file));
            } catch (IOException e) {
                problems.add(new LoadProblem(file, 1, "file.cannotRead", String.valueOf(e.getMessage())));
            }
        }
        for (Path path : markdown(kb.resolve("response-templates"))) {
            String file = kb.relativize(path).toString().replace('\\', '/');
            try {
                templates.add(templateParser.parse(file, lines(Files.readAllBytes(path))));
            } catch (KbFormatException e) {
                problems.add(e.problem(file));
            } catch (IOException e) {
                problems.add(new LoadProblem(file, 1, "file.cannotRead", String.valueOf(e.getMessage())));
            }
        }
        Set<String> keys = new HashSet<>(seen.keySet());
        ExampleFileParser.ExampleSet examples = new ExampleFileParser().readFolder(kb.resolve("examples"), keys);
        problems.addAll(examples.problems());
        DocCasesReader.Result docCases = new DocCasesReader().read(kb);
        problems.addAll(docCases.problems());
        List<ExampleReport> labelled = new ArrayList<>(examples.examples());
        labelled.addAll(docCases.cases());
        GlossaryFileParser.Result glossary = new GlossaryFileParser().read(kb);
        problems.addAll(glossary.problems());
        AllowListFileParser.Result allowList = new AllowListFileParser().read(kb);
        problems.addAll(allowList.problems());
        return new Snapshot(issues, templates, List.copyOf(labelled), glossary.glossary(), allowList.allowList(), problems,
                issueFiles.size());
    }

    private static List<Path> markdown(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(byte[] bytes) throws KbFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.replace("\r\n", "\n").lines().toList();
        } catch (CharacterCodingException e) {
            throw new KbFormatException(1, "file.notUtf8");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
