package org.triagedesk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/**
 * The words of an area's explanation that are worth showing a person: the classifier may have counted "192",
 * "168" (an address), "the" or "まま", but they explain nothing. Left out: a term made only of digits and
 * punctuation (numbers, addresses, versions), an English or Japanese stop word (Lucene's lists), a single
 * Latin letter, and a term written in hiragana alone (Japanese particles and function words such as まま or
 * ている). A phrase of several words stays when one of its words is worth showing.
 */
public final class ShownTerms {

    private static final Pattern NUMBERISH = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+");
    private static final Pattern HIRAGANA = Pattern.compile("[\\p{IsHiragana}ー\\s]+");
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet JAPANESE = JapaneseAnalyzer.getDefaultStopSet();

    private ShownTerms() {
    }

    /** The terms worth showing, in their order, each once. */
    public static List<String> of(List<String> terms) {
        return terms == null ? List.of() : terms.stream().filter(ShownTerms::worthShowing).distinct().toList();
    }

    public static boolean worthShowing(String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        return Arrays.stream(term.strip().split("\\s+")).anyMatch(ShownTerms::wordWorthShowing);
    }

    private static boolean wordWorthShowing(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (NUMBERISH.matcher(word).matches() || HIRAGANA.matcher(word).matches()) {
            return false;
        }
        if (ENGLISH.contains(lower) || JAPANESE.contains(word)) {
            return false;
        }
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)) && word.charAt(0) < 0x80);
    }
}
