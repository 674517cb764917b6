package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP 2.5.4's maximum-entropy model (multinomial logistic regression) trained by L-BFGS with an L2
 * cost, as a {@link LinearLearner}, for the harness's comparison only. OpenNLP has no instance weights:
 * a row of weight w is given round(w) times. A constant context plays the bias.
 */
class OpenNlpLearner implements LinearLearner {

    private static final String BIAS = "__bias";
    private final double l2;
    private final int iterations;

    OpenNlpLearner(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    @Override
    public Weights fit(List<TfIdf.Vector> rows, int[] labels, double[] weights, int features, int classes) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TfIdf.Vector row = rows.get(i);
            String[] context = new String[row.index().length + 1];
            float[] values = new float[context.length];
            for (int j = 0; j < row.index().length; j++) {
                context[j] = Integer.toString(row.index()[j]);
                values[j] = (float) row.value()[j];
            }
            context[context.length - 1] = BIAS;
            values[context.length - 1] = 1;
            for (long copy = Math.max(1, Math.round(weights[i])); copy > 0; copy--) {
                events.add(new Event(Integer.toString(labels[i]), context, values));
            }
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(QNTrainer.L2COST_PARAM, l2);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        parameters.put("DataIndexer", "OnePassRealValue");
        parameters.put("PrintMessages", false);
        try {
            QNTrainer trainer = new QNTrainer();
            trainer.init(parameters, new HashMap<>());
            AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
            Object[] data = model.getDataStructures();
            opennlp.tools.ml.model.Context[] params = (opennlp.tools.ml.model.Context[]) data[0];
            Map<?, ?> predicates = (Map<?, ?>) data[1];
            String[] outcomes = (String[]) data[2];
            float[] w = new float[features * classes];
            double[] bias = new double[classes];
            Arrays.fill(bias, -30);
            boolean[] seen = new boolean[classes];
            for (String o : outcomes) {
                seen[Integer.parseInt(o)] = true;
            }
            for (int k = 0; k < classes; k++) {
                if (seen[k]) {
                    bias[k] = 0;
                }
            }
            predicates.forEach((name, at) -> {
                String predicate = (String) name;
                opennlp.tools.ml.model.Context c = at instanceof Integer index ? params[index] : (opennlp.tools.ml.model.Context) at;
                for (int o = 0; o < c.getOutcomes().length; o++) {
                    int k = Integer.parseInt(outcomes[c.getOutcomes()[o]]);
                    double value = c.getParameters()[o];
                    if (predicate.equals(BIAS)) {
                        bias[k] = value;
                    } else {
                        w[Integer.parseInt(predicate) * classes + k] = (float) value;
                    }
                }
            });
            return new Weights(w, bias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
