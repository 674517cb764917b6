package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.triagedesk.classification.control.HarnessData.Item;
import org.triagedesk.classification.control.HarnessMetrics.Decision;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.TriageAnalyzers;

/**
 * The evaluation harness of the area model (issue 15). Skipped in the normal build; run it with
 *
 * <pre>mvn -B -ntp test -Dtest=ModelHarnessTest -Dharness=true</pre>
 *
 * (about five minutes; {@code -Dharness.scale=N} changes the size of the generated training-speed set,
 * 100,000 by default). It prints, and writes to {@code target/model-harness-report.txt}: the dev-split
 * figures every choice was made on (learners, features, weighting, training data, the HOW_TO and
 * UPSTREAM_BUG rules), then the old kNN, the plain logistic-regression baseline and the chosen model side
 * by side on the test split and on the 185 cases of {@code kb/training/doc-cases.json} (with a model trained
 * without them), the known-issue hit@1/@3 of the existing matcher, prediction latency and the training
 * time at 100,000 generated examples. Nothing is chosen on the test split or on the 185 cases.
 */
@EnabledIfSystemProperty(named = "harness", matches = "true")
class ModelHarnessTest {

    static final double CORRECTION_WEIGHT = 3.0;

    private final StringBuilder out = new StringBuilder();
    private HarnessData data;
    private List<FeatureExtractor.KnownSignatures> signatures;
    private final Map<FeatureExtractor.Settings, Map<String, CaseFeatures>> cache = new HashMap<>();
    private final Map<String, CaseFeatures> baseline = new HashMap<>();
    private final Map<FeatureExtractor.Settings, FeatureExtractor> extractors = new HashMap<>();

