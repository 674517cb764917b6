package org.triagedesk.knowledgebase.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LoadProblem;

/**
 * Brings the known-issue records in line with the files of kb/: a new file creates its record, a
 * changed one updates it, an unchanged one is left alone, and the record of a removed file is
 * retired. A record that maintainers have since edited through the API is theirs: its file no
 * longer overwrites it, and the report says so.
 */
public class KnowledgeBaseSync {

    /** Counts of one sync, and the conflicts it met. */
    public record Outcome(int created, int updated, int unchanged, int retired, List<LoadProblem> problems) {
    }

    static final String LOADER = "kb-loader";

    public Outcome apply(EntityManager em, List<KbEntry> entries, Instant now) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (KbEntry entry : entries) {
            present.add(entry.key());
            KnownIssue issue = em.find(KnownIssue.class, entry.key());
            if (issue == null) {
                issue = new KnownIssue(entry.key(), KnownIssue.Origin.FILE, now);
                issue.revise(entry.content(), LOADER, now);
                issue.trackFile(entry.file(), entry.hash());
                em.persist(issue);
                created++;
            } else if (issue.origin() == KnownIssue.Origin.API) {
                problems.add(new LoadProblem(entry.file(), 2, "issue.editedThroughApi", entry.key()));
            } else if (entry.hash().equals(issue.contentHash()) && entry.file().equals(issue.sourcePath())) {
                unchanged++;
            } else {
                issue.revise(entry.content(), LOADER, now);
                issue.trackFile(entry.file(), entry.hash());
                updated++;
            }
        }
        int retired = 0;
        for (KnownIssue issue : em.createNamedQuery("KnownIssue.fromFiles", KnownIssue.class).getResultList()) {
            if (!present.contains(issue.key()) && issue.status() != KnownIssueStatus.RETIRED) {
                issue.retire(LOADER, now);
                issue.trackFile(issue.sourcePath(), null);
                retired++;
            }
        }
        return new Outcome(created, updated, unchanged, retired, problems);
    }
}
