package org.triagedesk.knowledgebase.entity;

import java.time.LocalDate;
import java.util.List;

import org.triagedesk.kernel.CoverageArea;

/**
 * What a known issue says, apart from its identity and bookkeeping: the shape both a kb file and an
 * API request are read into. {@code workaround} is the Resolution section of a kb file.
 */
public record KnownIssueContent(String title, CoverageArea area, String language, KnownIssueStatus status, String symptoms,
        String cause, String workaround, String upstreamUrl, List<String> links, String affectedVersions, String fixedIn,
        String timeline, List<String> tags, List<String> signatures, LocalDate lastReviewed) {

    public KnownIssueContent {
        links = links == null ? List.of() : List.copyOf(links);
        tags = tags == null ? List.of() : List.copyOf(tags);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
