package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.PolicyRule;

/**
 * Features the policy judges one by one: upstream alpha feature gates are unsupported, AKS Arc
 * preview features get best-effort support. Each item in use yields its own finding.
 */
public final class FeatureRules implements EligibilityRule {

    private final PolicyRule rule;
    private final Function<ClusterProfile, List<String>> items;

    private FeatureRules(PolicyRule rule, Function<ClusterProfile, List<String>> items) {
        this.rule = rule;
        this.items = items;
    }

    public static FeatureRules alphaFeatureGates() {
        return new FeatureRules(ALPHA_FEATURE, ClusterProfile::alphaFeatureGates);
    }

    public static FeatureRules previewFeatures() {
        return new FeatureRules(PREVIEW_FEATURE, ClusterProfile::previewFeatures);
    }

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        for (String item : new LinkedHashSet<>(items.apply(input.cluster()))) {
            if (item != null && !item.isBlank()) {
                assessment.add(Finding.about(rule, item.trim(), item.trim()));
            }
        }
    }
}
