package org.triagedesk.classification.boundary;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.knowledgebase.control.SearchTestBed;

/** An engineer's correction teaches the classifier at once: no retraining, no restart. */
class ClassifierLearningTest {

    SearchTestBed bed;
    final Classifier cut = new Classifier();

    @BeforeEach
    void start() {
        bed = SearchTestBed.withKb(Path.of("src/test/resources/kb-fixtures"));
        cut.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    @Test
    void theNextSimilarCaseFollowsACorrection() {
        CaseText first = new CaseText("Pods cannot reach each other across nodes",
                "After adding a node, pods on it cannot talk to pods on the other nodes; the pod network seems broken.", List.of());
        CaseText similar = new CaseText("Pod to pod traffic fails between nodes",
                "Pods on the new node cannot talk to pods on other nodes since yesterday.", List.of());
        Classification before = classify(similar);
        // The fixtures hold no known issue of this kind in NETWORKING: it gets no vote at all yet.
        assertEquals(0.0, before.areaScores().get(CoverageArea.NETWORKING), "before: " + before);

        bed.inTransaction(em -> {
            cut.em = em;
            cut.learn(first, CoverageArea.NETWORKING, LabelledExample.Kind.CORRECTION, "CASE-2026-000042",
                    "a firewall between the node subnets dropped the traffic", "engineer1");
        });

        Classification after = classify(similar);
        assertEquals(CoverageArea.NETWORKING, after.area());
        assertEquals(List.of("CASE-2026-000042"), after.explanation().cases());
    }

    @Test
    void aPlainSavedCaseVotesLessThanACorrection() {
        CaseText text = new CaseText("Pods cannot reach each other across nodes", "pod network broken", List.of());
        bed.inTransaction(em -> {
            cut.em = em;
            cut.learn(text, CoverageArea.CONTROL_PLANE, LabelledExample.Kind.CASE, "CASE-2026-000001", null, "engineer1");
            cut.learn(text, CoverageArea.NETWORKING, LabelledExample.Kind.CORRECTION, "CASE-2026-000002", "firewall", "engineer2");
        });
        assertEquals(CoverageArea.NETWORKING, classify(text).area());
    }

    private Classification classify(CaseText text) {
        return bed.read(em -> {
            cut.em = em;
            return cut.classify(text, Optional.empty());
        });
    }
}
