package org.triagedesk.classification.control;

import java.util.Map;

/**
 * The features of one case text before weighting: how often each feature occurs, by its key (a family
 * prefix and the term, e.g. {@code w:certif}, {@code b:node notreadi}, {@code c:x509}, {@code cmd:az aksarc},
 * {@code sig:KI-0124}), and for the readable ones the words as the case wrote them, for explanations.
 * Made by {@link FeatureExtractor}; TF-IDF weighting is the model's job, fitted on its training data.
 */
public record CaseFeatures(Map<String, Integer> counts, Map<String, String> written) {

    public CaseFeatures {
        counts = Map.copyOf(counts);
        written = Map.copyOf(written);
    }

    /** The family of a feature key: the part before the first colon ({@code w}, {@code b}, {@code c}, {@code cmd}, {@code sig}, {@code sigarea}). */
    public static String family(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? "" : key.substring(0, colon);
    }
}
