package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.CharsRef;
import org.junit.jupiter.api.Test;

class DistinctiveTermsTest {

    static final String FIELD = "text";

    @Test
    void keepsTheRareWordsOfALongTextAndDropsTheCommonOnes() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, "cluster node pod", "cluster node kubelet", "cluster node calico", "cluster node coredns", "cluster node metallb");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<DistinctiveTerms.Weighted> picked = DistinctiveTerms.of(reader, new WhitespaceAnalyzer(), FIELD,
                        "cluster node cluster node calico metallb unknownword", 2);
                assertEquals(List.of("calico", "metallb"), picked.stream().map(w -> w.terms().get(0)).sorted().toList(),
                        "the two rarest words, not the ones every document has");
                List<DistinctiveTerms.Weighted> all = DistinctiveTerms.of(reader, new WhitespaceAnalyzer(), FIELD,
                        "cluster node cluster node calico metallb unknownword", 10);
                assertEquals(4, all.size(), "a word no document has cannot match and is left out");
                assertEquals(2, all.stream().filter(w -> w.terms().get(0).equals("cluster")).findFirst().orElseThrow().frequency());
                assertTrue(all.get(0).weight() > all.get(all.size() - 1).weight(), "heaviest first");
            }
        }
    }

    @Test
    void repeatedWordsCountAndSynonymsStayOneWord() throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        builder.add(new CharsRef("lb"), new CharsRef("loadbalancer"), true);
        SynonymMap synonyms = builder.build();
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new SynonymGraphFilter(tokenizer, synonyms, true));
            }
        };
        Map<List<String>, Integer> counts = DistinctiveTerms.frequencies(analyzer, FIELD, "lb pending lb pending pending");
        assertEquals(Map.of(List.of("lb", "loadbalancer"), 2, List.of("pending"), 3), counts);

        Query query = DistinctiveTerms.query(DistinctiveTerms.all(FIELD, counts));
        BooleanQuery any = (BooleanQuery) query;
        assertEquals(2, any.clauses().size());
        Query first = any.clauses().get(0).getQuery();
        assertTrue(first instanceof BoostQuery boost && boost.getBoost() == 2f && boost.getQuery() instanceof SynonymQuery,
                "a word said twice counts twice, its synonyms searched as one: " + first);
    }

    @Test
    void anEmptyTextMakesAnEmptyQuery() {
        Map<List<String>, Integer> counts = DistinctiveTerms.frequencies(new WhitespaceAnalyzer(), FIELD, "   ");
        assertTrue(counts.isEmpty());
        assertFalse(((BooleanQuery) DistinctiveTerms.query(DistinctiveTerms.all(FIELD, counts))).clauses().iterator().hasNext());
    }

    @Test
    void idfFallsAsMoreDocumentsHaveTheWord() {
        assertTrue(DistinctiveTerms.idf(1, 1000) > DistinctiveTerms.idf(10, 1000));
        assertTrue(DistinctiveTerms.idf(999, 1000) > 0, "BM25's idf never goes negative");
    }

    private static void index(ByteBuffersDirectory dir, String... texts) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new TextField(FIELD, text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }
}
