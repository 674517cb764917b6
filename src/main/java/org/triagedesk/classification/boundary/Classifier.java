package org.triagedesk.classification.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.classification.control.CaseClassification;
import org.triagedesk.classification.control.CaseFeatures;
import org.triagedesk.classification.control.IssueRanking;
import org.triagedesk.classification.control.KnownIssueMatcher;
import org.triagedesk.classification.control.RecentCorrections;
import org.triagedesk.classification.control.SimilarCases;
import org.triagedesk.classification.control.TrainingSet;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;
import org.triagedesk.platform.Language;
import org.triagedesk.platform.StageTimer;

/**
 * Gives a case its coverage area, with the trained model of {@link AreaModels}, and the known issues that match
 * it; and learns from engineers: a saved case or a correction is kept for the next retrain, and a correction
 * counts from the very next similar triage, before that retrain.
 */
@Stateless
public class Classifier {

    static final int CANDIDATES = 30;
    static final int MATCHES = 5;

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AreaModels models;

    @Inject
    KnowledgeBaseLoader kb;

    @Inject
    Event<KnowledgeChanged> changed;

    private final KnownIssueMatcher matcher = new KnownIssueMatcher();
    private final IssueRanking ranking = new IssueRanking();
    private final SimilarCases similar = new SimilarCases();

    /**
     * @param staff the caller is signed-in staff: only then does the explanation name similar past cases, which
     *        belong to other customers
     */
    public Classification classify(CaseText text, Optional<KubernetesRelease> clusterVersion, boolean staff) {
        return classify(text, ClusterVersions.kubernetes(clusterVersion), staff);
    }

    /**
     * @param versions every version known of the cluster: its Kubernetes version and the component versions its
     *        evidence shows, which rank the known issues whose notes name them
     * @param staff the caller is signed-in staff: only then does the explanation name similar past cases
     */
    public Classification classify(CaseText text, ClusterVersions versions, boolean staff) {
        if (text.isBlank()) {
            return CaseClassification.nothing();
        }
        // the other language's words for the case, so that it finds known issues written only in that language
        Glossary glossary = kb.glossary();
        String prose = text.prose();
        List<String> english = Language.ofText(prose) == Language.JA ? glossary.english(prose) : List.of();
        List<String> japanese = Language.ofText(prose) == Language.JA ? List.of() : glossary.japanese(prose);
        List<KnownIssueMatcher.Candidate> candidates = StageTimer.time("known-issues",
                () -> matcher.candidates(em, text, english, japanese, CANDIDATES));
        List<IssueMatch> matches = StageTimer.time("ranking", () -> ranking.rank(candidates, text, versions, MATCHES));
        AreaModels.Trained trained = models.current();
        CaseFeatures features = StageTimer.time("features", () -> trained.features().features(text));
        List<String> cases = staff ? StageTimer.time("similar-cases", () -> similar.references(em, text)) : List.of();
        return StageTimer.time("model", () -> CaseClassification.decide(trained.model(), features, models.corrections(), matches, cases));
    }

    /** Records that a case of this text belongs to {@code area}, as said by {@code by}. */
    public void learn(CaseText text, CoverageArea area, LabelledExample.Kind kind, String reference, String reason, String by) {
        boolean correction = kind == LabelledExample.Kind.CORRECTION;
        double weight = correction ? TrainingSet.CORRECTION_WEIGHT : TrainingSet.CASE_WEIGHT;
        LabelledExample example = new LabelledExample(kind, area, text.searchText(), reference, reason, weight, by, clock.instant());
        em.persist(example);
        if (correction) {
            em.flush();
            // the next similar triage follows the correction at once; the retrain after this commit absorbs it
            AreaModels.Trained trained = models.current();
            models.corrections().add(new RecentCorrections.Correction(example.id(),
                    trained.features().features(new CaseText(null, example.text(), List.of())), area));
        }
        changed.fire(new KnowledgeChanged(clock.instant(), (correction ? "corrected " : "saved ") + reference));
    }
}
