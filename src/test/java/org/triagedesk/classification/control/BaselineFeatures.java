package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.Evidence;

/**
 * The textbook baseline's features, without Lucene: the whole text (title, description, all evidence)
 * lower-cased, word 1-2-grams of runs of two or more word characters ({@code w:}) and character
 * 2-4-grams over the text with runs of white space folded ({@code c:}): two blocks, each L2-normalised
 * by {@link TfIdf}, as a union of two TF-IDF vectorisers would be.
 */
final class BaselineFeatures {

    private static final Pattern TOKEN = Pattern.compile("(?U)\\b\\w\\w+\\b");
    static final int MAX_CHARS = 20_000;

    private BaselineFeatures() {
    }

    static CaseFeatures of(CaseText text) {
        StringBuilder all = new StringBuilder(text.title() == null ? "" : text.title()).append('\n')
                .append(text.description() == null ? "" : text.description());
        for (Evidence e : text.evidence()) {
            all.append('\n').append(e.content());
        }
        String lower = all.length() > MAX_CHARS ? all.substring(0, MAX_CHARS) : all.toString();
        lower = lower.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            counts.merge("w:" + tokens.get(i), 1, Integer::sum);
            if (i + 1 < tokens.size()) {
                counts.merge("w:" + tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
            }
        }
        String folded = lower.replaceAll("\\s+", " ");
        for (int n = 2; n <= 4; n++) {
            for (int i = 0; i + n <= folded.length(); i++) {
                counts.merge("c:" + folded.substring(i, i + n), 1, Integer::sum);
            }
        }
        return new CaseFeatures(counts, Map.of());
    }
}
