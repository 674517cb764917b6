package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.function.Function;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.PolicyRule;

/**
 * Changes made behind the product's back that take a cluster out of support: agent nodes edited
 * through Hyper-V or another IaaS tool, system-created metadata altered, every node deallocated by hand.
 */
public final class ClusterChangeRules implements EligibilityRule {

    private final PolicyRule rule;
    private final Function<ClusterProfile, Boolean> fact;

    private ClusterChangeRules(PolicyRule rule, Function<ClusterProfile, Boolean> fact) {
        this.rule = rule;
        this.fact = fact;
    }

    public static ClusterChangeRules agentNodesChangedViaIaaS() {
        return new ClusterChangeRules(AGENT_NODE_IAAS_CHANGE, ClusterProfile::agentNodesModifiedViaIaaS);
    }

    public static ClusterChangeRules systemMetadataChanged() {
        return new ClusterChangeRules(SYSTEM_METADATA_CHANGED, ClusterProfile::systemMetadataModified);
    }

    public static ClusterChangeRules nodesDeallocatedManually() {
        return new ClusterChangeRules(NODES_DEALLOCATED, ClusterProfile::allNodesDeallocatedManually);
    }

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        if (Boolean.TRUE.equals(fact.apply(input.cluster()))) {
            assessment.add(Finding.of(rule));
        }
    }
}
