package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.PLATFORM_UNSUPPORTED;

import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.PlatformLifecycle;

/** AKS Arc is supported only on a host platform that is itself within its support period. */
public class SupportedPlatformRule implements EligibilityRule {

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        String platform = input.cluster().platform();
        if (platform == null || platform.isBlank()) {
            assessment.missing("platform", "Get-ComputerInfo -Property OsName,OsDisplayVersion", "Get-AzureStackHCI");
            return;
        }
        PlatformLifecycle known = input.catalog().platform(platform).orElse(null);
        if (known == null) {
            assessment.add(Finding.about(PLATFORM_UNSUPPORTED, platform, platform).withVariant("unknown"));
        } else if (!known.supportedOn(input.asOf())) {
            assessment.add(Finding.about(PLATFORM_UNSUPPORTED, platform, known.name(), known.endOfSupport()).withVariant("ended"));
        }
    }
}
