package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.Optional;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * A Kubernetes minor is supported for one year from its release in AKS Arc. After that it is
 * deprecated (it keeps running, with warnings) until the removal day, from which it can no longer be
 * updated in place. A minor the catalog does not know, or not yet released on that day, is unknown.
 */
public class SupportedVersionRule implements EligibilityRule {

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        String reported = input.cluster().kubernetesVersion();
        if (reported == null || reported.isBlank()) {
            assessment.missing("kubernetesVersion", "kubectl version", "Get-AksHciCluster");
            return;
        }
        Optional<KubernetesMinor> minor = KubernetesMinor.parse(reported);
        Optional<VersionLifecycle> lifecycle = minor.flatMap(input.catalog()::version)
                .filter(v -> v.releasedBy(input.asOf()));
        if (lifecycle.isEmpty()) {
            assessment.add(Finding.of(VERSION_UNKNOWN, minor.map(String::valueOf).orElse(reported)));
            return;
        }
        VersionLifecycle version = lifecycle.get();
        if (version.removedBy(input.asOf())) {
            assessment.add(Finding.of(VERSION_REMOVED, version.minor(), version.removalDate()));
        } else if (version.deprecatedBy(input.asOf())) {
            assessment.add(Finding.of(VERSION_DEPRECATED, version.minor(), version.releaseDate(), version.endOfWindow()));
        }
    }
}
