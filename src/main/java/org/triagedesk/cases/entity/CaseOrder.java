package org.triagedesk.cases.entity;

/**
 * The order of a list of cases: {@code NEWEST} (filed last first, the default) or {@code SEVERITY} (A before B
 * before C, newest first within a severity).
 */
public enum CaseOrder {
    NEWEST, SEVERITY
}
