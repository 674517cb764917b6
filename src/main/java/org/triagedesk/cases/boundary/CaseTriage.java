package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.triagedesk.cases.control.EvidenceReader;
import org.triagedesk.cases.control.ProfileCompletion;
import org.triagedesk.cases.entity.CompletedProfile;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.eligibility.boundary.EligibilityCheck;
import org.triagedesk.eligibility.control.FeatureGateCatalog;

/**
 * Triage of one case, saved or not: reads the facts its evidence shows, completes the cluster
 * profile and decides support eligibility as of the requested day (today by default).
 */
@ApplicationScoped
public class CaseTriage {

    private final EvidenceReader evidenceReader = new EvidenceReader();
    private final ProfileCompletion completion = new ProfileCompletion(FeatureGateCatalog.upstream());

    @Inject
    EligibilityCheck eligibility;

    @Inject
    Clock clock;

    public TriageResult triage(TriageRequest request) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        CompletedProfile profile = completion.complete(request.cluster(), evidenceReader.read(request.evidence()));
        return new TriageResult(request.answerLanguage(), asOf, profile, eligibility.decide(profile.profile(), asOf));
    }
}
