package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;
import static org.triagedesk.eligibility.entity.SubscriptionState.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.Verdict;

class SubscriptionStateRuleTest {

    private final SubscriptionStateRule cut = new SubscriptionStateRule();

    @Test
    void saysNothingAboutAnActiveSubscription() {
        assertEquals(List.of(), rules(decide(cut, profile().subscription(ACTIVE, "2020-01-01").build(), "2025-10-01")));
    }

    @Test
    void warnsAtExactlySixtyDaysSuspended() {
        EligibilityDecision decision = decide(cut, profile().subscription(SUSPENDED, "2025-08-02").build(), "2025-10-01");
        assertEquals(List.of(SUBSCRIPTION_AT_RISK), rules(decision));
        assertEquals(Verdict.SUPPORTED_WITH_WARNINGS, decision.verdict());
    }

    @Test
    void lapsesOnDaySixtyOne() {
        EligibilityDecision decision = decide(cut, profile().subscription(SUSPENDED, "2025-08-01").build(), "2025-10-01");
        assertEquals(List.of(SUBSCRIPTION_LAPSED), rules(decision));
        assertEquals(Verdict.UNSUPPORTED, decision.verdict());
    }

    @Test
    void deletedSubscriptionAddsItsOwnFindingWithTheAgeFindingsOutcome() {
        EligibilityDecision young = decide(cut, profile().subscription(DELETED, "2025-09-20").build(), "2025-10-01");
        assertEquals(List.of(SUBSCRIPTION_AT_RISK, SUBSCRIPTION_DELETED), rules(young));
        assertEquals(List.of(Verdict.SUPPORTED_WITH_WARNINGS, Verdict.SUPPORTED_WITH_WARNINGS),
                young.findings().stream().map(Finding::outcome).toList());
        EligibilityDecision old = decide(cut, profile().subscription(DELETED, "2025-01-01").build(), "2025-10-01");
        assertEquals(List.of(SUBSCRIPTION_LAPSED, SUBSCRIPTION_DELETED), rules(old));
        assertEquals(Verdict.UNSUPPORTED, old.findings().get(1).outcome());
    }

    @Test
    void asksSinceWhenWhenTheDateIsMissing() {
        EligibilityDecision decision = decide(cut, profile().subscription(SUSPENDED, null).build(), "2025-10-01");
        assertEquals(List.of(SUBSCRIPTION_AT_RISK), rules(decision));
        assertEquals("sinceUnknown", decision.findings().get(0).variant());
        assertEquals("subscriptionStateSince", decision.missingFacts().get(0).fact());
    }
}
