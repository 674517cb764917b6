package org.triagedesk.classification.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.triagedesk.kernel.CoverageArea;

/** Strict accuracy with its Wilson interval, macro-F1, per-area precision and recall, the confusion matrix and ECE. */
final class HarnessMetrics {

    /** One decision: the area given (null: none) and its confidence. */
    record Decision(CoverageArea area, double confidence) {
    }

    static final CoverageArea[] AREAS = CoverageArea.values();

    final int n;
    final int correct;
    final int lenient;
    final int[][] confusion = new int[AREAS.length][AREAS.length + 1];
    final double ece;
    final int jaN, jaCorrect, enN, enCorrect;

    HarnessMetrics(List<HarnessData.Item> items, List<Decision> decisions) {
        n = items.size();
        int right = 0, loose = 0, jn = 0, jc = 0, en = 0, ec = 0;
        double[] confidence = new double[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            HarnessData.Item item = items.get(i);
            Decision d = decisions.get(i);
            boolean hit = d.area() == item.area();
            right += hit ? 1 : 0;
            loose += hit || (d.area() != null && d.area() == item.otherArea()) ? 1 : 0;
            confusion[item.area().ordinal()][d.area() == null ? AREAS.length : d.area().ordinal()]++;
            confidence[i] = d.confidence();
            ok[i] = hit;
            if (item.japanese()) {
                jn++;
                jc += hit ? 1 : 0;
            } else {
                en++;
                ec += hit ? 1 : 0;
            }
        }
        correct = right;
        lenient = loose;
        jaN = jn;
        jaCorrect = jc;
        enN = en;
        enCorrect = ec;
        ece = Calibration.expectedCalibrationError(confidence, ok);
    }

    double accuracy() {
        return correct / (double) n;
    }

    /** The 95 % Wilson score interval of the accuracy. */
    double[] wilson() {
        double z = 1.96, p = accuracy(), z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {centre - half, centre + half};
    }

    double precision(CoverageArea a) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[a.ordinal()];
        }
        return predicted == 0 ? 0 : confusion[a.ordinal()][a.ordinal()] / (double) predicted;
    }

    double recall(CoverageArea a) {
        int support = support(a);
        return support == 0 ? 0 : confusion[a.ordinal()][a.ordinal()] / (double) support;
    }

    int support(CoverageArea a) {
        int s = 0;
        for (int v : confusion[a.ordinal()]) {
            s += v;
        }
        return s;
    }

    /** The mean F1 over the areas present in the set. */
    double macroF1() {
        double sum = 0;
        int areas = 0;
        for (CoverageArea a : AREAS) {
            if (support(a) > 0) {
                double p = precision(a), r = recall(a);
                sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
                areas++;
            }
        }
        return sum / areas;
    }

    String line(String name) {
        double[] ci = wilson();
        return String.format(Locale.ROOT, "%-34s %5.3f [%.3f-%.3f] %3d/%-3d  macro-F1 %.3f  ECE %.3f  lenient %.3f  en %s  ja %s", name,
                accuracy(), ci[0], ci[1], correct, n, macroF1(), ece, lenient / (double) n, share(enCorrect, enN), share(jaCorrect, jaN));
    }

    private static String share(int right, int all) {
        return all == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d)", right / (double) all, all);
    }

    String detail(String name) {
        StringBuilder out = new StringBuilder(line(name)).append('\n');
        out.append("  area                precision  recall   n\n");
        for (CoverageArea a : AREAS) {
            out.append(String.format(Locale.ROOT, "  %-18s  %9.3f  %6.3f  %3d%n", a, precision(a), recall(a), support(a)));
        }
        out.append("  confusion (rows expected, columns predicted)\n  ").append(String.format("%-18s", ""));
        for (CoverageArea a : AREAS) {
            out.append(String.format(" %4s", a.name().substring(0, 4)));
        }
        out.append("    -\n");
        for (CoverageArea e : AREAS) {
            out.append("  ").append(String.format("%-18s", e));
            for (int v : confusion[e.ordinal()]) {
                out.append(String.format(" %4d", v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static Map<CoverageArea, Double> map(double[] p) {
        Map<CoverageArea, Double> m = new EnumMap<>(CoverageArea.class);
        for (int k = 0; k < p.length; k++) {
            m.put(AREAS[k], p[k]);
        }
        return m;
    }
}
