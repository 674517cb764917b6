package org.triagedesk.platform;

/** One thing wrong with a request: the field (a JSON path such as {@code cluster.asOf}) and why. */
public record Violation(String field, String message) {
}
