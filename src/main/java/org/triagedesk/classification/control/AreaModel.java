package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.triagedesk.kernel.CoverageArea;

/**
 * The trained coverage-area model: TF-IDF over {@link CaseFeatures}, a linear scorer per area
 * (liblinear's L2-regularised logistic regression unless another {@link LinearLearner} is given) and
 * temperature-scaled softmax probabilities. Immutable and thread-safe; training is deterministic (same
 * examples and settings, same bytes from {@link #toBytes()}).
 */
public final class AreaModel {

    private static final CoverageArea[] AREAS = CoverageArea.values();

    private final ModelSettings settings;
    private final TfIdf space;
    private final float[] weights;
    private final double[] bias;

    private AreaModel(ModelSettings settings, TfIdf space, float[] weights, double[] bias) {
        this.settings = settings;
        this.space = space;
        this.weights = weights;
        this.bias = bias;
    }

    public static AreaModel train(List<TrainingExample> examples, ModelSettings settings) {
        return train(examples, settings, new LiblinearLearner(settings));
    }

    public static AreaModel train(List<TrainingExample> examples, ModelSettings settings, LinearLearner learner) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        TfIdf space = TfIdf.fit(examples.stream().map(TrainingExample::features).toList(), settings.minDf(), settings.sublinear());
        List<TfIdf.Vector> rows = new ArrayList<>(examples.size());
        int[] labels = new int[examples.size()];
        double[] weights = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            rows.add(space.vector(examples.get(i).features()));
            labels[i] = examples.get(i).area().ordinal();
            weights[i] = examples.get(i).weight();
        }
        LinearLearner.Weights learnt = learner.fit(rows, labels, weights, space.size(), AREAS.length);
        return new AreaModel(settings, space, learnt.weights(), learnt.bias());
    }

    public ModelSettings settings() {
        return settings;
    }

    /** The same model with the temperature that fits {@code held} best (the dev split: texts it was not trained on). */
    public AreaModel calibratedOn(List<TrainingExample> held) {
        List<double[]> scores = held.stream().map(e -> scores(e.features())).toList();
        int[] labels = held.stream().mapToInt(e -> e.area().ordinal()).toArray();
        return withTemperature(Calibration.fitTemperature(scores, labels));
    }

    public AreaModel withTemperature(double temperature) {
        return new AreaModel(settings.withTemperature(temperature), space, weights, bias);
    }

    /** The raw linear score of every area, in {@link CoverageArea} order. */
    public double[] scores(CaseFeatures features) {
        return scores(space.vector(features));
    }

    private double[] scores(TfIdf.Vector x) {
        double[] s = bias.clone();
        int classes = AREAS.length;
        for (int j = 0; j < x.index().length; j++) {
            int base = x.index()[j] * classes;
            double v = x.value()[j];
            for (int k = 0; k < classes; k++) {
                s[k] += weights[base + k] * v;
            }
        }
        return s;
    }

    public AreaPrediction predict(CaseFeatures features) {
        TfIdf.Vector x = space.vector(features);
        double[] p = Calibration.softmax(scores(x), settings.temperature());
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        Map<CoverageArea, Double> probabilities = new EnumMap<>(CoverageArea.class);
        for (int k = 0; k < p.length; k++) {
            probabilities.put(AREAS[k], p[k]);
        }
        return new AreaPrediction(AREAS[best], p[best], probabilities, TopTerms.of(features, x, space, weights, best, AREAS.length));
    }

    /**
     * How alike two texts are in the model's own terms: the cosine of their TF-IDF vectors (each normalised in its
     * blocks), from 0 (nothing shared) to 1. The layer over recent corrections uses it.
     */
    public double similarity(CaseFeatures a, CaseFeatures b) {
        TfIdf.Vector x = space.vector(a);
        TfIdf.Vector y = space.vector(b);
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (double v : x.value()) {
            xx += v * v;
        }
        for (double v : y.value()) {
            yy += v * v;
        }
        for (int i = 0, j = 0; i < x.index().length && j < y.index().length;) {
            int c = Integer.compare(x.index()[i], y.index()[j]);
            if (c == 0) {
                dot += x.value()[i++] * y.value()[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt(xx * yy);
    }

    /** The model as bytes (compressed), for the data folder; {@link #fromBytes} reads them back. */
    public byte[] toBytes() {
        return ModelFile.write(new ModelFile.Parts(settings, space, weights, bias));
    }

    /** @throws IllegalArgumentException when the bytes are not a model of this version */
    public static AreaModel fromBytes(byte[] bytes) {
        ModelFile.Parts parts = ModelFile.read(bytes);
        return new AreaModel(parts.settings(), parts.space(), parts.weights(), parts.bias());
    }
}
