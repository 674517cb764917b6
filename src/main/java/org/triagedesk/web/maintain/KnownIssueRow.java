package org.triagedesk.web.maintain;

import java.time.LocalDate;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueHit;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/** One line of the known-issue list: what a maintainer scans before opening the issue. */
public record KnownIssueRow(String key, String title, CoverageArea area, KnownIssueStatus status, String affectedVersions,
        String fixedIn, LocalDate lastReviewed, double score) {

    static KnownIssueRow of(KnownIssueHit hit) {
        KnownIssueContent c = hit.issue().content();
        return new KnownIssueRow(hit.issue().key(), c.title(), c.area(), c.status(), c.affectedVersions(), c.fixedIn(),
                c.lastReviewed(), hit.score());
    }
}
