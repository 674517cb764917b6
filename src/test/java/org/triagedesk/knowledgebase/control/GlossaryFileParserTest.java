package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagedesk.knowledgebase.entity.GlossaryEntry;
import org.triagedesk.knowledgebase.entity.LoadProblem;

/** The glossary file: what a good line means, and every way a line can be wrong, reported with its line. */
class GlossaryFileParserTest {

    static final String FILE = "glossary/ja-en.tsv";

    private final GlossaryFileParser cut = new GlossaryFileParser();

    private GlossaryFileParser.Result parse(String... lines) {
        return cut.parse(FILE, List.of(lines));
    }

    /** A problem as the load report shows it in English: its file, line and message. */
    private static String problem(int line, String message) {
        return FILE + ":" + line + ": " + message;
    }

    private static List<String> messages(GlossaryFileParser.Result result) {
        return result.problems().stream().map(LoadProblem::toString).toList();
    }

    @Test
    void readsOneConceptALineAndSkipsCommentsAndBlankLines() {
        GlossaryFileParser.Result result = parse(
                "# certificates",
                "証明書|サーバー証明書\tcertificate|cert|x509",
                "",
                "  # indented comment",
                " 期限切れ | 有効期限切れ \t expired | expiry ");
        assertEquals(List.of(), messages(result));
        assertEquals(List.of(
                new GlossaryEntry(2, List.of("証明書", "サーバー証明書"), List.of("certificate", "cert", "x509")),
                new GlossaryEntry(5, List.of("期限切れ", "有効期限切れ"), List.of("expired", "expiry"))),
                result.glossary().entries());
    }

    @Test
    void aLineNeedsExactlyTwoColumnsSeparatedByATab() {
        GlossaryFileParser.Result result = parse(
                "証明書  certificate",
                "証明書",
                "証明書\tcertificate\tcert");
        assertEquals(List.of(
                problem(1, "expected 2 columns separated by a tab (Japanese, then English), found 1; the columns look separated by spaces, they need one tab"),
                problem(2, "expected 2 columns separated by a tab (Japanese, then English), found 1"),
                problem(3, "expected 2 columns separated by a tab (Japanese, then English), found 3")), messages(result));
        assertEquals(List.of(), result.glossary().entries());
    }

    @Test
    void neitherSideNorAnyTermMayBeEmpty() {
        GlossaryFileParser.Result result = parse(
                "\tcertificate",
                "証明書\t  ",
                "証明書||サーバー証明書\tcertificate",
                "証明書\tcertificate|");
        assertEquals(List.of(
                problem(1, "the Japanese side is empty"),
                problem(2, "the English side is empty"),
                problem(3, "an empty Japanese term (two '|' in a row, or one at an end)"),
                problem(4, "an empty English term (two '|' in a row, or one at an end)")), messages(result));
    }

    @Test
    void aTermOnBothSidesOrOnTheWrongSideIsRefused() {
        GlossaryFileParser.Result result = parse(
                "ポッド|Pod\tpod",
                "VIP|仮想 IP\tvirtual IP",
                "証明書\tcertificate|証明書 (cert)");
        assertEquals(List.of(
                problem(1, "'Pod' is on both sides; a term written the same in both languages needs no entry"),
                problem(2, "'VIP' on the Japanese side has no kana or kanji; a term written in Latin letters belongs on the English side, "
                        + "or needs no entry if it is the same in both"),
                problem(3, "'証明書 (cert)' on the English side has Japanese characters")), messages(result));
    }

    @Test
    void anEnglishTermNeedsALetterOrDigit() {
        assertEquals(List.of(problem(1, "'--' on the English side has no letters or digits")), messages(parse("証明書\tcertificate|--")));
    }

    @Test
    void aTermMayBeInOneLineOnlyAndTheLaterLineIsLeftOutWhileTheOthersStay() {
        GlossaryFileParser.Result result = parse(
                "証明書\tcertificate",
                "クラスター\tcluster",
                "サーバー証明書|証明書\tserver certificate",
                "ノード\tnode|cluster",
                "ノードプール\tnode pool");
        assertEquals(List.of(
                problem(3, "'証明書' is already on line 1"),
                problem(4, "'cluster' is already on line 2")), messages(result));
        assertEquals(List.of(1, 2, 5), result.glossary().entries().stream().map(GlossaryEntry::line).toList());
        assertEquals(List.of("node pool"), result.glossary().english("ノードプール"));
        assertEquals(List.of("certificate"), result.glossary().english("サーバー証明書"),
                "the broken line is not half-applied: only the 証明書 of line 1 is found");
    }

    @Test
    void termsThatDifferOnlyInSpellingCountAsTheSameTerm() {
        GlossaryFileParser.Result result = parse(
                "クラスター\tcluster",
                "クラスタ\tclusters of nodes",
                "ノード プール\tnode pool",
                "ノードプール\tpool of nodes",
                "期限切れ\texpired",
                "失効\texpires",
                "証明書\tcertificate|Certificates",
                "ノード|ノード\tnode");
        assertEquals(List.of(
                problem(2, "'クラスタ' is the same term as 'クラスター' on line 1"),
                problem(4, "'ノードプール' is the same term as 'ノード プール' on line 3"),
                problem(6, "'expires' is the same term as 'expired' on line 5"),
                problem(7, "'Certificates' and 'certificate' are the same term (spacing, case, long-vowel mark or inflection aside); keep one"),
                problem(8, "'ノード' appears twice on the line")), messages(result));
    }

    @Test
    void readsTheFileOfAKbFolder(@TempDir Path kb) throws IOException {
        Files.createDirectories(kb.resolve("glossary"));
        Files.write(kb.resolve(FILE), "\uFEFF# glossary\r\n証明書\tcertificate\r\nノード\r\n".getBytes(StandardCharsets.UTF_8));
        GlossaryFileParser.Result result = cut.read(kb);
        assertEquals(List.of(problem(3, "expected 2 columns separated by a tab (Japanese, then English), found 1")), messages(result));
        assertEquals(List.of("certificate"), result.glossary().english("証明書"));
    }

    @Test
    void aKbFolderWithoutAGlossaryHasAnEmptyOne(@TempDir Path kb) {
        GlossaryFileParser.Result result = cut.read(kb);
        assertEquals(List.of(), messages(result));
        assertEquals(List.of(), result.glossary().entries());
        assertEquals(List.of(), result.glossary().english("証明書が切れた"));
    }

    @Test
    void aFileThatIsNotUtf8IsOneProblem(@TempDir Path kb) throws IOException {
        Files.createDirectories(kb.resolve("glossary"));
        Files.write(kb.resolve(FILE), "証明書\tcertificate\n".getBytes(Charset.forName("Shift_JIS")));
        GlossaryFileParser.Result result = cut.read(kb);
        assertEquals(List.of(problem(1, "the file is not UTF-8 text")), messages(result));
        assertEquals(List.of(), result.glossary().entries());
    }
}
