package org.triagedesk.cases.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Language;

/** The rule "a case settled without a correction teaches the classifier its area", as the case itself decides it. */
class SupportCaseSettledAreaTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static SupportCase triaged(CoverageArea area) {
        SupportCase c = new SupportCase(new CaseReference(2026, 7), "Pods Pending", null, "Contoso", Severity.B, Language.EN, "{}",
                "filer", AT);
        c.recordTriage(LocalDate.parse("2026-12-01"), area, Verdict.SUPPORTED, false, 0.9, false, "{}", List.of(), AT);
        return c;
    }

    private static Optional<CoverageArea> move(SupportCase c, CaseStatus next) {
        CaseStatus before = c.status();
        c.moveTo(next, AT);
        return c.settledAreaOnMoveFrom(before);
    }

    @Test
    void resolvingACaseSettlesItsAreaAndClosingItAfterwardsDoesNotAgain() {
        SupportCase c = triaged(CoverageArea.NETWORKING);
        assertEquals(Optional.empty(), move(c, CaseStatus.WAITING_FOR_CUSTOMER));
        assertEquals(Optional.of(CoverageArea.NETWORKING), move(c, CaseStatus.RESOLVED));
        assertEquals(Optional.empty(), move(c, CaseStatus.CLOSED), "it settled when it was resolved");
        assertEquals(Optional.empty(), move(c, CaseStatus.TRIAGED), "reopening teaches nothing");
        assertEquals(Optional.of(CoverageArea.NETWORKING), move(c, CaseStatus.RESOLVED), "resolved again, it settles again");
    }

    @Test
    void aCorrectedCaseOrOneWithoutAreaSettlesNothing() {
        SupportCase corrected = triaged(CoverageArea.NETWORKING);
        corrected.correctArea(CoverageArea.AGENT_NODE, "kubelet on the node", "engineer", AT);
        assertEquals(Optional.empty(), move(corrected, CaseStatus.RESOLVED), "the correction taught the classifier already");
        assertEquals(Optional.empty(), move(triaged(null), CaseStatus.RESOLVED));
    }
}
