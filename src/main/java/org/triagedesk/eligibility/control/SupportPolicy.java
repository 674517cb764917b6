package org.triagedesk.eligibility.control;

import java.util.List;

import org.triagedesk.eligibility.entity.EligibilityDecision;

/**
 * The support policy as a whole: every rule, in the order findings are shown (the version and the
 * platform first, then the cluster's state, then features). Stateless and thread-safe.
 */
public class SupportPolicy {

    private final List<EligibilityRule> rules = List.of(
            new SupportedVersionRule(),
            new SupportedPlatformRule(),
            ClusterChangeRules.agentNodesChangedViaIaaS(),
            ClusterChangeRules.systemMetadataChanged(),
            ClusterChangeRules.nodesDeallocatedManually(),
            new StoppedClusterRule(),
            new AzureConnectivityRule(),
            new SubscriptionStateRule(),
            FeatureRules.alphaFeatureGates(),
            FeatureRules.previewFeatures());

    public EligibilityDecision decide(PolicyInput input) {
        Assessment assessment = new Assessment();
        rules.forEach(rule -> rule.evaluate(input, assessment));
        return assessment.decide();
    }
}
