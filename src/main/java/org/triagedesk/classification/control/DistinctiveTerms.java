package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.platform.Language;

/**
 * The words of a long text that tell it apart, as one Lucene query (the idea of Lucene's
 * more-like-this): the text is analysed as a search would analyse it, each distinct term weighs
 * its frequency in the text times its inverse document frequency in the index, and only the
 * {@code maxTerms} heaviest are searched, each boosted by how often the text says it.
 *
 * <p>A case of a few hundred words searched word by word makes one clause per word, repeated words
 * included; most of them are words every document has ("cluster", "node") whose long posting lists
 * cost the most and decide the least. Searching the distinctive ones finds the same neighbours for
 * a fraction of the work (issue 7; the evaluation in {@code docs/evaluation.md} judges the choice of
 * {@code maxTerms}).
 * <p>
 * Over 150 lines: the term weighing, the index statistics it reads and the Japanese/English analysis it must share
 * with search; one query builder, kept whole.
 */
public final class DistinctiveTerms {

    /**
     * One word of the text as the index knows it: its term, or its terms when the analyzer put
     * synonyms at its position (searched as one Lucene {@link SynonymQuery}, as a word-by-word
     * search would); how often the text says it and how rare it is in the index.
     */
    public record Weighted(String field, List<String> terms, int frequency, double idf) {

        public double weight() {
            return frequency * idf;
        }

        Query query() {
            if (terms.size() == 1) {
                return new TermQuery(new Term(field, terms.get(0)));
            }
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            terms.forEach(t -> synonyms.addTerm(new Term(field, t)));
            return synonyms.build();
        }
    }

    private static final int MAX_TOKENS = 20_000;

    private DistinctiveTerms() {
    }

    /**
     * The {@code maxTerms} heaviest terms of {@code text} in {@code field}, heaviest first. Terms no
     * document of {@code reader} has are left out: they cannot match.
     */
    public static List<Weighted> of(IndexReader reader, Analyzer analyzer, String field, String text, int maxTerms) {
        return select(reader, field, frequencies(analyzer, field, text), maxTerms);
    }

