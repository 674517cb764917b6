package org.triagedesk.cases.entity;

import java.util.List;

/**
 * One page of a list of cases, newest first, and how many match in all: exactly, or at least {@code total} when
 * {@code exact} is false (a search stops counting past {@code TriageSettings.exactCountUpTo()}).
 */
public record CaseListing(List<SupportCase> cases, long total, boolean exact) {
}
