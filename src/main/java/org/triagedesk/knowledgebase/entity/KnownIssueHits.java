package org.triagedesk.knowledgebase.entity;

import java.util.List;

/**
 * One page of a search of the known issues, best first, with the total number of hits: exactly, or at least
 * {@code total} when {@code exact} is false (a search stops counting past {@code TriageSettings.exactCountUpTo()}).
 */
public record KnownIssueHits(List<KnownIssueHit> hits, long total, boolean exact) {
}
