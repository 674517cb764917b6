package org.triagedesk.templates.entity;

import java.time.LocalDate;

import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.kernel.Classification;
import org.triagedesk.platform.Language;

/** The facts of a case a response draft is written from. {@code classification} may be empty of an area. */
public record DraftInput(Language language, String title, LocalDate asOf, EligibilityDecision eligibility,
        Classification classification, String kubernetesVersion, String platform) {
}
