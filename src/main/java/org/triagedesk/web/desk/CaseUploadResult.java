package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.triagedesk.cases.boundary.CaseUploads;

/**
 * What one evidence upload did to a case: the files added, those skipped, and what the new triage
 * says that the previous one did not (findings and known issues worded from the new triage).
 */
public record CaseUploadResult(String upload, List<String> added, List<String> skipped, List<CaseTriageSummary.Finding> newFindings,
        String areaBefore, String areaAfter, List<CaseTriageSummary.Issue> newKnownIssues) implements Serializable {

    static CaseUploadResult of(String upload, CaseUploads.EvidenceAdded result, CaseTriageSummary triage) {
        CaseUploads.Changes changes = result.changes();
        List<CaseTriageSummary.Finding> findings = changes.newFindings().stream()
                .map(key -> triage == null ? null : triage.finding(key)).filter(Objects::nonNull).toList();
        List<CaseTriageSummary.Issue> issues = changes.newKnownIssues().stream()
                .map(key -> triage == null ? null : triage.issue(key)).filter(Objects::nonNull).toList();
        return new CaseUploadResult(upload, result.added().stream().map(e -> e.name()).toList(), List.copyOf(result.skipped()),
                findings, changes.areaBefore(), changes.areaAfter(), issues);
    }

    public boolean isAreaChanged() {
        return !Objects.equals(areaBefore, areaAfter);
    }

    public boolean isNothingChanged() {
        return newFindings.isEmpty() && newKnownIssues.isEmpty() && !isAreaChanged();
    }
}