    @Test
    void report() throws IOException {
        data = new HarnessData();
        signatures = TrainingTexts.signatures(data.kb.issues());
        List<Item> a = HarnessData.concat(data.train, data.knownIssues);
        List<Item> b = HarnessData.concat(a, data.cases);
        List<Item> c = HarnessData.concat(b, data.dev);
        say("Corpus: %d known issues, kb/examples train %d / dev %d / test %d, %d evaluation cases; load problems %s%n%n",
                data.knownIssues.size(), data.train.size(), data.dev.size(), data.test.size(), data.cases.size(), data.problems);
        ModelSettings chosen = ModelSettings.CHOSEN;

        say("== Dev split: learners (features as chosen, training data (a) = train split + known issues) ==%n");
        for (double cost : new double[] {1, 3, 10, 30}) {
            dev("liblinear L2R_LR C=" + cost, a, chosen.withSolver("L2R_LR", cost), null);
        }
        for (double cost : new double[] {3, 10, 30}) {
            dev("liblinear L2R_LR_DUAL C=" + cost, a, chosen.withSolver("L2R_LR_DUAL", cost), null);
        }
        for (double cost : new double[] {0.3, 1, 3}) {
            dev("liblinear L2R_L2LOSS_SVC_DUAL C=" + cost, a, chosen.withSolver("L2R_L2LOSS_SVC_DUAL", cost), null);
        }
        for (int epochs : new int[] {5, 20}) {
            dev("Tribuo LR (SGD, AdaGrad) " + epochs + " epochs", a, chosen, new TribuoLearner(epochs, 1.0));
        }
        for (double l2 : new double[] {0.01, 0.1, 1}) {
            dev("OpenNLP maxent QN L2=" + l2, a, chosen, new OpenNlpLearner(l2, 300));
        }

        say("%n== Dev split: features and weighting (liblinear as chosen, data (a)) ==%n");
        dev("all (chosen)", a, chosen, null);
        for (FeatureExtractor.Family family : FeatureExtractor.Family.values()) {
            boolean on = chosen.features().families().contains(family);
            dev((on ? "without " : "with ") + family, a, chosen.withFeatures(on ? chosen.features().without(family)
                    : chosen.features().with(family)), null);
        }
        FeatureExtractor.Settings f = chosen.features();
        dev("words with synonyms (index chain)", a, chosen.withFeatures(f.withChain(TriageAnalyzers.ENGLISH)), null);
        dev("words without synonyms (plain chain)", a, chosen.withFeatures(f.withChain(TriageAnalyzers.ENGLISH_PLAIN)), null);
        dev("telling evidence lines only", a, chosen.withFeatures(f.withAllEvidence(false)), null);
        dev("all evidence lines", a, chosen.withFeatures(f.withAllEvidence(true)), null);
        dev("plain chain, no signatures", a, chosen.withFeatures(f.withChain(TriageAnalyzers.ENGLISH_PLAIN)
                .without(FeatureExtractor.Family.SIGNATURES)), null);
        FeatureExtractor.Settings chars = f.with(FeatureExtractor.Family.CHARS);
        for (int[] range : new int[][] {{1, 3}, {2, 4}, {3, 5}, {2, 5}}) {
            dev("with char " + range[0] + "-" + range[1] + "-grams", a, chosen.withFeatures(chars.withChars(range[0], range[1], f.charChars())), null);
        }
        for (int n : new int[] {1_000, 10_000}) {
            dev("with char 2-4-grams of the first " + n + " chars", a, chosen.withFeatures(chars.withChars(2, 4, n)), null);
        }
        dev("with char n-grams, without Kuromoji", a, chosen.withFeatures(chars.without(FeatureExtractor.Family.JAPANESE)), null);
        dev("raw tf (not sublinear)", a, chosen.withWeighting(chosen.minDf(), false), null);
        dev("minDf 1", a, chosen.withWeighting(1, chosen.sublinear()), null);
        dev("minDf 3", a, chosen.withWeighting(3, chosen.sublinear()), null);
        devBaseline("baseline features + OpenNLP multinomial LR", a);
        say("%s%n", new HarnessMetrics(data.dev, baselineModel(a, new LiblinearLearner(chosen)).decisions(data.dev))
                .line("baseline features + liblinear as chosen"));

        say("%n== Dev split: training data ==%n");
        dev("(a) train split + known issues", a, chosen, null);
        dev("(b) (a) + the 185 cases", b, chosen, null);
        dev("(a) without the known issues", data.train, chosen, null);

        say("%n== Dev split: the rules of spec/coverage-areas.md on top of the model, data (a) and (b) ==%n");
        List<KnnBaseline.Result> devKnn;
        try (KnnBaseline knn = new KnnBaseline(data.train)) {
            devKnn = knn.classify(data.dev);
        }
        for (List<Item> train : List.of(a, b)) {
            AreaModel model = fit(train, chosen, null);
            List<AreaPrediction> p = predictions(model, chosen, data.dev);
            for (String rules : List.of("", "demote", "prior", "demote+prior", "tie", "demote+tie", "demote+prior+tie")) {
                List<Decision> d = new ArrayList<>();
                int changed = 0, fixed = 0, broken = 0;
                for (int i = 0; i < p.size(); i++) {
                    Decision ruled = ModelRules.apply(p.get(i), data.dev.get(i).text(), devKnn.get(i).matches(), rules);
                    d.add(ruled);
                    if (ruled.area() != p.get(i).area()) {
                        changed++;
                        fixed += ruled.area() == data.dev.get(i).area() ? 1 : 0;
                        broken += p.get(i).area() == data.dev.get(i).area() ? 1 : 0;
                    }
                }
                say("%s  changed %d: %d right, %d made wrong%n", new HarnessMetrics(data.dev, d)
                        .line((train == a ? "(a) " : "(b) ") + (rules.isEmpty() ? "model alone" : rules)), changed, fixed, broken);
            }
        }
        say("%s%n", metrics(data.dev, devKnn).line("old kNN over kb + train split"));

        if (Boolean.getBoolean("harness.devOnly")) {
            Files.writeString(Path.of("target/model-harness-report.txt"), out.toString());
            return;
        }
        say("%n== Test split (never used for a choice) ==%n");
        List<KnnBaseline.Result> testKnnA, testKnnB, casesKnn;
        try (KnnBaseline knn = new KnnBaseline(data.train)) {
            testKnnA = knn.classify(data.test);
            casesKnn = knn.classify(data.cases);
        }
        try (KnnBaseline knn = new KnnBaseline(HarnessData.concat(data.train, data.cases))) {
            testKnnB = knn.classify(data.test);
        }
        AreaModel modelA = fit(a, chosen, null);
        AreaModel modelB = fit(b, chosen, null);
        AreaModel modelC = AreaModel.train(examples(c, chosen), chosen).withTemperature(modelB.settings().temperature());
        say("%s%n", metrics(data.test, testKnnA).detail("old kNN, kb + train split"));
        say("%s%n", metrics(data.test, testKnnB).line("old kNN, kb + train + 185 cases"));
        say("%s%n", evaluateBaseline(a, data.test).detail("baseline LR (a)"));
        say("%s%n", evaluateBaseline(b, data.test).line("baseline LR (b)"));
        say("%s%n", evaluateBaseline(c, data.test).line("baseline LR (c): (b) + dev"));
        say("%s%n", new HarnessMetrics(data.test, decisions(modelA, chosen, data.test)).line("model (a)"));
        say("%s%n", new HarnessMetrics(data.test, decisions(modelB, chosen, data.test)).detail("model (b)"));
        say("%s%n", new HarnessMetrics(data.test, decisions(modelC, chosen, data.test)).detail("model (c) = shipped: (b) + dev"));

        say("%n== The 185 evaluation cases (models trained without them: data (a) + dev) ==%n");
        List<Item> noCases = HarnessData.concat(a, data.dev);
        AreaModel modelNoCases = AreaModel.train(examples(noCases, chosen), chosen).withTemperature(modelA.settings().temperature());
        say("%s%n", metrics(data.cases, casesKnn).detail("old kNN, kb + train split"));
        say("%s%n", evaluateBaseline(noCases, data.cases).line("baseline LR (a)+dev"));
        say("%s%n", new HarnessMetrics(data.cases, decisions(modelA, chosen, data.cases)).line("model (a)"));
        say("%s%n", new HarnessMetrics(data.cases, decisions(modelNoCases, chosen, data.cases)).detail("model (a) + dev"));

        say("%n== Known issues: hit@1 / hit@3 of the existing matcher where a report names knownIssues ==%n");
        hits("dev", data.dev, devKnn);
        hits("test", data.test, testKnnA);
        hits("185 cases", data.cases, casesKnn);

        say("%n== Determinism, size and speed ==%n");
        byte[] once = modelC.toBytes();
        byte[] again = AreaModel.train(examples(c, chosen), chosen).withTemperature(modelB.settings().temperature()).toBytes();
        assertArrayEquals(once, again, "the same data must give the same model");
        say("shipped model: %,d bytes, trained twice byte-identical; temperature %.3f (fitted on dev with model (b))%n", once.length,
                modelB.settings().temperature());
        Speed.prediction(this::say, modelC, new FeatureExtractor(chosen.features(), signatures), data.test);
        Speed.training(this::say, HarnessData.concat(b, data.dev), new FeatureExtractor(chosen.features(), signatures), chosen,
                Integer.getInteger("harness.scale", 100_000), System.getProperty("harness.solvers", chosen.solver()).split(","));

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/model-harness-report.txt"), out.toString());
        assertEquals(List.of(), data.problems, "kb/ and kb/examples must load without problems");
    }

