package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;

/** The area model: it learns, it is deterministic, it survives its bytes, weights count, terms are readable. */
class AreaModelTest {

    static final ModelSettings SETTINGS = ModelSettings.CHOSEN.withWeighting(1, true);
    static final FeatureExtractor FEATURES = new FeatureExtractor(SETTINGS.features(), List.of());

    static final Object[][] CORPUS = {
        {CoverageArea.NETWORKING, "LoadBalancer service external ip stays pending"},
        {CoverageArea.NETWORKING, "dns lookup of the service fails from pods, coredns nxdomain"},
        {CoverageArea.NETWORKING, "ingress returns 502 for the service behind the load balancer"},
        {CoverageArea.CONTROL_PLANE, "etcd leader changed and the apiserver times out"},
        {CoverageArea.CONTROL_PLANE, "kube-apiserver certificate expired, kubectl cannot connect"},
        {CoverageArea.CONTROL_PLANE, "etcd database space exceeded, apiserver rejects writes"},
        {CoverageArea.HOW_TO, "how do I expose my app to users outside the cluster?"},
        {CoverageArea.HOW_TO, "what is the best way to keep secrets for my deployment?"},
        {CoverageArea.HOW_TO, "how to configure a persistent volume for my database?"},
    };

    static CaseFeatures features(String text) {
        return FEATURES.features(new CaseText(text, "", List.of()));
    }

    static List<TrainingExample> corpus() {
        List<TrainingExample> examples = new ArrayList<>();
        for (Object[] row : CORPUS) {
            examples.add(new TrainingExample(features((String) row[1]), (CoverageArea) row[0], 1.0));
        }
        return examples;
    }

    @Test
    void learnsTheAreasAndGivesProbabilitiesThatSumToOne() {
        AreaModel model = AreaModel.train(corpus(), SETTINGS);
        AreaPrediction etcd = model.predict(features("apiserver slow, etcd leader changed again"));
        assertEquals(CoverageArea.CONTROL_PLANE, etcd.area());
        assertEquals(1.0, etcd.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(etcd.probabilities().get(CoverageArea.CONTROL_PLANE), etcd.confidence(), 1e-12);
        assertEquals(CoverageArea.NETWORKING, model.predict(features("external ip of my LoadBalancer is pending")).area());
        assertEquals(CoverageArea.HOW_TO, model.predict(features("how do I keep secrets for my app?")).area());
    }

    @Test
    void theTermsThatPushedTheDecisionAreReadableWordsOfTheCase() {
        AreaModel model = AreaModel.train(corpus(), SETTINGS);
        AreaPrediction p = model.predict(features("etcd leader changed on 10.0.0.12 at 1.28.5"));
        assertFalse(p.terms().isEmpty());
        assertTrue(p.terms().contains("etcd"), p.terms().toString());
        assertTrue(p.terms().stream().allMatch(TopTerms::readable), p.terms().toString());
        assertTrue(p.terms().stream().noneMatch(t -> t.contains("10.0.0.12") || t.equals("1.28.5") || t.equals("on")), p.terms().toString());
        assertTrue(TopTerms.readable("x509") && TopTerms.readable("kube-apiserver"));
        assertFalse(TopTerms.readable("1.28.5") || TopTerms.readable("v1.29") || TopTerms.readable("443/tcp") || TopTerms.readable("a"));
    }

    @Test
    void theSameDataGivesTheSameModelByteForByte() {
        assertArrayEquals(AreaModel.train(corpus(), SETTINGS).toBytes(), AreaModel.train(corpus(), SETTINGS).toBytes());
        for (String solver : List.of("L2R_LR_DUAL", "L2R_L2LOSS_SVC_DUAL")) {
            ModelSettings other = SETTINGS.withSolver(solver, 1);
            assertArrayEquals(AreaModel.train(corpus(), other).toBytes(), AreaModel.train(corpus(), other).toBytes(), solver + " is seeded");
        }
    }

    @Test
    void aModelReadBackFromItsBytesPredictsExactlyTheSame() {
        AreaModel model = AreaModel.train(corpus(), SETTINGS).withTemperature(0.7);
        AreaModel again = AreaModel.fromBytes(model.toBytes());
        assertEquals(model.settings(), again.settings());
        for (Object[] row : CORPUS) {
            CaseFeatures f = features((String) row[1] + " again");
            assertEquals(model.predict(f), again.predict(f));
        }
        assertArrayEquals(model.toBytes(), again.toBytes());
        assertThrows(IllegalArgumentException.class, () -> AreaModel.fromBytes(new byte[] {1, 2, 3}));
    }

    @Test
    void aHeavierExampleOutweighsALighterOneThatSaysOtherwise() {
        String text = "pods cannot resolve the apiserver name";
        List<TrainingExample> examples = new ArrayList<>(corpus());
        examples.add(new TrainingExample(features(text), CoverageArea.NETWORKING, 1.0));
        examples.add(new TrainingExample(features(text), CoverageArea.CONTROL_PLANE, 3.0));
        assertEquals(CoverageArea.CONTROL_PLANE, AreaModel.train(examples, SETTINGS).predict(features(text)).area());
        examples.set(examples.size() - 2, new TrainingExample(features(text), CoverageArea.NETWORKING, 3.0));
        examples.set(examples.size() - 1, new TrainingExample(features(text), CoverageArea.CONTROL_PLANE, 1.0));
        assertEquals(CoverageArea.NETWORKING, AreaModel.train(examples, SETTINGS).predict(features(text)).area());
        assertThrows(IllegalArgumentException.class, () -> new TrainingExample(features(text), CoverageArea.HOW_TO, 0));
        assertThrows(IllegalArgumentException.class, () -> new TrainingExample(features(text), CoverageArea.HOW_TO, Double.NaN));
    }

    @Test
    void temperatureChangesHowSureNotWhich() {
        AreaModel model = AreaModel.train(corpus(), SETTINGS);
        CaseFeatures f = features("etcd leader changed");
        AreaPrediction sharp = model.withTemperature(0.5).predict(f);
        AreaPrediction flat = model.withTemperature(2).predict(f);
        assertEquals(sharp.area(), flat.area());
        assertTrue(sharp.confidence() > flat.confidence());
        AreaModel calibrated = model.calibratedOn(List.of(new TrainingExample(f, CoverageArea.CONTROL_PLANE, 1)));
        assertTrue(calibrated.settings().temperature() < 1, "a held-out text it gets right makes it surer");
    }

    @Test
    void predictsFromManyThreadsAtOnceAlike() throws Exception {
        AreaModel model = AreaModel.train(corpus(), SETTINGS);
        List<CaseFeatures> cases = List.of(features("etcd leader changed"), features("dns nxdomain"), features("how do I expose my app?"));
        List<AreaPrediction> expected = cases.stream().map(model::predict).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AreaPrediction>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<AreaPrediction> last = null;
                    for (int r = 0; r < 200; r++) {
                        last = cases.stream().map(model::predict).toList();
                    }
                    return last;
                }));
            }
            for (Future<List<AreaPrediction>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noExamplesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AreaModel.train(List.of(), SETTINGS));
    }
}
