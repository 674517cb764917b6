package org.triagedesk.knowledgebase.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.triagedesk.platform.Language;

/** Every problem of a kb/ load reads in English and in Japanese, and the English stays what the API always said. */
class LoadProblemTest {

    @Test
    void everyProblemCodeHasATextInBothLanguagesThatTakesItsArguments() throws IOException {
        Set<String> codes = keys("/i18n/messages.properties");
        assertFalse(codes.isEmpty());
        assertEquals(codes, keys("/i18n/messages_ja.properties"), "the same problems in both files");
        for (String code : codes) {
            Object[] arguments = {"ARG-ONE", "ARG-TWO", "ARG-THREE"};
            String en = LoadProblem.text(code, Language.EN, arguments);
            String ja = LoadProblem.text(code, Language.JA, arguments);
            assertNotEquals(en, ja, code + " is translated");
            assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    code + " is Japanese: " + ja);
            for (String text : List.of(en, ja)) {
                assertFalse(text.matches(".*\\{\\d}.*"), code + " fills every placeholder: " + text);
            }
            long wanted = en.chars().count() - en.replace("ARG-", "").chars().count();
            long wantedJa = ja.chars().count() - ja.replace("ARG-", "").chars().count();
            assertEquals(wanted, wantedJa, code + ": both languages use the same arguments");
        }
    }

    @Test
    void theEnglishMessageIsTheOneTheApiAlwaysGave() {
        LoadProblem problem = new LoadProblem("known-issues/NETWORKING/KI-0203-x.md", 2, "issue.editedThroughApi", "KI-0203");
        assertEquals("KI-0203 was edited through the API since it was loaded; the file is not applied (delete the record or restore"
                + " the file to take it back)", problem.message());
        assertTrue(problem.message(Language.JA).startsWith("KI-0203 は読み込み後に API で編集されたため"), problem.message(Language.JA));
        assertEquals("unknown placeholder {{customerName}}; known: [title, verdict]",
                new LoadProblem("f", 7, "template.placeholder", "customerName", List.of("title", "verdict")).message());
        assertEquals("'title' is required", new LoadProblem("f", 1, "frontMatter.required", "title").message());
    }

    @Test
    void anUnknownCodeIsRefusedWhenTheProblemIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new LoadProblem("f", 1, "no.such.code"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LoadProblemTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("kbProblem."))
                .map(k -> k.substring("kbProblem.".length())).collect(Collectors.toSet());
    }
}
