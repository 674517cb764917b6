package org.triagedesk.cases.entity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.validation.SizedText;
import org.triagedesk.platform.Language;

/**
 * A case as filed for triage: what the customer wrote, the evidence, what they know of the cluster,
 * and the day to judge it for ({@code null}: today). {@code language} is the reader's explicit
 * choice, {@code null} to follow the case's own text. Its constraints (a title or a description, and those of the
 * cluster profile) are checked by the API and the pages alike.
 */
@TitleOrDescription
public record TriageRequest(String title, String description, List<Evidence> evidence, @Valid ClusterProfile cluster,
        LocalDate asOf, Language language) implements SizedText {

    public TriageRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        cluster = cluster == null ? ClusterProfile.UNKNOWN : cluster;
    }

    /** Title, description and evidence as UTF-8: what {@link org.triagedesk.kernel.validation.BodyLimit} holds to its limit. */
    @Override
    public long textBytes() {
        return SizedText.utf8(title) + SizedText.utf8(description)
                + evidence.stream().mapToLong(e -> SizedText.utf8(e.name()) + SizedText.utf8(e.content())).sum();
    }

    @Override
    public String sizedField() {
        return "description";
    }

    public Language answerLanguage() {
        return language != null ? language : Language.ofText(title, description);
    }
}
