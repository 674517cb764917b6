package org.triagedesk.web;

import java.io.Serializable;
import java.time.Instant;

import org.triagedesk.knowledgebase.entity.KnownIssue;

/** The bookkeeping of a known issue as the editor read it: the version a save must still find, and who changed it last. */
public record KnownIssueStamp(String key, long version, boolean fromFile, String sourcePath, String updatedBy, Instant updatedAt)
        implements Serializable {

    static KnownIssueStamp of(KnownIssue issue) {
        return new KnownIssueStamp(issue.key(), issue.version(), issue.origin() == KnownIssue.Origin.FILE, issue.sourcePath(),
                issue.updatedBy(), issue.updatedAt());
    }
}
