package org.triagedesk.classification.control;

import java.util.Locale;

import org.triagedesk.kernel.TriageAnalyzers;

/**
 * How an {@link AreaModel} is made: the features, the TF-IDF weighting (features seen in fewer than
 * {@code minDf} training texts are dropped; {@code sublinear} counts a term 1 + ln tf), the liblinear
 * solver with its cost {@code c} and tolerance {@code eps}, the seed of its random order, and the
 * temperature its scores are divided by before the softmax (1 = uncalibrated; fitted on the dev split,
 * see {@link Calibration}). Chosen on the dev split; docs/evaluation.md has the figures.
 */
public record ModelSettings(FeatureExtractor.Settings features, int minDf, boolean sublinear, String solver, double c, double eps,
        long seed, double temperature) {

    /** The settings chosen on the dev split (issue 15), temperature fitted there. */
    public static final ModelSettings CHOSEN = new ModelSettings(FeatureExtractor.Settings.DEFAULT.withChain(TriageAnalyzers.ENGLISH_PLAIN)
            .withAllEvidence(true).without(FeatureExtractor.Family.CHARS), 2, true,
            "L2R_LR_DUAL", 10, 0.01, 15, 1.0);

    public ModelSettings {
        if (minDf < 1 || !(c > 0) || !(eps > 0) || !(temperature > 0)) {
            throw new IllegalArgumentException("minDf >= 1, c, eps and temperature > 0: " + minDf + ", " + c + ", " + eps + ", " + temperature);
        }
        solver = solver.toUpperCase(Locale.ROOT);
    }

    public ModelSettings withTemperature(double t) {
        return new ModelSettings(features, minDf, sublinear, solver, c, eps, seed, t);
    }

    public ModelSettings withFeatures(FeatureExtractor.Settings f) {
        return new ModelSettings(f, minDf, sublinear, solver, c, eps, seed, temperature);
    }

    public ModelSettings withSolver(String s, double cost) {
        return new ModelSettings(features, minDf, sublinear, s, cost, eps, seed, temperature);
    }

    public ModelSettings withWeighting(int df, boolean sub) {
        return new ModelSettings(features, df, sub, solver, c, eps, seed, temperature);
    }
}
