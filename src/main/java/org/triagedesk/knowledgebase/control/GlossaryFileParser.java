package org.triagedesk.knowledgebase.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.GlossaryEntry;
import org.triagedesk.knowledgebase.entity.GlossaryText;
import org.triagedesk.knowledgebase.entity.LoadProblem;

/**
 * Reads the bilingual glossary {@code kb/glossary/ja-en.tsv} (format in kb/README.md): one concept a
 * line, the Japanese terms, a tab, the English terms, the terms of a side separated by {@code |};
 * {@code #} starts a comment line. Every broken line is reported with its number and left out; the
 * other lines are kept.
 * <p>
 * Just over 150 lines: the line format with a reported reason for each way a line can break.
 */
public class GlossaryFileParser {

    /** Where the glossary is, relative to kb/. */
    public static final String FILE = "glossary/ja-en.tsv";

    /** The glossary read from the good lines, and what was wrong with the others. */
    public record Result(Glossary glossary, List<LoadProblem> problems) {
    }

    /** Reads {@link #FILE} under a kb/ folder; a kb/ without a glossary has an empty one. */
    public Result read(Path kb) {
        Path path = kb.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return new Result(Glossary.empty(), List.of());
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return parse(FILE, text.replace("\r\n", "\n").lines().toList());
        } catch (CharacterCodingException e) {
            return new Result(Glossary.empty(), List.of(new LoadProblem(FILE, 1, "file.notUtf8")));
        } catch (IOException e) {
            return new Result(Glossary.empty(), List.of(new LoadProblem(FILE, 1, "file.cannotRead", String.valueOf(e.getMessage()))));
        }
    }

    /** @param file the name problems are reported under (relative to kb/) */
    public Result parse(String file, List<String> lines) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, Seen> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            try {
                GlossaryEntry entry = parseLine(number, line);
                checkUnique(number, entry, seen);
                entries.add(entry);
            } catch (KbFormatException e) {
                problems.add(e.problem(file));
            }
        }
        return new Result(new Glossary(entries), List.copyOf(problems));
    }

    GlossaryEntry parseLine(int number, String line) throws KbFormatException {
        String[] columns = line.split("\t", -1);
        if (columns.length != 2) {
            String hint = columns.length == 1 && line.strip().matches(".*\\S\\s{2,}\\S.*")
                    ? "; the columns look separated by spaces, they need one tab" : "";
            throw new KbFormatException(number, hint.isEmpty() ? "glossary.columns" : "glossary.columnsSpaces", columns.length);
        }
        List<String> japanese = side(number, columns[0], "Japanese");
        List<String> english = side(number, columns[1], "English");
        for (String ja : japanese) {
            for (String en : english) {
                if (ja.toLowerCase(Locale.ROOT).equals(en.toLowerCase(Locale.ROOT))) {
                    throw new KbFormatException(number, "glossary.bothSides", ja);
                }
            }
        }
        for (String ja : japanese) {
            if (!GlossaryText.containsJapanese(ja)) {
                throw new KbFormatException(number, "glossary.latinOnJapaneseSide", ja);
            }
        }
        for (String en : english) {
            if (GlossaryText.containsJapanese(en)) {
                throw new KbFormatException(number, "glossary.japaneseOnEnglishSide", en);
            }
            if (GlossaryText.englishKey(en).isEmpty()) {
                throw new KbFormatException(number, "glossary.noLetters", en);
            }
        }
        return new GlossaryEntry(number, japanese, english);
    }

    private static List<String> side(int number, String column, String name) throws KbFormatException {
        if (column.isBlank()) {
            throw new KbFormatException(number, "glossary.emptySide." + name);
        }
        List<String> terms = new ArrayList<>();
        for (String term : column.split("\\|", -1)) {
            String t = term.strip();
            if (t.isEmpty()) {
                throw new KbFormatException(number, "glossary.emptyTerm." + name);
            }
            terms.add(t);
        }
        return terms;
    }

    private record Seen(int line, String term) {
    }

    /** Each term, in its normal form, may appear once in the whole file. */
    private static void checkUnique(int number, GlossaryEntry entry, Map<String, Seen> seen) throws KbFormatException {
        Map<String, String> keys = new HashMap<>();
        for (String ja : entry.japanese()) {
            unique(number, "ja:" + GlossaryText.japaneseKey(ja), ja, keys, seen);
        }
        for (String en : entry.english()) {
            unique(number, "en:" + GlossaryText.englishKey(en), en, keys, seen);
        }
        keys.forEach((key, term) -> seen.put(key, new Seen(number, term)));
    }

    private static void unique(int number, String key, String term, Map<String, String> line, Map<String, Seen> seen)
            throws KbFormatException {
        String twin = line.putIfAbsent(key, term);
        if (twin != null) {
            throw twin.equals(term) ? new KbFormatException(number, "glossary.twiceOnLine", term)
                    : new KbFormatException(number, "glossary.sameTermOnLine", term, twin);
        }
        Seen earlier = seen.get(key);
        if (earlier != null) {
            throw earlier.term().equals(term) ? new KbFormatException(number, "glossary.alreadyOnLine", term, earlier.line())
                    : new KbFormatException(number, "glossary.sameTermAsLine", term, earlier.term(), earlier.line());
        }
    }
}
