package org.triagedesk.knowledgebase.entity;

/** A known issue as read from its kb file: id, content, the file (relative to kb/) and a hash of its bytes. */
public record KbEntry(String key, KnownIssueContent content, String file, String hash) {
}
