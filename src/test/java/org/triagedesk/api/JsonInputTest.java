package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one JSON body parser of the API against hostile bodies (issue 8). */
class JsonInputTest {

    @Test
    void anObjectIsRead() {
        assertEquals("t", JsonBody.object(bytes("  {\"title\": \"t\"}\n ")).getString("title"));
    }

    @Test
    void moreAfterTheValueIsRefused() {
        String message = refused("{\"title\": \"t\"} {\"title\": \"u\"}");
        assertTrue(message.contains("malformed JSON"), message);
        refused("{\"title\": \"t\"} x");
        refused("{\"title\": \"t\"}]");
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserSeesIt() {
        String message = refused("[".repeat(100_000) + "]".repeat(100_000));
        assertTrue(message.contains("nested deeper than 32"), message);
        assertEquals(3, JsonBody.depth(bytes("{\"a\": [{\"b\": \"[[[[[[{{{\"}]}")), "brackets inside strings do not count");
        assertEquals(1, JsonBody.depth(bytes("{\"a\": \"\\\"[[[\"}")), "nor after an escaped quote");
    }

    @Test
    void notAnObjectNamesTheBody() {
        for (String body : new String[] {"", "[]", "42", "null", "\"x\"", "{\"title\": ", "\u0000\u0001", "{'title': 't'}"}) {
            assertThrows(InvalidRequestException.class, () -> JsonBody.object(bytes(body)), body);
        }
    }

    private static String refused(String body) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> JsonBody.object(bytes(body)));
        assertEquals("body", e.violations().get(0).field());
        return e.violations().get(0).message();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
