package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.time.LocalDate;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.SubscriptionState;

/**
 * A suspended or deleted subscription leaves support 60 days after it lapsed unless reinstated.
 * A deleted one also loses its Azure connection for good, whatever its age.
 */
public class SubscriptionStateRule implements EligibilityRule {

    static final int GRACE_DAYS = 60;

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        SubscriptionState state = input.cluster().subscriptionState();
        if (state == null || state == SubscriptionState.ACTIVE) {
            return;
        }
        LocalDate since = input.cluster().subscriptionStateSince();
        Finding age;
        if (since == null) {
            age = Finding.of(SUBSCRIPTION_AT_RISK, state).withVariant("sinceUnknown");
            assessment.missing("subscriptionStateSince", "az account show --query \"{state:state}\"",
                    "Azure portal: Subscriptions > Activity log");
        } else {
            long days = input.daysSince(since);
            age = Finding.of(days > GRACE_DAYS ? SUBSCRIPTION_LAPSED : SUBSCRIPTION_AT_RISK, state, since, days);
        }
        if (state == SubscriptionState.DELETED) {
            age = age.withVariant(age.variant() == null ? "deleted" : age.variant());
        }
        assessment.add(age);
        if (state == SubscriptionState.DELETED) {
            assessment.add(Finding.of(SUBSCRIPTION_DELETED).withOutcome(age.outcome()));
        }
    }
}
