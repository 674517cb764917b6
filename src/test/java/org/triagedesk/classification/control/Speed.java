package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.triagedesk.classification.control.HarnessData.Item;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Evidence;

/** The harness's speed figures: prediction latency, and training time on a generated set of many examples. */
final class Speed {

    interface Out {
        void say(String format, Object... args);
    }

    private Speed() {
    }

    static void prediction(Out out, AreaModel model, FeatureExtractor extractor, List<Item> items) {
        for (int warm = 0; warm < 20; warm++) {
            items.forEach(i -> model.predict(extractor.features(i.text())));
        }
        List<CaseFeatures> features = items.stream().map(i -> extractor.features(i.text())).toList();
        long[] extract = new long[items.size() * 10];
        long[] predict = new long[items.size() * 10];
        for (int r = 0; r < 10; r++) {
            for (int i = 0; i < items.size(); i++) {
                long t0 = System.nanoTime();
                extractor.features(items.get(i).text());
                long t1 = System.nanoTime();
                model.predict(features.get(i));
                predict[r * items.size() + i] = System.nanoTime() - t1;
                extract[r * items.size() + i] = t1 - t0;
            }
        }
        out.say("per case, over the test split x10: features p50 %.3f ms p99 %.3f ms; predict p50 %.3f ms p99 %.3f ms%n",
                pct(extract, 50), pct(extract, 99), pct(predict, 50), pct(predict, 99));
    }

    /**
     * {@code size} generated examples: each a real one of the pool with a fifth of its description's words
     * dropped, some letters swapped (typos) and a token of its own, one in ten a correction (weight 3).
     */
    static void training(Out out, List<Item> pool, FeatureExtractor extractor, ModelSettings settings, int size, String... solvers) {
        Random random = new Random(42);
        List<TrainingExample> examples = new ArrayList<>(size);
        long t0 = System.nanoTime();
        for (int n = 0; n < size; n++) {
            Item base = pool.get(random.nextInt(pool.size()));
            StringBuilder description = new StringBuilder();
            for (String word : (base.text().description() == null ? "" : base.text().description()).split(" ")) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                if (word.length() > 3 && random.nextInt(20) == 0) {
                    char[] c = word.toCharArray();
                    int at = random.nextInt(c.length - 1);
                    char swap = c[at];
                    c[at] = c[at + 1];
                    c[at + 1] = swap;
                    word = new String(c);
                }
                description.append(word).append(' ');
            }
            description.append("ref").append(Integer.toString(n, 36));
            List<Evidence> evidence = base.text().evidence();
            CaseText text = new CaseText(base.text().title(), description.toString(), evidence);
            examples.add(new TrainingExample(extractor.features(text), base.area(), random.nextInt(10) == 0 ? 3.0 : 1.0));
        }
        long t1 = System.nanoTime();
        long nnz = examples.stream().mapToLong(e -> e.features().counts().size()).sum();
        out.say("%,d generated examples (%,.0f distinct features each on average): features %.1f s on one thread%n",
                size, nnz / (double) size, (t1 - t0) / 1e9);
        for (String solver : solvers) {
            System.gc();
            long before = used();
            long t2 = System.nanoTime();
            AreaModel model = AreaModel.train(examples, settings.withSolver(solver, settings.c()));
            long t3 = System.nanoTime();
            out.say("  train (TF-IDF + liblinear %s C=%s) %.1f s, model %,d bytes; heap in use before %,d MB%n", solver, settings.c(),
                    (t3 - t2) / 1e9, model.toBytes().length, before >> 20);
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
