package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words a case shares with the texts that voted for its area: the words that decided it. Texts
 * are compared by their analysed terms (so "expired" meets "expiry"), and each shared term is shown
 * as the case itself wrote it first, not as its stem.
 */
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
        String text = head(caseText, CASE_CHARS);
        Map<String, Integer> caseTerms = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        tokens(text, (term, start, end) -> {
            caseTerms.merge(term, 1, Integer::sum);
            written.putIfAbsent(term, text.substring(start, end));
        });
        Set<String> theirs = neighbourTexts.stream().flatMap(t -> terms(head(t, NEIGHBOUR_CHARS)).stream()).collect(Collectors.toSet());
        return caseTerms.entrySet().stream().filter(e -> theirs.contains(e.getKey()) && e.getKey().length() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> written.get(e.getKey()).toLowerCase(Locale.ROOT)).distinct().limit(MAX_TERMS).toList();
    }

    @FunctionalInterface
    interface TokenSink {
        void token(String term, int start, int end);
    }

    private static String head(String text, int chars) {
        return text == null || text.length() <= chars ? text : text.substring(0, chars);
    }

    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        tokens(text, (term, start, end) -> terms.add(term));
        return terms;
    }

    private void tokens(String text, TokenSink sink) {
        String input = text == null ? "" : text;
        try (TokenStream stream = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Math.max(0, Math.min(offset.startOffset(), input.length()));
                int end = Math.max(start, Math.min(offset.endOffset(), input.length()));
                sink.token(term.toString(), start, end == start ? Math.min(input.length(), start + term.length()) : end);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
