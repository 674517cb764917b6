package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * liblinear (de.bwaldvogel:liblinear, the Java port of LIBLINEAR) as the {@link LinearLearner}: L2-regularised
 * logistic regression, one binary problem per area against the rest (what liblinear does for several
 * classes, here with the areas trained in parallel on the common pool), by any of its binary solvers by
 * name. Each area's solver has its own seeded random order, so the result does not depend on threads. liblinear has no instance weights, so a row of weight w is given
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
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TfIdf.Vector row = rows.get(i);
            Feature[] nodes = new Feature[row.index().length];
            for (int j = 0; j < nodes.length; j++) {
                nodes[j] = new FeatureNode(row.index()[j] + 1, row.value()[j]);
            }
            for (long copy = Math.max(1, Math.round(weights[i])); copy > 0; copy--) {
                x.add(nodes);
                y.add(labels[i]);
            }
        }
        Feature[][] matrix = x.toArray(Feature[][]::new);
        float[] w = new float[features * classes];
        double[] bias = new double[classes];
        boolean[] present = new boolean[classes];
        y.forEach(label -> present[label] = true);
        // one class against the rest, as liblinear itself does for several classes, but the classes in parallel
        IntStream.range(0, classes).parallel().forEach(k -> {
            if (!present[k]) {
                bias[k] = -30;
                return;
            }
            Problem problem = new Problem();
            problem.l = matrix.length;
            problem.n = features + 1;
            problem.x = matrix;
            problem.y = y.stream().mapToDouble(label -> label == k ? 1 : -1).toArray();
            problem.bias = 1;
            Parameter parameter = new Parameter(solver, c, eps);
            parameter.setRandom(new Random(seed + k));
            Model model = Linear.train(problem, parameter);
            // liblinear orders the labels by first appearance; the coefficients are those of its first label
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            for (int f = 0; f < features; f++) {
                w[f * classes + k] = (float) (sign * model.getDecfunCoef(f + 1, 0));
            }
            bias[k] = sign * model.getDecfunBias(0);
        });
        return new Weights(w, bias);
    }
}
