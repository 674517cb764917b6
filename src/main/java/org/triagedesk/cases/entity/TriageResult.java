package org.triagedesk.cases.entity;

import java.time.LocalDate;

import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.platform.Language;

/**
 * What triage concluded for a case on a given day: the support eligibility, judged on the profile
 * completed from evidence, in the language the answer is written in.
 */
public record TriageResult(Language language, LocalDate asOf, CompletedProfile profile, EligibilityDecision eligibility) {
}
