package org.triagedesk.eligibility.control;

/**
 * One rule of the support policy. A rule is a pure function of the cluster profile, the day and
 * the catalogs: it adds its findings (and the facts it lacked) to the assessment, or nothing.
 */
public interface EligibilityRule {

    void evaluate(PolicyInput input, Assessment assessment);
}
