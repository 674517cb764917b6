package org.triagedesk.classification.control;

import java.util.Objects;

import org.triagedesk.kernel.CoverageArea;

/**
 * One labelled text for the area model: its features, its area and how much it counts. A plain case
 * or a labelled report counts 1; an engineer's correction counts more (the boundary decides how much).
 */
public record TrainingExample(CaseFeatures features, CoverageArea area, double weight) {

    public TrainingExample {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(area, "area");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a positive number, not " + weight);
        }
    }
}
