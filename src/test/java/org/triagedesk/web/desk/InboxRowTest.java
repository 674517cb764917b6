package org.triagedesk.web.desk;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Language;

/** The inbox marks a provisional verdict: from the case's own flag, or for a case triaged before it had one, from its answer. */
class InboxRowTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static SupportCase filed() {
        return new SupportCase(new CaseReference(2026, 9), "Nodes NotReady", "kubelet stopped posting node status", "Contoso",
                Severity.A, Language.EN, "{}", "filer", AT);
    }

    private static CaseReview review(String... codes) {
        return new CaseReview(Arrays.stream(codes).map(code -> new CaseReview.Reason(code, 2)).toList());
    }

    @Test
    void aCaseTriagedOnMissingFactsIsMarkedAndAFinalOneIsNot() {
        SupportCase waiting = filed();
        waiting.recordTriage(LocalDate.parse("2026-12-01"), CoverageArea.AGENT_NODE, Verdict.SUPPORTED, true, 0.8, false, "{}", List.of(), AT);
        assertTrue(InboxRow.of(waiting, review("PROVISIONAL")).provisional());

        SupportCase settled = filed();
        settled.recordTriage(LocalDate.parse("2026-12-01"), CoverageArea.AGENT_NODE, Verdict.SUPPORTED, false, 0.8, false, "{}", List.of(), AT);
        assertFalse(InboxRow.of(settled, review()).provisional());
        assertFalse(InboxRow.of(settled, review("PROVISIONAL")).provisional(), "the case's own flag decides where it has one");
    }

    @Test
    void aCaseWithoutTheFlagFollowsWhatItsLatestAnswerSays() {
        SupportCase old = filed(); // no triage recorded through the entity: its provisional column is NULL, as before V11
        assertNull(old.provisional());
        assertTrue(InboxRow.of(old, review("LOW_CONFIDENCE", "PROVISIONAL")).provisional());
        assertFalse(InboxRow.of(old, review("LOW_CONFIDENCE")).provisional());
    }
}
