package org.triagedesk.classification.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.triagedesk.classification.entity.CoverageArea;

/**
 * The trained coverage-area model: TF-IDF over {@link CaseFeatures}, a linear scorer per area
 * (liblinear's L2-regularised logistic regression unless another {@link LinearLearner} is given) and
 * temperature-scaled softmax probabilities. Immutable and thread-safe; training is deterministic (same
 * examples and settings, same bytes from {@link #toBytes()}).
 */
public final class AreaModel {

    private static final int MAGIC = 0x54444d31; // "TDM1"
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

    /** The model as bytes (compressed), for the data folder; {@link #fromBytes} reads them back. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(MAGIC);
            ModelSettings s = settings;
            FeatureExtractor.Settings f = s.features();
            out.writeUTF(String.join(",", f.families().stream().sorted().map(Enum::name).toList()));
            out.writeUTF(f.wordChain());
            out.writeInt(f.charMin());
            out.writeInt(f.charMax());
            out.writeInt(f.charChars());
            out.writeInt(s.minDf());
            out.writeBoolean(s.sublinear());
            out.writeUTF(s.solver());
            out.writeDouble(s.c());
            out.writeDouble(s.eps());
            out.writeLong(s.seed());
            out.writeDouble(s.temperature());
            out.writeUTF(String.join(",", java.util.Arrays.stream(AREAS).map(Enum::name).toList()));
            space.write(out);
            for (double b : bias) {
                out.writeDouble(b);
            }
            for (float w : weights) {
                out.writeFloat(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a model of this version */
    public static AreaModel fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an area model of this version");
            }
            EnumSet<FeatureExtractor.Family> families = EnumSet.noneOf(FeatureExtractor.Family.class);
            for (String name : in.readUTF().split(",")) {
                if (!name.isEmpty()) {
                    families.add(FeatureExtractor.Family.valueOf(name));
                }
            }
            FeatureExtractor.Settings f = new FeatureExtractor.Settings(families, in.readUTF(), in.readInt(), in.readInt(), in.readInt());
            ModelSettings s = new ModelSettings(f, in.readInt(), in.readBoolean(), in.readUTF(), in.readDouble(), in.readDouble(),
                    in.readLong(), in.readDouble());
            if (!in.readUTF().equals(String.join(",", java.util.Arrays.stream(AREAS).map(Enum::name).toList()))) {
                throw new IllegalArgumentException("the model was trained for other coverage areas");
            }
            TfIdf space = TfIdf.read(in);
            double[] bias = new double[AREAS.length];
            for (int k = 0; k < bias.length; k++) {
                bias[k] = in.readDouble();
            }
            float[] weights = new float[space.size() * AREAS.length];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = in.readFloat();
            }
            return new AreaModel(s, space, weights, bias);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable area model: " + e.getMessage(), e);
        }
    }
}
