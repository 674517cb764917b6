package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.triagedesk.knowledgebase.entity.KnownIssue;

/** The bookkeeping of a known issue as the editor read it: the version a save must still find, and who changed it last. */
public record KnownIssueStamp(String key, long version, boolean fromFile, String sourcePath, String updatedBy, Instant updatedAt)
        implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** When it was last changed, to the minute, in UTC. */
    public String updated() {
        return updatedAt == null ? "" : TIME.format(updatedAt);
    }

    static KnownIssueStamp of(KnownIssue issue) {
        return new KnownIssueStamp(issue.key(), issue.version(), issue.origin() == KnownIssue.Origin.FILE, issue.sourcePath(),
                issue.updatedBy(), issue.updatedAt());
    }
}
