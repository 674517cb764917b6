package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.triagedesk.kernel.CoverageArea;

/**
 * The engineers' corrections the current model has not been trained on yet. A triage consults them so that a
 * correction counts from the very next similar case, not only after the next retrain: the closer the case is to a
 * corrected one (in the model's terms, {@link AreaModel#similarity}), the more the probabilities move to the
 * corrected area. When a retrain has absorbed them they are dropped. Thread-safe.
 */
public final class RecentCorrections {

    /** Below this similarity a correction says nothing about the case. */
    static final double SIMILAR = 0.3;
    /** From this similarity on, the corrected area takes all the probability: the case is the corrected one, reworded. */
    static final double SAME = 0.6;

    /** A correction: its id in the database (the order labelled examples are learnt in), its text's features and area. */
    public record Correction(long id, CaseFeatures features, CoverageArea area) {
    }

    /** The nearest correction that moved the answer, and how close it was. */
    public record Applied(Correction correction, double similarity) {
    }

    private final List<Correction> corrections = new CopyOnWriteArrayList<>();

    public void add(Correction correction) {
        corrections.add(correction);
    }

    /** Forgets the corrections a model trained on labelled examples up to {@code id} has learnt. */
    public void absorbedUpTo(long id) {
        corrections.removeIf(c -> c.id() <= id);
    }

    public int size() {
        return corrections.size();
    }

    /**
     * Moves {@code probabilities} towards the area of the most similar recent correction, by its similarity
     * (a correction of this very text moves them all the way). Nothing changes when none is similar enough.
     */
    public Applied apply(AreaModel model, CaseFeatures features, Map<CoverageArea, Double> probabilities) {
        Correction nearest = null;
        double best = 0;
        for (Correction c : new ArrayList<>(corrections)) {
            double s = model.similarity(features, c.features());
            if (s > best || s == best && nearest != null && c.id() > nearest.id()) {
                best = s;
                nearest = c;
            }
        }
        if (nearest == null || best < SIMILAR) {
            return null;
        }
        double weight = Math.min(1, (best - SIMILAR) / (SAME - SIMILAR));
        Map<CoverageArea, Double> moved = new EnumMap<>(CoverageArea.class);
        for (CoverageArea area : CoverageArea.values()) {
            double p = probabilities.getOrDefault(area, 0.0) * (1 - weight) + (area == nearest.area() ? weight : 0);
            moved.put(area, p);
        }
        probabilities.putAll(moved);
        return new Applied(nearest, best);
    }
}
