package org.triagedesk.kernel;


import org.triagedesk.kernel.TriageAnalyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.core.TypeTokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.pattern.PatternTokenizerFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The one definition of the analysis chains of {@link TriageAnalyzers}, as plain Lucene
 * {@link CustomAnalyzer}s: the search indexes register these (through {@link TriageAnalysisConfigurer})
 * and the area model's features are read with the same chains, so a word means the same to both.
 * Each call builds a fresh analyzer; an analyzer is thread-safe and may be kept and shared.
 */
public final class AnalysisChains {

    /** Every synonym group: expanded into documents when they are indexed. */
    public static final String SYNONYMS = "analysis/synonyms.txt";
    /** Only the one-word synonyms: expanded in queries, where multi-word ones would explode a long query. */
    public static final String QUERY_SYNONYMS = "analysis/synonyms-query.txt";

    /** Every analyzer name with its chain; {@link TriageAnalyzers#KEYWORD} is a normalizer, see {@link #keywordNormalizer()}. */
    public static final List<String> ANALYZERS = List.of(TriageAnalyzers.ENGLISH, TriageAnalyzers.ENGLISH_SEARCH,
            TriageAnalyzers.ENGLISH_PLAIN, TriageAnalyzers.JAPANESE, TriageAnalyzers.JAPANESE_SEARCH, TriageAnalyzers.SIGNATURE);

    private AnalysisChains() {
    }

    /** A fresh analyzer for one of {@link #ANALYZERS}. */
    public static Analyzer analyzer(String name) {
        try {
            return switch (name) {
                case TriageAnalyzers.ENGLISH -> english(SYNONYMS);
                case TriageAnalyzers.ENGLISH_SEARCH -> english(QUERY_SYNONYMS);
                case TriageAnalyzers.ENGLISH_PLAIN -> english(null);
                case TriageAnalyzers.JAPANESE -> japanese(SYNONYMS);
                case TriageAnalyzers.JAPANESE_SEARCH -> japanese(QUERY_SYNONYMS);
                case TriageAnalyzers.SIGNATURE -> builder()
                        .withTokenizer(PatternTokenizerFactory.class, "pattern", "[^\\p{L}\\p{N}]+")
                        .addTokenFilter(LowerCaseFilterFactory.class)
                        .addTokenFilter(ShingleFilterFactory.class, "minShingleSize", "2", "maxShingleSize", "3", "outputUnigrams", "false")
                        .build();
                default -> throw new IllegalArgumentException("no analyzer " + name + "; one of " + ANALYZERS);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resources of analyzer " + name, e);
        }
    }

    /** Every analyzer of {@link #ANALYZERS}, fresh, by name. */
    public static Map<String, Analyzer> all() {
        Map<String, Analyzer> all = new LinkedHashMap<>();
        ANALYZERS.forEach(name -> all.put(name, analyzer(name)));
        return all;
    }

    /** {@link TriageAnalyzers#KEYWORD}: the whole value as one lower-cased token. */
    public static Analyzer keywordNormalizer() {
        try {
            return builder().withTokenizer(KeywordTokenizerFactory.class).addTokenFilter(LowerCaseFilterFactory.class).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * English: the standard tokenizer, CJK tokens dropped (the Japanese chain reads them), lower case,
     * this field's synonyms (none when {@code synonyms} is null), English stop words, Porter stems.
     */
    private static Analyzer english(String synonyms) throws IOException {
        CustomAnalyzer.Builder chain = builder()
                .withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(TypeTokenFilterFactory.class, "types", "analysis/cjk-types.txt")
                .addTokenFilter(LowerCaseFilterFactory.class);
        if (synonyms != null) {
            chain.addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", synonyms, "ignoreCase", "true", "expand", "true")
                    .addTokenFilter(FlattenGraphFilterFactory.class);
        }
        return chain.addTokenFilter(StopFilterFactory.class).addTokenFilter(PorterStemFilterFactory.class).build();
    }

    /**
     * Japanese: Kuromoji in search mode, base forms, full-width folded, lower case, synonyms to the
     * English terms, then particles, auxiliary verbs and the commonest words dropped: without them
     * every Japanese text resembles every other. The English stop words and stems apply to the Latin
     * words of a Japanese text.
     */
    private static Analyzer japanese(String synonyms) throws IOException {
        return builder()
                .withTokenizer(JapaneseTokenizerFactory.class, "mode", "search")
                .addTokenFilter(JapaneseBaseFormFilterFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", synonyms, "ignoreCase", "true", "expand", "true")
                .addTokenFilter(FlattenGraphFilterFactory.class)
                .addTokenFilter(JapanesePartOfSpeechStopFilterFactory.class, "tags", "org/apache/lucene/analysis/ja/stoptags.txt")
                .addTokenFilter(StopFilterFactory.class, "words", "org/apache/lucene/analysis/ja/stopwords.txt")
                .addTokenFilter(StopFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class)
                .build();
    }

    private static CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(AnalysisChains.class.getClassLoader()));
    }
}
