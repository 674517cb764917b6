package org.triagedesk.classification.boundary;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.classification.control.TrainingSet;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;
import org.triagedesk.knowledgebase.control.SearchTestBed;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;

/**
 * An engineer's correction teaches the classifier at once, before the model is retrained: the very next similar
 * case follows it; the retrain then absorbs it. Over the repository's real kb/ (known issues and kb/examples) and a
 * model trained the way the running app trains it.
 */
class ClassifierLearningTest {

    static SearchTestBed bed;
    static AreaModels.Trained trained;

    final Classifier cut = new Classifier();
    final List<KnowledgeChanged> fired = new ArrayList<>();

    @BeforeAll
    static void train() {
        bed = SearchTestBed.withKb(Path.of("kb"));
        trained = AreaModels.train(new TrainingData.Snapshot(bed.snapshot().examples(), bed.snapshot().issues(), List.of()),
                Instant.parse("2026-12-03T00:00:00Z"));
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @BeforeEach
    void wire() {
        cut.clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        cut.models = new AreaModels();
        cut.models.install(trained);
        cut.changed = new Recorded();
        cut.kb = new KnowledgeBaseLoader();
    }

    @Test
    void theNextSimilarCaseFollowsACorrectionBeforeAnyRetrain() {
        CaseText first = new CaseText("Prometheus targets for the control plane are down",
                "kube-prometheus-stack shows kube-scheduler and kube-controller-manager targets DOWN after install.", List.of());
        CaseText similar = new CaseText("control plane targets down in prometheus",
                "After installing kube-prometheus-stack the scheduler and controller-manager targets are DOWN.", List.of());
        Classification before = classify(similar, true);
        assertNotEquals(CoverageArea.CONTROL_PLANE, before.area(), "before the correction: " + before.areaScores());

        learn(first, CoverageArea.CONTROL_PLANE, LabelledExample.Kind.CORRECTION, "CASE-2026-000042");

        Classification after = classify(similar, true);
        assertEquals(CoverageArea.CONTROL_PLANE, after.area(), "after: " + after.areaScores());
        assertTrue(after.explanation().rules().stream().anyMatch(r -> r.code().equals("recentCorrection")), after.explanation().rules().toString());
        assertEquals(1, fired.size(), "the correction asks for a retrain");
        // a case about something else is not moved by it
        Classification other = classify(new CaseText("helm upgrade stuck", "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress", List.of()), true);
        assertEquals(before(other), other.area());
    }

    @Test
    void aRetrainThatLearntTheCorrectionDropsItFromTheLayer() {
        CaseText text = new CaseText("pods on the new node cannot reach pods elsewhere", "pod to pod traffic broken across nodes", List.of());
        learn(text, CoverageArea.AGENT_NODE, LabelledExample.Kind.CORRECTION, "CASE-2026-000043");
        assertEquals(1, cut.models.corrections().size());
        long id = bed.read(em -> em.createQuery("select max(e.id) from LabelledExample e", Long.class).getSingleResult());
        cut.models.install(new AreaModels.Trained(trained.model(), trained.features(), Instant.now(), 0, id, 0));
        assertEquals(0, cut.models.corrections().size(), "absorbed by the retrain");
    }

    @Test
    void aSavedCaseWaitsForTheRetrainAndOnlyStaffSeeSimilarCases() {
        CaseText text = new CaseText("etcd database space exceeded", "etcdserver: mvcc: database space exceeded on the management cluster", List.of());
        learn(text, CoverageArea.CONTROL_PLANE, LabelledExample.Kind.CASE, "CASE-2026-000044");
        assertEquals(0, cut.models.corrections().size(), "a plain saved case is learnt by the retrain only");
        assertEquals("CASE-2026-000044", classify(text, true).explanation().cases().get(0), "the case itself is the most similar");
        assertEquals(List.of(), classify(text, false).explanation().cases(), "anonymous callers never see other cases");
        assertEquals(TrainingSet.CASE_WEIGHT * 3, TrainingSet.CORRECTION_WEIGHT);
    }

    private CoverageArea before(Classification other) {
        AreaModels fresh = new AreaModels();
        fresh.install(trained);
        Classifier plain = new Classifier();
        plain.models = fresh;
        plain.kb = new KnowledgeBaseLoader();
        return bed.read(em -> {
            plain.em = em;
            return plain.classify(new CaseText("helm upgrade stuck", "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress",
                    List.of()), Optional.empty(), true).area();
        });
    }

    private void learn(CaseText text, CoverageArea area, LabelledExample.Kind kind, String reference) {
        bed.inTransaction(em -> {
            cut.em = em;
            cut.learn(text, area, kind, reference, "because", "engineer1");
        });
    }

    private Classification classify(CaseText text, boolean staff) {
        return bed.read(em -> {
            cut.em = em;
            return cut.classify(text, Optional.empty(), staff);
        });
    }

    /** The retrain requests the classifier fires, as the container would deliver them after the commit. */
    private final class Recorded implements Event<KnowledgeChanged> {
        @Override
        public void fire(KnowledgeChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends KnowledgeChanged> CompletionStage<U> fireAsync(U event) {
            throw new IllegalStateException("the classifier only fires synchronously");
        }

        @Override
        public <U extends KnowledgeChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new IllegalStateException("the classifier only fires synchronously");
        }

        @Override
        public Event<KnowledgeChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends KnowledgeChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new IllegalStateException("the classifier only fires synchronously");
        }

        @Override
        public <U extends KnowledgeChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new IllegalStateException("the classifier only fires synchronously");
        }
    }
}
