package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms that pushed a prediction most: for the chosen area, weight x value of each feature of
 * the case, largest first, of the readable families only (words, bigrams, command names; not
 * character n-grams or signature flags, which the matched known issues explain), shown as the case
 * wrote them, without numbers or one-letter tokens (function words are already gone in the chains).
 */
final class TopTerms {

    static final int MAX = 8;

    private TopTerms() {
    }

    static List<String> of(CaseFeatures features, TfIdf.Vector x, TfIdf space, float[] weights, int area, int classes) {
        List<double[]> pushes = new ArrayList<>();
        for (int j = 0; j < x.index().length; j++) {
            double push = weights[x.index()[j] * classes + area] * x.value()[j];
            if (push > 0) {
                pushes.add(new double[] {push, j});
            }
        }
        pushes.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
        Set<String> terms = new LinkedHashSet<>();
        for (double[] push : pushes) {
            String key = space.key(x.index()[(int) push[1]]);
            String family = CaseFeatures.family(key);
            String written = features.written().get(key);
            if (written != null && (family.equals("w") || family.equals("b") || family.equals("cmd")) && readable(written)) {
                terms.add(written);
                if (terms.size() == MAX) {
                    break;
                }
            }
        }
        return List.copyOf(terms);
    }

    private static final Pattern NUMBERISH = Pattern.compile("(?i)v?[\\d.:/_-]*\\d[\\d.:/_-]*[a-z]{0,2}");
    private static final Pattern NAME_NUMBER = Pattern.compile("\\p{L}+\\d+");

    /**
     * Readable: at least two characters with a letter, not a number, version, address or port
     * ({@code 1.28.5}, {@code v1.29}, {@code 10.0.0.1}, {@code 443/tcp}), and more letters than digits
     * unless it is a name with a number ({@code x509}, {@code ipv4}).
     */
    static boolean readable(String term) {
        long letters = term.codePoints().filter(Character::isLetter).count();
        long digits = term.codePoints().filter(Character::isDigit).count();
        return term.codePointCount(0, term.length()) >= 2 && letters > 0 && !NUMBERISH.matcher(term).matches()
                && (letters > digits || NAME_NUMBER.matcher(term).matches());
    }
}