    void say(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        out.append(text);
        System.out.print(text);
        System.out.flush();
    }

    private void dev(String name, List<Item> train, ModelSettings settings, LinearLearner learner) {
        long start = System.nanoTime();
        AreaModel model = fit(train, settings, learner);
        long ms = (System.nanoTime() - start) / 1_000_000;
        say("%s  (T %.2f, %d ms)%n", new HarnessMetrics(data.dev, decisions(model, settings, data.dev)).line(name), model.settings().temperature(), ms);
    }

    /** Trained on {@code train}, temperature fitted on the dev split (never part of {@code train} here). */
    private AreaModel fit(List<Item> train, ModelSettings settings, LinearLearner learner) {
        List<TrainingExample> examples = examples(train, settings);
        AreaModel model = learner == null ? AreaModel.train(examples, settings) : AreaModel.train(examples, settings, learner);
        return model.calibratedOn(examples(data.dev, settings));
    }

    List<TrainingExample> examples(List<Item> items, ModelSettings settings) {
        return items.stream().map(i -> new TrainingExample(features(settings.features(), i), i.area(), 1.0)).toList();
    }

    private CaseFeatures features(FeatureExtractor.Settings settings, Item item) {
        Map<String, CaseFeatures> known = cache.computeIfAbsent(settings, s -> new HashMap<>());
        FeatureExtractor extractor = extractors.computeIfAbsent(settings, s -> new FeatureExtractor(s, signatures));
        return known.computeIfAbsent(item.group() + "/" + item.id(), k -> extractor.features(item.text()));
    }

