package org.triagedesk.cases.entity;

/** How urgent the customer's case is: A (critical business impact) to C (minimal impact). */
public enum Severity {
    A, B, C
}
