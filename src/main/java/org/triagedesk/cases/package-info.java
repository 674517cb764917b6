/**
 * Cases: the engineers' support cases from filing to closing. Owns the case aggregate ({@code SupportCase} with
 * its evidence, triage records, area corrections and response drafts), the case history, case numbering
 * ({@code CASE-year-number}), the redaction of pasted evidence, reading facts out of evidence (kubectl and
 * PowerShell output, bundles) and the triage of a case or of a self-check.
 * <p>
 * May use: {@code eligibility} (the support policy and its findings), {@code classification} (the area and the
 * known issues that match; a closed or corrected case teaches it), {@code knowledgebase} entities, {@code templates}
 * (the response draft), the {@code kernel} and {@code platform}. Used by {@code api} and {@code web} through
 * {@code cases.boundary} only.
 */
package org.triagedesk.cases;
