package org.triagedesk.knowledgebase.entity;

import java.time.Instant;
import java.util.List;

/**
 * What one load of kb/ did: how many known-issue files were read and what became of their records,
 * how many templates, labelled reports ({@code kb/examples}) and glossary concepts were read, and every
 * problem with its file and line; and the known issues that likely duplicate one another (not problems: a
 * maintainer decides).
 */
public record LoadReport(String directory, Instant at, int files, int created, int updated, int unchanged, int retired,
        int templates, int examples, int glossaryConcepts, List<LoadProblem> problems, List<LikelyDuplicate.Pair> likelyDuplicates,
        long millis) {

    public LoadReport {
        problems = List.copyOf(problems);
        likelyDuplicates = List.copyOf(likelyDuplicates);
    }
}
