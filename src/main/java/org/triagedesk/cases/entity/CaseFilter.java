package org.triagedesk.cases.entity;

/**
 * What a list of cases looks for (the inbox, {@code GET /api/v1/cases}); {@code null} fields do not filter. The
 * codes are the stored ones (a status, area, verdict or severity name), {@code q} words in the title, the
 * description and the evidence.
 */
public record CaseFilter(String status, String area, String verdict, String severity, String q) {
}
