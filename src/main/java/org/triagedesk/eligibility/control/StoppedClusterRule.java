package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.time.LocalDate;

import org.triagedesk.eligibility.entity.Finding;

/**
 * A stopped cluster: its control plane leaves support after 30 days, and after 90 days the cluster
 * can no longer be updated at all. Within 30 days it is supported, with a warning to restart it.
 */
public class StoppedClusterRule implements EligibilityRule {

    static final int CONTROL_PLANE_DAYS = 30;
    static final int UPDATABLE_DAYS = 90;

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        LocalDate stoppedSince = input.cluster().stoppedSince();
        if (stoppedSince == null) {
            return;
        }
        long days = input.daysSince(stoppedSince);
        if (days <= CONTROL_PLANE_DAYS) {
            assessment.add(Finding.of(STOPPED_RECENTLY, stoppedSince, days));
            return;
        }
        assessment.add(Finding.of(STOPPED_CONTROL_PLANE, stoppedSince, days));
        if (days > UPDATABLE_DAYS) {
            assessment.add(Finding.of(STOPPED_NOT_UPDATABLE, stoppedSince, days));
        }
    }
}
