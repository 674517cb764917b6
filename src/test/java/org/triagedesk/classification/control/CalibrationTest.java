package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Temperature scaling and the expected calibration error. */
class CalibrationTest {

    @Test
    void softmaxSumsToOneWithoutOverflowAndFlattensWithTemperature() {
        double[] p = Calibration.softmax(new double[] {1000, 999, 0}, 1);
        assertEquals(1, p[0] + p[1] + p[2], 1e-12);
        assertEquals(1 / (1 + Math.exp(-1)), p[0], 1e-9);
        double[] flat = Calibration.softmax(new double[] {1000, 999, 0}, 1000);
        assertTrue(flat[2] > 0.1 && flat[0] < p[0] && flat[2] > p[2]);
    }

    @Test
    void fitsTheTemperatureThatGeneratedTheLabels() {
        Random random = new Random(7);
        List<double[]> scores = new ArrayList<>();
        int n = 6000;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double[] s = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian() * 3};
            double[] truth = Calibration.softmax(s, 2.0);
            double u = random.nextDouble();
            labels[i] = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
            scores.add(s);
        }
        double t = Calibration.fitTemperature(scores, labels);
        assertEquals(2.0, t, 0.2);
        assertTrue(Calibration.logLoss(scores, labels, t) < Calibration.logLoss(scores, labels, 1.0));
        assertTrue(Calibration.logLoss(scores, labels, t) <= Calibration.logLoss(scores, labels, t * 1.2));
    }

    @Test
    void expectedCalibrationErrorWeighsEachBinByItsShare() {
        // bin 0.9: accuracy 0.5, confidence 0.9; bin 0.6: accuracy 1, confidence 0.6; each half of the texts
        double ece = Calibration.expectedCalibrationError(new double[] {0.9, 0.9, 0.6, 0.6}, new boolean[] {true, false, true, true});
        assertEquals(0.5 * 0.4 + 0.5 * 0.4, ece, 1e-12);
        assertEquals(0, Calibration.expectedCalibrationError(new double[] {1.0, 1.0}, new boolean[] {true, true}), 1e-12);
    }

    @Test
    void nothingToCalibrateOnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Calibration.fitTemperature(List.of(), new int[0]));
    }
}
