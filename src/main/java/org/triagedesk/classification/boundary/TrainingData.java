package org.triagedesk.classification.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.classification.control.FeatureExtractor;
import org.triagedesk.classification.control.TrainingSet;
import org.triagedesk.classification.control.TrainingTexts;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.kernel.AnalysisChains;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KbEntry;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/**
 * Reads what the area model is trained on, from the database and kb/ only (so that a restarted node, or a second
 * one, trains the same model): the labelled reports of kb/examples, the known issues that are not retired, and
 * the saved cases and corrections.
 *
 * <p>Just over 150 lines: every read of the training data, its bounds and its fingerprint in one place, so that
 * what makes two nodes train the same model is checked in one file.
 */
@Stateless
public class TrainingData {

    /**
     * Everything a training needs, read in one transaction: the texts it learns from and the log signatures of
     * every active known issue (the features flag any of them, including the issues past {@link #MAX_ISSUES_PER_AREA}).
     */
    public record Snapshot(List<ExampleReport> reports, List<KbEntry> issues, List<TrainingSet.Labelled> labelled,
            List<FeatureExtractor.KnownSignatures> signatures) {

        /** A snapshot whose issues are all the known issues there are (tests, small catalogs). */
        public Snapshot(List<ExampleReport> reports, List<KbEntry> issues, List<TrainingSet.Labelled> labelled) {
            this(reports, issues, labelled, TrainingTexts.signatures(issues));
        }
    }

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    KnowledgeBaseLoader kb;

    /**
     * At most this many known issues of one area are trained on as texts ({@code -Dtriage.model.max-issues-per-area}):
     * every issue of kb/, then the newest others. Past a few hundred an area's words are learnt; at 100,000 issues
     * holding all their texts ran a 512 MiB heap out of memory during the retrain (docs/performance.md).
     */
    static final int MAX_ISSUES_PER_AREA = Integer.getInteger("triage.model.max-issues-per-area", 1_500);

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Snapshot read() {
        return new Snapshot(kb.examples(), issuesForTraining(MAX_ISSUES_PER_AREA), forTraining(), signatures());
    }

    /** At most {@code perArea} active issues of each area, those of kb/ first, then the most recently changed; by key. */
    List<KbEntry> issuesForTraining(int perArea) {
        List<KbEntry> issues = new ArrayList<>();
        for (CoverageArea area : CoverageArea.values()) {
            List<KbEntry> fromFiles = issues(area, KnownIssue.Origin.FILE, perArea);
            issues.addAll(fromFiles);
            if (fromFiles.size() < perArea) {
                issues.addAll(issues(area, KnownIssue.Origin.API, perArea - fromFiles.size()));
            }
        }
        issues.sort(Comparator.comparing(KbEntry::key));
        return List.copyOf(issues);
    }

    /** One area's active issues of one origin, newest change first, read and let go (the persistence context is cleared). */
    private List<KbEntry> issues(CoverageArea area, KnownIssue.Origin origin, int max) {
        List<KbEntry> read = em.createQuery("select k from KnownIssue k where k.status <> :retired and k.area = :area and k.origin = :origin"
                + " order by k.changed.at desc, k.key", KnownIssue.class)
                .setParameter("retired", KnownIssueStatus.RETIRED).setParameter("area", area).setParameter("origin", origin)
                .setMaxResults(max).getResultList().stream()
                .map(k -> new KbEntry(k.key(), k.content(), null, null)).toList();
        em.clear();
        return read;
    }

    /**
     * At most this many saved cases, the newest, are trained on (every correction always is): past that a case
     * adds little the model has not learnt, and each one costs training time and memory
     * ({@code -Dtriage.model.max-cases}; at 20,000 a retrain takes under a minute here and fits a 512 MiB heap).
     */
    static final int MAX_CASES = Integer.getInteger("triage.model.max-cases", 20_000);

    /** Every correction and the newest {@link #MAX_CASES} saved cases, oldest first. */
    List<TrainingSet.Labelled> forTraining() {
        List<TrainingSet.Labelled> chosen = new ArrayList<>(labelled(
                "select e.id, e.text, e.area, e.kind from LabelledExample e where e.kind = :correction order by e.id", Integer.MAX_VALUE));
        chosen.addAll(labelled("select e.id, e.text, e.area, e.kind from LabelledExample e where e.kind <> :correction order by e.id desc",
                MAX_CASES));
        chosen.sort(Comparator.comparingLong(TrainingSet.Labelled::id));
        return chosen;
    }

    private List<TrainingSet.Labelled> labelled(String query, int max) {
        return em.createQuery(query, Object[].class).setParameter("correction", LabelledExample.Kind.CORRECTION).setMaxResults(max)
                .getResultList().stream()
                .map(r -> new TrainingSet.Labelled((Long) r[0], (String) r[1], (CoverageArea) r[2], r[3] == LabelledExample.Kind.CORRECTION))
                .toList();
    }

    /** The saved cases and corrections with an id above {@code id}, oldest first. */
    public List<TrainingSet.Labelled> labelledAfter(long id) {
        // a projection, not entities: at 100,000 examples the persistence context would hold them all
        return em.createQuery("select e.id, e.text, e.area, e.kind from LabelledExample e where e.id > :id order by e.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new TrainingSet.Labelled((Long) r[0], (String) r[1], (CoverageArea) r[2], r[3] == LabelledExample.Kind.CORRECTION))
                .toList();
    }

    /**
     * What the model would be trained on, in a few words: the number and newest id of the labelled examples, the
     * number and newest change of the active known issues, and a hash of kb/'s example reports, and the Japanese analysis. Two equal
     * fingerprints mean the same training data, so a saved model with this fingerprint need not be trained again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String fingerprint() {
        Object[] labelled = em.createQuery("select count(e), max(e.id) from LabelledExample e", Object[].class).getSingleResult();
        Object[] issues = em.createQuery("select count(k), max(k.changed.at), max(k.version) from KnownIssue k where k.status <> :retired",
                Object[].class).setParameter("retired", KnownIssueStatus.RETIRED).getSingleResult();
        return "labelled " + labelled[0] + "/" + labelled[1] + "; issues " + issues[0] + "/" + issues[1] + "/" + issues[2] + "; examples "
                + kb.examples().size() + "/" + Integer.toHexString(examplesHash())
                // the features read Japanese with this chain: a model trained on Kuromoji's words is no use with CJK pairs
                + "; japanese " + AnalysisChains.JapaneseAnalysis.configured().name().toLowerCase(Locale.ROOT);
    }

    /** A hash of the example reports that is the same in every JVM (an enum's own hash code is not). */
    private int examplesHash() {
        int h = 1;
        for (ExampleReport r : kb.examples()) {
            h = 31 * h + Objects.hash(r.id(), String.valueOf(r.area()), r.title(), r.description(), r.pasted(), String.valueOf(r.split()));
        }
        return h;
    }

    /** The log signatures of the active known issues, as the feature extractor reads them (no other column is read). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<FeatureExtractor.KnownSignatures> signatures() {
        return em.createQuery("select k.key, k.area, k.signatures from KnownIssue k where k.status <> :retired order by k.key", Object[].class)
                .setParameter("retired", KnownIssueStatus.RETIRED).getResultList().stream()
                .map(r -> new FeatureExtractor.KnownSignatures((String) r[0], (CoverageArea) r[1], r[2] == null ? List.of()
                        : Arrays.stream(((String) r[2]).split("\n")).map(String::trim).filter(t -> !t.isEmpty()).toList()))
                .toList();
    }
}
