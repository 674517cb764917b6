package org.triagedesk.classification.control;

import java.util.List;

/**
 * Calibration of the model's probabilities by temperature scaling: the scores are divided by one
 * number T before the softmax, T chosen to minimise the log loss on held-out texts (the dev split).
 * It changes how sure the model says it is, never which area it picks. Expected calibration error
 * measures the result: the gap between confidence and accuracy, averaged over ten confidence bins.
 */
public final class Calibration {

    static final double MIN_T = 0.02;
    static final double MAX_T = 50;

    private Calibration() {
    }

    /** Probabilities from scores divided by {@code temperature}; the largest score is subtracted first, so no overflow. */
    public static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp((scores[k] - max) / temperature);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Mean negative log probability of the right class. */
    public static double logLoss(List<double[]> scores, int[] labels, double temperature) {
        double loss = 0;
        for (int i = 0; i < labels.length; i++) {
            loss -= Math.log(Math.max(1e-12, softmax(scores.get(i), temperature)[labels[i]]));
        }
        return loss / labels.length;
    }

    /**
     * The temperature with the least log loss, by golden-section search over ln T in
     * [{@value #MIN_T}, {@value #MAX_T}] (the loss is unimodal in it for practical purposes).
     */
    public static double fitTemperature(List<double[]> scores, int[] labels) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("no texts to calibrate on");
        }
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        double golden = (Math.sqrt(5) - 1) / 2;
        double a = hi - golden * (hi - lo);
        double b = lo + golden * (hi - lo);
        double fa = logLoss(scores, labels, Math.exp(a));
        double fb = logLoss(scores, labels, Math.exp(b));
        for (int i = 0; i < 80 && hi - lo > 1e-6; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - golden * (hi - lo);
                fa = logLoss(scores, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + golden * (hi - lo);
                fb = logLoss(scores, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /**
     * Expected calibration error over ten equal-width bins of the confidence: the share-weighted mean of
     * |accuracy - mean confidence| per bin.
     *
     * @param confidence the probability given to the chosen class, per text
     * @param correct whether the chosen class was right, per text
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct) {
        int bins = 10;
        int[] count = new int[bins];
        double[] right = new double[bins];
        double[] sure = new double[bins];
        for (int i = 0; i < confidence.length; i++) {
            int bin = Math.min(bins - 1, (int) (confidence[i] * bins));
            count[bin]++;
            right[bin] += correct[i] ? 1 : 0;
            sure[bin] += confidence[i];
        }
        double ece = 0;
        for (int bin = 0; bin < bins; bin++) {
            if (count[bin] > 0) {
                ece += Math.abs(right[bin] - sure[bin]) / confidence.length;
            }
        }
        return ece;
    }
}
