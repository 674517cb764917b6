package org.triagedesk.knowledgebase.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.ExampleReport.Split;
import org.triagedesk.knowledgebase.entity.LoadProblem;

/**
 * Reads the labelled support reports of {@code kb/examples/<AREA>/*.md} and checks every rule of
 * kb/examples/README.md: the keys and their values, the area against its folder, the split against
 * the hash of the source URL (naming the right one), known-issue ids against the known issues given,
 * and ids unique over the folder. A break is a {@link KbFormatException} with its line; reading a
 * folder turns each into a {@link LoadProblem} and goes on with the other files.
 *
 * <p>Over 150 lines: one class for the whole format, so that a maintainer who changes kb/examples/README.md finds
 * every rule of it here, in the order of its table.
 */
public class ExampleFileParser {

    /** What a folder of examples holds: the readable reports, sorted by file, and what was wrong. */
    public record ExampleSet(List<ExampleReport> examples, List<LoadProblem> problems) {
    }

    static final Set<String> KEYS = Set.of("id", "area", "otherArea", "language", "split", "source", "reason", "knownIssues",
            "clusterVersion", "title");
    private static final String ID = "EX-\\d+";

    /** Every file of {@code kb/examples} (the folder itself); {@code knownIssues} null skips the check of their ids. */
    public ExampleSet readFolder(Path examples, Set<String> knownIssues) {
        List<ExampleReport> read = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path path : markdown(examples)) {
            String file = "examples/" + examples.relativize(path).toString().replace('\\', '/');
            try {
                List<String> lines = lines(Files.readAllBytes(path));
                ExampleReport report = parse(file, path.getParent().getFileName().toString(), lines, knownIssues);
                String first = seen.putIfAbsent(report.id(), file);
                if (first != null) {
                    problems.add(new LoadProblem(file, FrontMatter.parse(lines).line("id"), "example.duplicateId", report.id(), first));
                } else {
                    read.add(report);
                }
            } catch (KbFormatException e) {
                problems.add(e.problem(file));
            } catch (IOException e) {
                problems.add(new LoadProblem(file, 1, "file.cannotRead", String.valueOf(e.getMessage())));
            }
        }
        return new ExampleSet(read, problems);
    }

    /**
     * @param file the path relative to kb/, e.g. {@code examples/NETWORKING/EX-3000-external-ip-pending.md}
     * @param folderArea the area folder the file sits in
     * @param knownIssues the ids {@code knownIssues} may name, or null to accept any
     */
    public ExampleReport parse(String file, String folderArea, List<String> lines, Set<String> knownIssues) throws KbFormatException {
        FrontMatter front = FrontMatter.parse(lines);
        for (String key : front.keys()) {
            if (!KEYS.contains(key)) {
                throw new KbFormatException(front.line(key), "example.unknownKey", key, KEYS.stream().sorted().toList());
            }
        }
        String id = front.required("id");
        if (!id.matches(ID)) {
            throw new KbFormatException(front.line("id"), "example.badId", id);
        }
        if (!file.substring(file.lastIndexOf('/') + 1).startsWith(id + "-")) {
            throw new KbFormatException(front.line("id"), "example.fileName", id);
        }
        CoverageArea area = area(front, "area");
        if (!area.name().equals(folderArea)) {
            throw new KbFormatException(front.line("area"), "example.areaFolder", area, folderArea);
        }
        CoverageArea otherArea = front.text("otherArea").isPresent() ? area(front, "otherArea") : null;
        if (otherArea == area) {
            throw new KbFormatException(front.line("otherArea"), "example.otherArea", area);
        }
        String language = front.required("language");
        if (!language.equals("en") && !language.equals("ja")) {
            throw new KbFormatException(front.line("language"), "example.language", language);
        }
        String source = front.required("source");
        if (!source.matches("https?://\\S+")) {
            throw new KbFormatException(front.line("source"), "example.source");
        }
        Split split = split(front, source);
        List<String> issues = front.list("knownIssues");
        for (String issue : issues) {
            if (knownIssues != null && !knownIssues.contains(issue)) {
                throw new KbFormatException(front.line("knownIssues"), "example.knownIssue", issue);
            }
        }
        String version = front.text("clusterVersion").orElse(null);
        if (version != null && KubernetesRelease.parse(version).isEmpty()) {
            throw new KbFormatException(front.line("clusterVersion"), "example.clusterVersion", version);
        }
        Body body = body(lines, front.bodyStart());
        if (body.prose().isBlank() && body.pasted().isEmpty()) {
            throw new KbFormatException(front.bodyStart() + 1, "example.emptyBody");
        }
        return new ExampleReport(id, area, otherArea, language, split, source, front.required("reason"), issues, version,
                front.required("title"), body.prose(), body.pasted(), file);
    }

    /**
     * The split of a source URL: normalised (lower case, {@code http:} read as {@code https:}, a leading
     * {@code www.} dropped, a trailing {@code /} dropped, then anything from {@code ?} or {@code #} on),
     * its SHA-1 as a number modulo 10: 0-5 train, 6-7 dev, 8-9 test. The slash goes before the query:
     * that is the order the committed splits were computed in ({@code https://hciharrison.com/?p=434}
     * hashes as {@code https://hciharrison.com/}); the other order would move that report.
     */
    public static Split splitOf(String source) {
        String url = source.strip().toLowerCase(Locale.ROOT);
        url = url.startsWith("http://") ? "https://" + url.substring(7) : url;
        url = url.startsWith("https://www.") ? "https://" + url.substring(12) : url;
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        int cut = url.replace('#', '?').indexOf('?');
        url = cut >= 0 ? url.substring(0, cut) : url;
        int bucket = new BigInteger(1, sha1(url)).mod(BigInteger.TEN).intValue();
        return bucket <= 5 ? Split.TRAIN : bucket <= 7 ? Split.DEV : Split.TEST;
    }

    private static Split split(FrontMatter front, String source) throws KbFormatException {
        String given = front.required("split");
        Split wanted = splitOf(source);
        if (!given.equals(wanted.code())) {
            boolean known = Stream.of(Split.values()).anyMatch(s -> s.code().equals(given));
            throw new KbFormatException(front.line("split"), known ? "example.wrongSplit" : "example.unknownSplit", given, wanted.code());
        }
        return wanted;
    }

    private static CoverageArea area(FrontMatter front, String key) throws KbFormatException {
        String code = front.required(key);
        return CoverageArea.of(code).orElseThrow(() -> new KbFormatException(front.line(key),
                "example.unknownArea", code, key, List.of(CoverageArea.values())));
    }

    /** The report's prose and its pasted blocks: fenced ({@code ```}) or indented by four spaces or a tab. */
    record Body(String prose, List<String> pasted) {
    }

    static Body body(List<String> lines, int from) {
        StringBuilder prose = new StringBuilder();
        List<String> pasted = new ArrayList<>();
        StringBuilder block = null;
        boolean fenced = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                if (fenced) {
                    pasted.add(block.toString().stripTrailing());
                    block = null;
                } else {
                    flush(pasted, block);
                    block = new StringBuilder();
                }
                fenced = !fenced;
            } else if (fenced) {
                block.append(line).append('\n');
            } else if (line.startsWith("    ") || line.startsWith("\t")) {
                block = block == null ? new StringBuilder() : block;
                block.append(line.startsWith("\t") ? line.substring(1) : line.substring(4)).append('\n');
            } else if (line.isBlank() && block != null) {
                block.append('\n');
            } else {
                flush(pasted, block);
                block = null;
                prose.append(line).append('\n');
            }
        }
        flush(pasted, block);
        return new Body(prose.toString().strip().replaceAll("\n{3,}", "\n\n"), pasted);
    }

    private static void flush(List<String> pasted, StringBuilder block) {
        if (block != null && !block.toString().isBlank()) {
            pasted.add(block.toString().strip());
        }
    }

    private static List<Path> markdown(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getParent().equals(folder)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(byte[] bytes) throws KbFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n").lines().toList();
        } catch (CharacterCodingException e) {
            throw new KbFormatException(1, "file.notUtf8");
        }
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
