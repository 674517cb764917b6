package org.triagedesk.kernel.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.kernel.Evidence;

/** One limit on what a request sends, one setting, the same message for the API's 413 and beside a form's description. */
class BodyLimitTest {

    @Test
    void oneMebibyteUnlessSetOtherwise() {
        assertEquals(1_048_576, BodyLimit.configured(null));
        assertEquals(1_048_576, BodyLimit.configured(" "));
        assertEquals(524_288, BodyLimit.configured("524288"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BodyLimit.configured("1MB"));
        assertTrue(e.getMessage().contains("triage.max-body-bytes"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> BodyLimit.configured("12"));
    }

    @Test
    void theMessageNamesTheLimitInBothLanguages() {
        assertEquals("the request is larger than the limit of 1 MiB (1048576 bytes); send long logs as evidence files instead",
                BodyLimit.message(1_048_576, Locale.ENGLISH));
        assertEquals("the request is larger than the limit of 120 KiB (122880 bytes); send long logs as evidence files instead",
                BodyLimit.message(122_880, Locale.ENGLISH));
        assertTrue(BodyLimit.message(1_048_576, Locale.JAPANESE).startsWith("リクエストが上限の 1 MiB（1048576 バイト）を超えています"));
    }

    @Test
    void aRequestOverTheLimitIsRefusedBesideItsDescriptionAndOneWithinIsNot() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        String half = "x".repeat((int) (BodyLimit.bytes() / 2));
        TriageRequest within = new TriageRequest("t", half, List.of(), null, null, null);
        assertEquals(List.of(), Constraints.check(within, today, Locale.ENGLISH));
        TriageRequest over = new TriageRequest("t", half, List.of(new Evidence("log.txt", half)), null, null, null);
        assertEquals(List.of(new FieldProblem("description", BodyLimit.message(Locale.ENGLISH))), Constraints.check(over, today, Locale.ENGLISH));
    }

    @Test
    void countsBytesAsUtf8() {
        assertEquals(0, SizedText.utf8(null));
        assertEquals("aé日😀".getBytes(StandardCharsets.UTF_8).length, SizedText.utf8("aé日😀"));
    }
}
