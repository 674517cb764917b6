package org.triagedesk.knowledgebase.entity;

/** A known issue found by the maintainers' search, with its score. */
public record KnownIssueHit(KnownIssue issue, double score) {
}
