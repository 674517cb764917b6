package org.triagedesk.classification.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.classification.control.CaseClassification;
import org.triagedesk.classification.control.CoverageScorer;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.KubernetesRelease;

/**
 * Gives a case its coverage area and the known issues that match it, and learns from engineers:
 * a labelled case or a correction is searchable, and so votes, from the very next classification.
 */
@Stateless
public class Classifier {

    /** How much a vote weighs: an engineer's correction counts three times a plain saved case. */
    public static final double CORRECTION_WEIGHT = 3.0;
    public static final double CASE_WEIGHT = 1.0;

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    private final CaseClassification classification = new CaseClassification(CoverageScorer.Settings.CALIBRATED);

    public Classification classify(CaseText text, Optional<KubernetesRelease> clusterVersion) {
        return classification.classify(em, text, clusterVersion);
    }

    public Classification classify(CaseText text, ClusterVersions versions) {
        return classification.classify(em, text, versions);
    }

    /** Records that a case of this text belongs to {@code area}, as said by {@code by}. */
    public void learn(CaseText text, CoverageArea area, LabelledExample.Kind kind, String reference, String reason, String by) {
        double weight = kind == LabelledExample.Kind.CORRECTION ? CORRECTION_WEIGHT : CASE_WEIGHT;
        em.persist(new LabelledExample(kind, area, text.searchText(), reference, reason, weight, by, clock.instant()));
    }
}
