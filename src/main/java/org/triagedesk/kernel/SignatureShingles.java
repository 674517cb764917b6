package org.triagedesk.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word n-grams (two and three words) of a text, exactly as the {@link TriageAnalyzers#SIGNATURE}
 * analyzer indexes log signatures. A query is built from them term by term: handing pasted logs to
 * the analyzer instead would make Lucene expand the overlapping shingles into a graph query of
 * combinatorial size.
 */
public final class SignatureShingles {

    static final int MAX = 1_500;

    private SignatureShingles() {
    }

    public static Set<String> of(String text) {
        Set<String> shingles = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            List<String> words = new ArrayList<>();
            for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            for (int i = 0; i < words.size() && shingles.size() < MAX; i++) {
                if (i + 1 < words.size()) {
                    shingles.add(words.get(i) + " " + words.get(i + 1));
                }
                if (i + 2 < words.size()) {
                    shingles.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
                }
            }
        }
        return shingles;
    }
}
