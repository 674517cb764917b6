package org.triagedesk.cases.entity;

import org.triagedesk.kernel.Evidence;

import java.time.LocalDate;
import java.util.List;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.platform.Language;

/**
 * A case as filed for triage: what the customer wrote, the evidence, what they know of the cluster,
 * and the day to judge it for ({@code null}: today). {@code language} is the reader's explicit
 * choice, {@code null} to follow the case's own text.
 */
public record TriageRequest(String title, String description, List<Evidence> evidence, ClusterProfile cluster,
        LocalDate asOf, Language language) {

    public TriageRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        cluster = cluster == null ? ClusterProfile.UNKNOWN : cluster;
    }

    public Language answerLanguage() {
        return language != null ? language : Language.ofText(title, description);
    }
}
