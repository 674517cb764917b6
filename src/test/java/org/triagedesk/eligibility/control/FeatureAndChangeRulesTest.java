package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.Verdict;

class FeatureAndChangeRulesTest {

    @Test
    void findsEachAlphaGateOnItsOwn() {
        EligibilityDecision decision = decide(FeatureRules.alphaFeatureGates(),
                profile().alpha("InPlacePodVerticalScaling", "UserNamespacesSupport", "InPlacePodVerticalScaling").build(), "2025-10-01");
        assertEquals(List.of(ALPHA_FEATURE, ALPHA_FEATURE), rules(decision));
        assertEquals(List.of("InPlacePodVerticalScaling", "UserNamespacesSupport"),
                decision.findings().stream().map(Finding::subject).toList());
        assertEquals(Verdict.UNSUPPORTED, decision.verdict());
    }

    @Test
    void givesPreviewFeaturesBestEffort() {
        EligibilityDecision decision = decide(FeatureRules.previewFeatures(), profile().preview("gpu-nodepools", "kms-v2").build(), "2025-10-01");
        assertEquals(List.of(PREVIEW_FEATURE, PREVIEW_FEATURE), rules(decision));
        assertEquals(Verdict.BEST_EFFORT, decision.verdict());
    }

    @Test
    void changesBehindTheProductsBackAreUnsupported() {
        assertEquals(List.of(AGENT_NODE_IAAS_CHANGE), rules(decide(ClusterChangeRules.agentNodesChangedViaIaaS(), profile().iaasChanged().build(), "2025-10-01")));
        assertEquals(List.of(SYSTEM_METADATA_CHANGED), rules(decide(ClusterChangeRules.systemMetadataChanged(), profile().metadataChanged().build(), "2025-10-01")));
        assertEquals(List.of(NODES_DEALLOCATED), rules(decide(ClusterChangeRules.nodesDeallocatedManually(), profile().deallocated().build(), "2025-10-01")));
        assertEquals(List.of(), rules(decide(ClusterChangeRules.nodesDeallocatedManually(), profile().build(), "2025-10-01")));
    }

    @Test
    void verdictIsTheWorstFinding() {
        EligibilityDecision decision = new SupportPolicy().decide(new PolicyInput(
                profile().preview("x").stoppedSince("2025-09-25").build(), LocalDate.parse("2025-10-01"), CATALOG));
        assertEquals(List.of(STOPPED_RECENTLY, PREVIEW_FEATURE), rules(decision));
        assertEquals(Verdict.BEST_EFFORT, decision.verdict());
    }
}
