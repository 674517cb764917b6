package org.triagedesk.cases.entity;

/**
 * What a list of cases needs to tell whether a case wants an engineer's review, read for a page of cases at once:
 * whether an engineer corrected its area, and the answer of its latest triage ({@code null} before any).
 */
public record CaseReviewFacts(boolean corrected, String latestResultJson) {
}
