package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.cases.control.EvidenceReader;
import org.triagedesk.cases.control.KnownVersions;
import org.triagedesk.cases.control.ProfileCompletion;
import org.triagedesk.cases.entity.CompletedProfile;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.classification.boundary.Classifier;
import org.triagedesk.classification.control.ScopeFindings;
import org.triagedesk.eligibility.boundary.EligibilityCheck;
import org.triagedesk.eligibility.control.FeatureGateCatalog;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Classification;
import org.triagedesk.platform.StageTimer;
import org.triagedesk.templates.boundary.ResponseDrafts;
import org.triagedesk.templates.entity.DraftInput;

/**
 * Triage of one case, saved or not: reads the facts its evidence shows, completes the cluster
 * profile, decides support eligibility as of the requested day (today by default), classifies the
 * case and finds its known issues, adds the area's scope finding, and drafts the answer.
 */
@ApplicationScoped
public class CaseTriage {

    private final EvidenceReader evidenceReader = new EvidenceReader();
    private final ProfileCompletion completion = new ProfileCompletion(FeatureGateCatalog.upstream());

    @Inject
    EligibilityCheck eligibility;

    @Inject
    Classifier classifier;

    @Inject
    ResponseDrafts drafts;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    /** Signed-in support staff may see other cases in an explanation; customers and anonymous callers may not. */
    private boolean staff() {
        return security.isCallerInRole("ENGINEER") || security.isCallerInRole("ADMIN");
    }

    public TriageResult triage(TriageRequest request) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        CompletedProfile profile = StageTimer.time("evidence",
                () -> completion.complete(request.cluster(), evidenceReader.read(request.evidence())));
        ClusterProfile cluster = profile.profile();
        CaseText text = new CaseText(request.title(), request.description(), request.evidence());
        Classification classification = classifier.classify(text, KnownVersions.of(profile), staff());
        EligibilityDecision decision = StageTimer.time("eligibility",
                () -> eligibility.decide(cluster, asOf).with(ScopeFindings.of(classification, text).stream().toList()));
        DraftInput draft = new DraftInput(request.answerLanguage(), request.title() != null ? request.title() : request.description(),
                asOf, decision, classification, cluster.kubernetesVersion(),
                eligibility.platformName(cluster.platform(), request.answerLanguage()));
        return new TriageResult(request.answerLanguage(), asOf, profile, decision, classification,
                StageTimer.time("draft", () -> drafts.draft(draft)));
    }
}
