package org.triagedesk.cases.entity;

import static org.junit.jupiter.api.Assertions.*;
import static org.triagedesk.cases.entity.CaseStatus.*;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void followsTheLifeCycle() {
        assertTrue(NEW.mayMoveTo(TRIAGED));
        assertTrue(TRIAGED.mayMoveTo(WAITING_FOR_CUSTOMER));
        assertTrue(WAITING_FOR_CUSTOMER.mayMoveTo(RESOLVED));
        assertTrue(RESOLVED.mayMoveTo(CLOSED));
    }

    @Test
    void refusesSkipsAndBackwardMoves() {
        assertFalse(NEW.mayMoveTo(CLOSED));
        assertFalse(NEW.mayMoveTo(RESOLVED));
        assertFalse(CLOSED.mayMoveTo(RESOLVED));
        assertFalse(TRIAGED.mayMoveTo(NEW));
        assertFalse(TRIAGED.mayMoveTo(TRIAGED));
    }

    @Test
    void reopeningReturnsToTriaged() {
        assertTrue(CLOSED.mayMoveTo(TRIAGED));
        assertTrue(CLOSED.isReopening(TRIAGED));
        assertTrue(RESOLVED.isReopening(TRIAGED));
        assertFalse(WAITING_FOR_CUSTOMER.isReopening(TRIAGED));
    }

    @Test
    void referencesAreYearAndSixDigits() {
        assertEquals("CASE-2026-000042", new CaseReference(2026, 42).toString());
        assertEquals(Optional.of(new CaseReference(2026, 1234567)), CaseReference.parse("CASE-2026-1234567"));
        assertEquals(Optional.empty(), CaseReference.parse("CASE-26-000042"));
        assertEquals(Optional.empty(), CaseReference.parse("case-2026-000042"));
    }
}
