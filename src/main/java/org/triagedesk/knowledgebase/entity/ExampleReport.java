package org.triagedesk.knowledgebase.entity;

import java.util.List;
import java.util.Locale;

import org.triagedesk.kernel.CoverageArea;

/**
 * One labelled support report of {@code kb/examples} (format in kb/examples/README.md): the report
 * as a customer wrote it, with the area support gives it and the split it belongs to. The body is
 * kept as its prose ({@code description}) and its pasted blocks (indented or fenced), which a case
 * carries as evidence.
 *
 * @param otherArea a second, equally defensible area, or {@code null}
 * @param clusterVersion the Kubernetes version the report gives, or {@code null}
 * @param file the path relative to kb/
 */
public record ExampleReport(String id, CoverageArea area, CoverageArea otherArea, String language, Split split, String source,
        String reason, List<String> knownIssues, String clusterVersion, String title, String description, List<String> pasted,
        String file) {

    /** Which part of the corpus a report is in, fixed by its source (see {@code ExampleFileParser#splitOf}). */
    public enum Split {
        TRAIN, DEV, TEST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExampleReport {
        knownIssues = List.copyOf(knownIssues);
        pasted = List.copyOf(pasted);
    }
}
