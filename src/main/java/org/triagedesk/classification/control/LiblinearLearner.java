package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * liblinear (de.bwaldvogel:liblinear, the Java port of LIBLINEAR) as the {@link LinearLearner}: L2-regularised
 * logistic regression, one class against the rest, solved by trust-region Newton (deterministic), or
 * any other of its solvers by name. liblinear has no instance weights, so a row of weight w is given
 * round(w) times (at least once; the copies share one feature array): with the primal solvers that is
 * exactly an integer weight. The dual solvers visit rows in a random order, seeded.
 */
public class LiblinearLearner implements LinearLearner {

    static {
        Linear.disableDebugOutput();
    }

    private final SolverType solver;
    private final double c;
    private final double eps;
    private final long seed;

    public LiblinearLearner(String solver, double c, double eps, long seed) {
        this.solver = SolverType.valueOf(solver);
        this.c = c;
        this.eps = eps;
        this.seed = seed;
    }

    public LiblinearLearner(ModelSettings settings) {
        this(settings.solver(), settings.c(), settings.eps(), settings.seed());
    }

    @Override
    public Weights fit(List<TfIdf.Vector> rows, int[] labels, double[] weights, int features, int classes) {
        List<Feature[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TfIdf.Vector row = rows.get(i);
            Feature[] nodes = new Feature[row.index().length];
            for (int j = 0; j < nodes.length; j++) {
                nodes[j] = new FeatureNode(row.index()[j] + 1, row.value()[j]);
            }
            for (long copy = Math.max(1, Math.round(weights[i])); copy > 0; copy--) {
                x.add(nodes);
                y.add((double) labels[i]);
            }
        }
        Problem problem = new Problem();
        problem.l = x.size();
        problem.n = features + 1;
        problem.x = x.toArray(Feature[][]::new);
        problem.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        problem.bias = 1;
        Parameter parameter = new Parameter(solver, c, eps);
        parameter.setRandom(new Random(seed));
        Model model = Linear.train(problem, parameter);
        float[] w = new float[features * classes];
        double[] bias = new double[classes];
        java.util.Arrays.fill(bias, -30);
        int[] learnt = model.getLabels();
        for (int k = 0; k < learnt.length; k++) {
            int area = learnt[k];
            for (int f = 0; f < features; f++) {
                w[f * classes + area] = (float) model.getDecfunCoef(f + 1, k);
            }
            bias[area] = model.getDecfunBias(k);
        }
        if (learnt.length == 1) {
            bias[learnt[0]] = 0;
        }
        return new Weights(w, bias);
    }
}
