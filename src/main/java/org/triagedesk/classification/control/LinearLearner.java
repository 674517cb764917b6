package org.triagedesk.classification.control;

import java.util.List;

/**
 * The optimiser behind an {@link AreaModel}: fits a linear scorer (one weight per feature and class,
 * and a bias per class) to weighted, labelled sparse vectors. The model keeps only the weights, so
 * prediction, serialisation and calibration are the same whichever library trained them
 * ({@link LiblinearLearner} in the app; the evaluation harness compares others).
 */
public interface LinearLearner {

    /** Learnt weights: {@code weights[feature * classes + class]} and {@code bias[class]}. */
    record Weights(float[] weights, double[] bias) {
    }

    /**
     * @param rows the texts as TF-IDF vectors over {@code features} features
     * @param labels the class of each row, 0 to {@code classes - 1}
     * @param weights how much each row counts (positive)
     */
    Weights fit(List<TfIdf.Vector> rows, int[] labels, double[] weights, int features, int classes);
}