    private List<AreaPrediction> predictions(AreaModel model, ModelSettings settings, List<Item> items) {
        return items.stream().map(i -> model.predict(features(settings.features(), i))).toList();
    }

    private List<Decision> decisions(AreaModel model, ModelSettings settings, List<Item> items) {
        return predictions(model, settings, items).stream().map(p -> new Decision(p.area(), p.confidence())).toList();
    }

    private HarnessMetrics metrics(List<Item> items, List<KnnBaseline.Result> results) {
        return new HarnessMetrics(items, results.stream().map(r -> new Decision(r.classification().area(), r.classification().confidence())).toList());
    }

    /** A trained baseline and its own features. */
    private record Baseline(AreaModel model, Function<Item, CaseFeatures> features) {
        List<Decision> decisions(List<Item> on) {
            return on.stream().map(i -> model.predict(features.apply(i))).map(p -> new Decision(p.area(), p.confidence())).toList();
        }
    }

    /** The textbook baseline: its own features, TF-IDF (sublinear, every feature kept), multinomial LR by OpenNLP, T fitted on dev. */
    private HarnessMetrics evaluateBaseline(List<Item> train, List<Item> on) {
        return new HarnessMetrics(on, baselineModel(train, new OpenNlpLearner(0.1, 300)).decisions(on));
    }

    private Baseline baselineModel(List<Item> train, LinearLearner learner) {
        ModelSettings settings = ModelSettings.CHOSEN.withWeighting(1, true);
        Function<Item, CaseFeatures> features = i -> baseline.computeIfAbsent(i.group() + "/" + i.id(), k -> BaselineFeatures.of(i.text()));
        List<TrainingExample> examples = train.stream().map(i -> new TrainingExample(features.apply(i), i.area(), 1.0)).toList();
        AreaModel model = AreaModel.train(examples, settings, learner);
        List<TrainingExample> dev = data.dev.stream().map(i -> new TrainingExample(features.apply(i), i.area(), 1.0)).toList();
        if (train.containsAll(data.dev)) {
            // dev is in the training data: the temperature of the same baseline trained without it
            List<Item> without = train.stream().filter(i -> !data.dev.contains(i)).toList();
            List<TrainingExample> rest = without.stream().map(i -> new TrainingExample(features.apply(i), i.area(), 1.0)).toList();
            return new Baseline(model.withTemperature(AreaModel.train(rest, settings, learner).calibratedOn(dev).settings().temperature()), features);
        }
        return new Baseline(model.calibratedOn(dev), features);
    }

    private void devBaseline(String name, List<Item> train) {
        say("%s%n", evaluateBaseline(train, data.dev).line(name));
    }

    private void hits(String name, List<Item> items, List<KnnBaseline.Result> results) {
        for (String language : List.of("all", "en", "ja")) {
            int with = 0, hit1 = 0, hit3 = 0;
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item.knownIssues().isEmpty() || !language.equals("all") && !item.language().equals(language)) {
                    continue;
                }
                with++;
                List<String> keys = results.get(i).matches().stream().map(IssueMatch::key).toList();
                hit1 += !keys.isEmpty() && item.knownIssues().contains(keys.get(0)) ? 1 : 0;
                hit3 += keys.stream().limit(3).anyMatch(item.knownIssues()::contains) ? 1 : 0;
            }
            say("%-10s %-3s hit@1 %s  hit@3 %s  (%d reports name a known issue)%n", name, language,
                    with == 0 ? "-" : String.format(Locale.ROOT, "%.3f", hit1 / (double) with),
                    with == 0 ? "-" : String.format(Locale.ROOT, "%.3f", hit3 / (double) with), with);
        }
    }
}