    static List<Weighted> select(IndexReader reader, String field, Map<List<String>, Integer> frequencies, int maxTerms) {
        int documents = Math.max(reader.numDocs(), 1);
        List<Weighted> weighted = new ArrayList<>(frequencies.size());
        try {
            for (Map.Entry<List<String>, Integer> entry : frequencies.entrySet()) {
                int df = 0;
                for (String t : entry.getKey()) {
                    df = Math.max(df, reader.docFreq(new Term(field, t)));
                }
                if (df > 0) {
                    weighted.add(new Weighted(field, entry.getKey(), entry.getValue(), idf(df, documents)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(w -> w.terms().get(0)));
        return weighted.size() > maxTerms ? List.copyOf(weighted.subList(0, maxTerms)) : weighted;
    }

    /** Every word of a short text, unweighted by the index: nothing to choose between. */
    static List<Weighted> all(String field, Map<List<String>, Integer> frequencies) {
        List<Weighted> all = new ArrayList<>(frequencies.size());
        frequencies.forEach((terms, frequency) -> all.add(new Weighted(field, terms, frequency, 1.0)));
        return all;
    }

    /** The terms as one query: any of them may match, each counted as often as the text says it. */
    public static Query query(List<Weighted> terms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Weighted w : terms) {
            Query term = w.query();
            any.add(w.frequency() == 1 ? term : new BoostQuery(term, w.frequency()), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The distinctive terms of a case's text over the shared text fields of {@code types}: the
     * English field always, the Japanese one too when the text has Japanese in it (see
     * {@link TriageAnalyzers#textFields}), each with its own {@code maxTerms}.
     */
    public static Query forText(EntityManager em, Collection<? extends Class<?>> types, String text, int maxTerms) {
        LuceneBackend backend = Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
        Map<String, Map<List<String>, Integer>> fields = new LinkedHashMap<>();
        fields.put(TriageAnalyzers.TEXT, frequencies(backend.analyzer(TriageAnalyzers.ENGLISH_SEARCH).orElseThrow(), TriageAnalyzers.TEXT, text));
        if (Language.ofText(text) == Language.JA) {
            fields.put(TriageAnalyzers.TEXT_JA,
                    frequencies(backend.analyzer(TriageAnalyzers.JAPANESE_SEARCH).orElseThrow(), TriageAnalyzers.TEXT_JA, text));
        }
        List<Weighted> terms = new ArrayList<>();
        if (fields.values().stream().allMatch(f -> f.size() <= maxTerms)) {
            // a short text: every word is searched, the index need not be asked which are rare
            fields.forEach((field, frequencies) -> terms.addAll(all(field, frequencies)));
            return query(terms);
        }
        try (IndexReader reader = Search.session(em).scope(types).extension(LuceneExtension.get()).openIndexReader()) {
            fields.forEach((field, frequencies) -> terms.addAll(select(reader, field, frequencies, maxTerms)));
            return query(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How much a word the glossary carried over from the other language counts, against a word the case wrote.
     * Chosen on the dev split of kb/examples (KnownIssueHarnessTest): 0.3 and 0.45 give hit@1 0.654, hit@3 0.808,
     * 0.6 gives 0.615 / 0.808; at 0.45 and above, the carried words of a short English case let Japanese-only
     * issues that share only generic words (upgrade, pod, crash) push its own best match out of the top five.
     * {@code -Dtriage.glossary.weight} changes it for the harness.
     */
    static final float TRANSLATED = Float.parseFloat(System.getProperty("triage.glossary.weight", "0.3"));

    /**
     * As {@link #forText(EntityManager, Collection, String, int)}, with words of the other language that the
     * glossary gives for the text: {@code english} searched in the English field, {@code japanese} in the Japanese
     * one, each counting {@value #TRANSLATED} of a word the case wrote. So a Japanese case finds an English-only
     * known issue and the reverse.
     */
    public static Query forText(EntityManager em, Collection<? extends Class<?>> types, String text, List<String> english,
            List<String> japanese, int maxTerms) {
        Query own = forText(em, types, text, maxTerms);
        if (english.isEmpty() && japanese.isEmpty()) {
            return own;
        }
        LuceneBackend backend = Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
        List<Weighted> carried = new ArrayList<>();
        if (!english.isEmpty()) {
            carried.addAll(all(TriageAnalyzers.TEXT, frequencies(backend.analyzer(TriageAnalyzers.ENGLISH_SEARCH).orElseThrow(),
                    TriageAnalyzers.TEXT, String.join("\n", english))));
        }
        if (!japanese.isEmpty()) {
            carried.addAll(all(TriageAnalyzers.TEXT_JA, frequencies(backend.analyzer(TriageAnalyzers.JAPANESE_SEARCH).orElseThrow(),
                    TriageAnalyzers.TEXT_JA, String.join("\n", japanese))));
        }
        return new BooleanQuery.Builder()
                .add(own, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(query(carried.size() > maxTerms ? carried.subList(0, maxTerms) : carried), TRANSLATED),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** BM25's inverse document frequency, the same as the scoring uses. */
    static double idf(int df, int documents) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    /** Each word of the text, with the synonyms at its position, and how often the text says it. */
    static Map<List<String>, Integer> frequencies(Analyzer analyzer, String field, String text) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int tokens = 0;
            TreeSet<String> position = new TreeSet<>();
            while (stream.incrementToken() && tokens++ < MAX_TOKENS) {
                if (increment.getPositionIncrement() > 0 && !position.isEmpty()) {
                    counts.merge(List.copyOf(position), 1, Integer::sum);
                    position.clear();
                }
                if (term.length() > 0) {
                    position.add(term.toString());
                }
            }
            if (!position.isEmpty()) {
                counts.merge(List.copyOf(position), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
