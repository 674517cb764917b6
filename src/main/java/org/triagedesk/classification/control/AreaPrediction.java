package org.triagedesk.classification.control;

import java.util.List;
import java.util.Map;

import org.triagedesk.kernel.CoverageArea;

/**
 * What the area model says about one case: the most probable area, its calibrated probability, the
 * probability of every area (summing to 1), and the terms that pushed the decision most (readable
 * words, bigrams and command names as the case wrote them, strongest first).
 */
public record AreaPrediction(CoverageArea area, double confidence, Map<CoverageArea, Double> probabilities, List<String> terms) {

    public AreaPrediction {
        probabilities = Map.copyOf(probabilities);
        terms = List.copyOf(terms);
    }
}
