package org.triagedesk.classification.control;

import java.util.Arrays;
import java.util.List;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo 4.3.2's multinomial logistic regression (softmax, stochastic gradient with AdaGrad, seeded) as a
 * {@link LinearLearner}, for the harness's comparison only. Tribuo takes real-valued example weights.
 */
class TribuoLearner implements LinearLearner {

    private final int epochs;
    private final double learningRate;

    TribuoLearner(int epochs, double learningRate) {
        this.epochs = epochs;
        this.learningRate = learningRate;
    }

    @Override
    public Weights fit(List<TfIdf.Vector> rows, int[] labels, double[] weights, int features, int classes) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("area-model", factory), factory);
        for (int i = 0; i < rows.size(); i++) {
            TfIdf.Vector row = rows.get(i);
            String[] names = new String[row.index().length];
            for (int j = 0; j < names.length; j++) {
                names[j] = name(row.index()[j]);
            }
            ArrayExample<Label> example = new ArrayExample<>(new Label(Integer.toString(labels[i])), names, row.value().clone());
            example.setWeight((float) weights[i]);
            data.add(example);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs, 1_000_000, 1, 15L);
        LinearSGDModel model = (LinearSGDModel) trainer.train(data);
        DenseMatrix w = model.getWeightsCopy();
        float[] out = new float[features * classes];
        double[] bias = new double[classes];
        Arrays.fill(bias, -30);
        int bias_column = model.getFeatureIDMap().size();
        for (int k = 0; k < classes; k++) {
            int id = model.getOutputIDInfo().getID(new Label(Integer.toString(k)));
            if (id < 0) {
                continue;
            }
            bias[k] = w.get(id, bias_column);
            for (int f = 0; f < features; f++) {
                int column = model.getFeatureIDMap().getID(name(f));
                if (column >= 0) {
                    out[f * classes + k] = (float) w.get(id, column);
                }
            }
        }
        return new Weights(out, bias);
    }

    private static String name(int feature) {
        return String.format("f%07d", feature);
    }
}
