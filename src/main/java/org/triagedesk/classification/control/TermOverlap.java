package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The analysed terms a case shares with the texts that voted for its area: the words that decided it. */
public class TermOverlap {

    static final int MAX_TERMS = 10;
    /** Enough of a text to show the words that decided; analysing whole pasted logs would cost more than the search. */
    static final int CASE_CHARS = 20_000;
    static final int NEIGHBOUR_CHARS = 4_000;

    private final Analyzer analyzer;

    public TermOverlap(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public List<String> shared(String caseText, List<String> neighbourTexts) {
        Map<String, Integer> caseTerms = new LinkedHashMap<>();
        terms(head(caseText, CASE_CHARS)).forEach(t -> caseTerms.merge(t, 1, Integer::sum));
        Set<String> theirs = neighbourTexts.stream().flatMap(t -> terms(head(t, NEIGHBOUR_CHARS)).stream()).collect(Collectors.toSet());
        return caseTerms.entrySet().stream().filter(e -> theirs.contains(e.getKey()) && e.getKey().length() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_TERMS).map(Map.Entry::getKey).toList();
    }

    private static String head(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars);
    }

    List<String> terms(String text) {
        List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
