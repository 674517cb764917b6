package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quoted values of the front matter: a whole quoted value, a quoted phrase with words after it, an unclosed quote. */
class FrontMatterTest {

    private static FrontMatter parse(String line) throws KbFormatException {
        return FrontMatter.parse(List.of("---", line, "---"));
    }

    @Test
    void aWhollyQuotedValueLosesItsQuotes() throws KbFormatException {
        assertEquals("a: b", parse("title: \"a: b\"").required("title"));
    }

    @Test
    void aQuotedPhraseFollowedByMoreWordsIsPlainTextWithItsQuotes() throws KbFormatException {
        assertEquals("\"etcdserver: leader changed\" while creating cluster",
                parse("title: \"etcdserver: leader changed\" while creating cluster").required("title"));
    }

    @Test
    void aQuoteNeverClosedIsAnErrorAtItsLine() {
        KbFormatException e = assertThrows(KbFormatException.class, () -> parse("title: \"etcdserver: leader changed"));
        assertEquals(2, e.line());
        assertEquals("unclosed quote", e.getMessage());
    }
}
