package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.Optional;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * A Kubernetes minor is supported for one year from its release in AKS Arc. After that it is
 * deprecated (it keeps running, with warnings) until the removal day, from which it can no longer be
 * updated in place. A minor the catalog does not know, or not yet released on that day, is unknown.
 * <p>
 * When the catalog itself is out of date on the day checked ({@link PolicyCatalog#staleOn}), a cluster on
 * its newest released minor, or on a minor newer than that which the catalog does not know, is not judged
 * deprecated or unknown: the finding
 * says the catalog ends there and that support has to confirm the version. Older minors keep the rules above.
 * A case that does not give its version gets the same finding then (variant {@code versionMissing}): no version
 * could be judged better than with warnings, so leaving it out must not look better than giving the newest one.
 */
public class SupportedVersionRule implements EligibilityRule {

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        String reported = input.cluster().kubernetesVersion();
        PolicyCatalog catalog = input.catalog();
        if (reported == null || reported.isBlank()) {
            assessment.missing("kubernetesVersion", "kubectl version", "Get-AksHciCluster");
            if (catalog.staleOn(input.asOf())) {
                // whatever minor the cluster runs, an out-of-date catalog cannot confirm it: saying nothing must not
                // give a better answer than naming the newest version
                VersionLifecycle last = catalog.newestReleasedBy(input.asOf()).orElseThrow();
                assessment.add(Finding.of(VERSION_CATALOG_STALE, "", last.minor(), last.endOfWindow(), input.asOf())
                        .withVariant("versionMissing"));
            }
            return;
        }
        Optional<KubernetesMinor> minor = KubernetesMinor.parse(reported);
        if (minor.isPresent() && catalog.staleOn(input.asOf())) {
            VersionLifecycle last = catalog.newestReleasedBy(input.asOf()).orElseThrow();
            int order = minor.get().compareTo(last.minor());
            if (order > 0 && catalog.version(minor.get()).isEmpty()) {
                assessment.add(Finding.of(VERSION_CATALOG_STALE, minor.get(), last.minor(), last.endOfWindow(), input.asOf())
                        .withVariant("newer"));
                return;
            }
            if (order == 0 && !last.removedBy(input.asOf())) {
                assessment.add(Finding.of(VERSION_CATALOG_STALE, minor.get(), last.minor(), last.endOfWindow(), input.asOf()));
                return;
            }
        }
        Optional<VersionLifecycle> lifecycle = minor.flatMap(catalog::version)
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
