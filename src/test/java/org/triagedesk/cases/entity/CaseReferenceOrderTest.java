package org.triagedesk.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseReferenceOrderTest {

    private final CaseReferenceOrder order = new CaseReferenceOrder();

    private long of(String reference) {
        return order.toIndexedValue(CaseReference.parse(reference).orElseThrow(), null);
    }

    @Test
    void sortsByYearThenNumberPastSixDigitsWhereTheTextWouldNot() {
        List<String> references = List.of("CASE-2027-000001", "CASE-2026-1000000", "CASE-2026-999999", "CASE-2026-000042");
        List<String> sorted = references.stream().sorted(Comparator.comparingLong(this::of)).toList();
        assertEquals(List.of("CASE-2026-000042", "CASE-2026-999999", "CASE-2026-1000000", "CASE-2027-000001"), sorted);
        assertEquals(20_260_000_000_042L, of("CASE-2026-000042"));
    }

    @Test
    void noReferenceNoValue() {
        assertNull(order.toIndexedValue(null, null));
    }
}
