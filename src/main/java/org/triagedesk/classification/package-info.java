/**
 * Classification: the coverage area of a case (a trained linear model, calibrated), the known issues that match
 * its evidence and the similar past cases, and learning from corrections and closed cases.
 * <p>
 * May use: {@code knowledgebase} (known issues, glossary, examples), {@code eligibility} entities, the
 * {@code kernel} and {@code platform}. Used by {@code cases} through {@code classification.boundary}.
 */
package org.triagedesk.classification;
