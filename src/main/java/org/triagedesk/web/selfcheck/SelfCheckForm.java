package org.triagedesk.web.selfcheck;

import java.time.LocalDate;
import java.util.List;

import org.triagedesk.kernel.Evidence;
import org.triagedesk.web.ClusterProfileForm;

/**
 * What the customer typed into the self-check: the problem, the evidence pasted as text, the day to check for, and
 * the cluster facts (see {@link ClusterProfileForm}). Field names follow the triage request of the REST API
 * (spec/api.md).
 */
public class SelfCheckForm extends ClusterProfileForm {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String evidenceName;
    private String evidenceText;
    private LocalDate asOf;

    /** The pasted evidence, named as the customer named it or {@code pasted-evidence.txt}. */
    public List<Evidence> pastedEvidence() {
        if (blank(evidenceText)) {
            return List.of();
        }
        return List.of(new Evidence(blank(evidenceName) ? "pasted-evidence.txt" : evidenceName.trim(), evidenceText));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEvidenceName() { return evidenceName; }
    public void setEvidenceName(String evidenceName) { this.evidenceName = evidenceName; }
    public String getEvidenceText() { return evidenceText; }
    public void setEvidenceText(String evidenceText) { this.evidenceText = evidenceText; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
}
