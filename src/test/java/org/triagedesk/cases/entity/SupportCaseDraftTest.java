package org.triagedesk.cases.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.triagedesk.platform.Language;

/** An engineer's edits of the response draft are versions of the case, each with who, when and the template it started from. */
class SupportCaseDraftTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-12-01T10:30:00Z");

    private final SupportCase cut = new SupportCase(new CaseReference(2026, 42), "Nodes NotReady", "since the patch", "Contoso",
            Severity.B, Language.EN, "{}", "filer", MONDAY);

    @Test
    void eachSaveIsTheNextVersionWithWhoWhenAndTheTemplate() {
        assertNull(cut.latestDraft(), "nobody saved an edit yet");

        CaseDraft first = cut.editDraft("Dear Contoso,\nwe look at it.", "in-scope", "en", "akiko", MONDAY);
        CaseDraft second = cut.editDraft("Dear Contoso team,\nwe look at it.", "in-scope", "en", "ben", TUESDAY);

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertSame(second, cut.latestDraft());
        assertEquals(2, cut.drafts().size(), "the first version is kept");
        assertEquals("Dear Contoso,\nwe look at it.", cut.drafts().get(0).body());
        assertEquals("ben", second.edited().by());
        assertEquals(TUESDAY, second.edited().at());
        assertEquals(TUESDAY, cut.updatedAt(), "a save changes the case, so its version moves on");
        assertTrue(second.startedFrom("in-scope", "en"));
        assertFalse(second.startedFrom("unsupported", "en"), "another situation's template");
        assertFalse(second.startedFrom("in-scope", "ja"), "the same situation in the other language is another template");
        assertEquals("version 2 from in-scope.en", second.historyText());
    }

    @Test
    void theSameTextFromTheSameTemplateIsNoNewVersion() {
        CaseDraft first = cut.editDraft("Hello", "in-scope", "en", "akiko", MONDAY);

        assertSame(first, cut.editDraft("Hello", "in-scope", "en", "ben", TUESDAY));
        assertEquals(1, cut.drafts().size());
        assertEquals(MONDAY, cut.updatedAt());
        assertEquals(2, cut.editDraft("Hello", "unsupported", "en", "ben", TUESDAY).number(),
                "the same words now started from another template are a new version");
    }

    @Test
    void anEmptyOrOverlongTextIsRefusedAndNothingIsKept() {
        assertThrows(IllegalArgumentException.class, () -> cut.editDraft("  \n ", "in-scope", "en", "akiko", MONDAY));
        assertThrows(IllegalArgumentException.class, () -> cut.editDraft(null, "in-scope", "en", "akiko", MONDAY));
        assertThrows(IllegalArgumentException.class,
                () -> cut.editDraft("x".repeat(CaseDraft.MAX_CHARS + 1), "in-scope", "en", "akiko", MONDAY));
        assertEquals(0, cut.drafts().size());
        assertEquals(CaseDraft.MAX_CHARS, cut.editDraft("y".repeat(CaseDraft.MAX_CHARS), "in-scope", "en", "akiko", MONDAY).body().length(),
                "the longest allowed text is kept whole");
    }
}
