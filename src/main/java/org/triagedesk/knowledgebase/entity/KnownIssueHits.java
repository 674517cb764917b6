package org.triagedesk.knowledgebase.entity;

import java.util.List;

/** One page of a search of the known issues, best first, with the total number of hits. */
public record KnownIssueHits(List<KnownIssueHit> hits, long total) {
}
