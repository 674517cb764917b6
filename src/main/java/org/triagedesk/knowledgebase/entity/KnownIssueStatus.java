package org.triagedesk.knowledgebase.entity;

/** Where a known issue stands. A retired issue stays on record (its id is never reused) but no longer matches cases. */
public enum KnownIssueStatus {
    OPEN, MITIGATED, FIXED, RETIRED
}
