package org.triagedesk.knowledgebase.control;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Defines the analyzers of {@link TriageAnalyzers} for the Lucene backend. */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Every synonym group: expanded into documents when they are indexed. */
    static final String SYNONYMS = "analysis/synonyms.txt";
    /** Only the one-word synonyms: expanded in queries, where multi-word ones would explode a long query. */
    static final String QUERY_SYNONYMS = "analysis/synonyms-query.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        english(context, TriageAnalyzers.ENGLISH, SYNONYMS);
        english(context, TriageAnalyzers.ENGLISH_SEARCH, QUERY_SYNONYMS);
        context.analyzer(TriageAnalyzers.ENGLISH_PLAIN).custom()
                .tokenizer("standard")
                .tokenFilter("type").param("types", "analysis/cjk-types.txt")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        japanese(context, TriageAnalyzers.JAPANESE, SYNONYMS);
        japanese(context, TriageAnalyzers.JAPANESE_SEARCH, QUERY_SYNONYMS);
        context.analyzer(TriageAnalyzers.SIGNATURE).custom()
                .tokenizer("pattern").param("pattern", "[^\\p{L}\\p{N}]+")
                .tokenFilter("lowercase")
                .tokenFilter("shingle").param("minShingleSize", "2").param("maxShingleSize", "3")
                .param("outputUnigrams", "false");
        context.normalizer(TriageAnalyzers.KEYWORD).custom().tokenFilter("lowercase");
    }

    private static void english(LuceneAnalysisConfigurationContext context, String name, String synonyms) {
        context.analyzer(name).custom()
                .tokenizer("standard")
                .tokenFilter("type").param("types", "analysis/cjk-types.txt")
                .tokenFilter("lowercase")
                .tokenFilter("synonymGraph").param("synonyms", synonyms).param("ignoreCase", "true").param("expand", "true")
                .tokenFilter("flattenGraph")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }

    private static void japanese(LuceneAnalysisConfigurationContext context, String name, String synonyms) {
        context.analyzer(name).custom()
                .tokenizer("japanese").param("mode", "search")
                .tokenFilter("japaneseBaseForm")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("synonymGraph").param("synonyms", synonyms).param("ignoreCase", "true").param("expand", "true")
                .tokenFilter("flattenGraph")
                // Particles, auxiliary verbs and the commonest words carry no meaning of their own; without
                // them every Japanese text resembles every other.
                .tokenFilter("japanesePartOfSpeechStop").param("tags", "org/apache/lucene/analysis/ja/stoptags.txt")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/ja/stopwords.txt")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
    }
}
