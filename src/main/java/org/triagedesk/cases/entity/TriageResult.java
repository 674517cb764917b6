package org.triagedesk.cases.entity;

import java.time.LocalDate;
import java.util.Optional;

import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.kernel.Classification;
import org.triagedesk.platform.Language;
import org.triagedesk.templates.entity.Draft;

/**
 * What triage concluded for a case on a given day: the support eligibility (with the scope finding
 * of its area), judged on the profile completed from evidence; its coverage area and matching known
 * issues; and the response draft, all in the language the answer is written in.
 */
public record TriageResult(Language language, LocalDate asOf, CompletedProfile profile, EligibilityDecision eligibility,
        Classification classification, Optional<Draft> draft) {
}
