package org.triagedesk.cases.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a support case stands. A case moves NEW → TRIAGED → WAITING_FOR_CUSTOMER → RESOLVED →
 * CLOSED; an engineer may skip the wait, take a case back from the customer, and reopen a resolved
 * or closed case, which returns it to TRIAGED.
 */
public enum CaseStatus {
    NEW, TRIAGED, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            NEW, EnumSet.of(TRIAGED),
            TRIAGED, EnumSet.of(WAITING_FOR_CUSTOMER, RESOLVED),
            WAITING_FOR_CUSTOMER, EnumSet.of(TRIAGED, RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, TRIAGED),
            CLOSED, EnumSet.of(TRIAGED));

    public boolean mayMoveTo(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Reopening is the move of a resolved or closed case back to TRIAGED. */
    public boolean isReopening(CaseStatus next) {
        return (this == RESOLVED || this == CLOSED) && next == TRIAGED;
    }

    public Set<CaseStatus> next() {
        return NEXT.get(this);
    }
}
