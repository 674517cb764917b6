package org.triagedesk.eligibility.boundary;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.control.PolicyInput;
import org.triagedesk.eligibility.control.SupportPolicy;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.platform.Language;

/** Decides support eligibility for a cluster as of a day, against the catalogs as they are now. */
@ApplicationScoped
public class EligibilityCheck {

    private final SupportPolicy policy = new SupportPolicy();

    @Inject
    Catalogs catalogs;

    public EligibilityDecision decide(ClusterProfile cluster, LocalDate asOf) {
        return policy.decide(new PolicyInput(cluster, asOf, catalogs.current()));
    }

    /** The host platform's name in a language (see {@link FindingTexts#platform}), for drafts and pages. */
    public String platformName(String code, Language language) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String catalogName = catalogs.current().platform(code.strip()).map(PlatformLifecycle::name)
                .orElse(null);
        return texts(language).platform(code, catalogName);
    }

    /** How findings, missing facts and match reasons are worded in a language, for pages that show a decision. */
    public FindingTexts texts(Language language) {
        return new FindingTexts(language);
    }
}
