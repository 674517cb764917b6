package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.Instant;

import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.SupportCase;

/** A row of the inbox: the case's listed fields (the verdict with whether it was reached on missing facts) and whether, and why, it needs review ({@link CaseReview}). */
public record InboxRow(CaseReference reference, String title, String customer, String severity, String status, String coverageArea,
        String verdict, boolean provisional, Instant createdAt, CaseReview review) implements Serializable {

    static InboxRow of(SupportCase c, CaseReview review) {
        return new InboxRow(c.reference(), c.title(), c.customer(), name(c.severity()), name(c.status()), name(c.coverageArea()),
                name(c.verdict()), provisional(c, review), c.createdAt(), review);
    }

    /** The case's own flag; for a case triaged before it had one (NULL), what its latest answer says (the review reason). */
    static boolean provisional(SupportCase c, CaseReview review) {
        if (c.provisional() != null) {
            return c.provisional();
        }
        return review.reasons().stream().anyMatch(r -> "PROVISIONAL".equals(r.code()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
