package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.List;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;

/**
 * The texts the area model learns from, read as cases: a labelled report of kb/examples (its prose
 * as the description, its pasted blocks as evidence) and a known issue (title, symptoms and cause,
 * its log signatures as evidence, so that its own signature flag is learnt with its area).
 */
public final class TrainingTexts {

    private TrainingTexts() {
    }

    public static CaseText of(ExampleReport report) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < report.pasted().size(); i++) {
            evidence.add(new Evidence("pasted-" + (i + 1) + ".txt", report.pasted().get(i)));
        }
        return new CaseText(report.title(), report.description(), evidence);
    }

    public static CaseText of(KnownIssueContent issue) {
        String description = issue.symptoms() + (issue.cause() == null ? "" : "\n" + issue.cause());
        List<Evidence> evidence = issue.signatures().isEmpty() ? List.of()
                : List.of(new Evidence("signatures.txt", String.join("\n", issue.signatures())));
        return new CaseText(issue.title(), description, evidence);
    }

    /** The signatures of the known issues, for {@link FeatureExtractor}. */
    public static List<FeatureExtractor.KnownSignatures> signatures(List<KbEntry> issues) {
        return issues.stream().map(e -> new FeatureExtractor.KnownSignatures(e.key(), e.content().area(), e.content().signatures())).toList();
    }
}
