package org.triagedesk.classification.entity;

import org.triagedesk.kernel.CoverageArea;

/**
 * A known issue or a labelled case similar to the case being classified, with its BM25 score and
 * the weight of its vote (a correction weighs more than a plain saved case), and its text (for the explanation).
 *
 * @param id the known issue's key, or {@code CASE-…}/{@code example-N} for labelled examples
 */
public record Neighbour(String id, Kind kind, CoverageArea area, double score, double weight, String text) {

    /** What the neighbour is. */
    public enum Kind {
        KNOWN_ISSUE, CASE, CORRECTION
    }
}
