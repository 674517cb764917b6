package org.triagedesk.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The one definition of the analysis chains of {@link TriageAnalyzers}, backend-neutral: each chain is a tokenizer and
 * token filters ({@link Step}), from which {@link #analyzer(String)} builds a plain Lucene {@link CustomAnalyzer} (the
 * Lucene backend registers these, and the area model reads text with the same chains, so a word means the same to
 * both) and the Elasticsearch backend's configurer builds the same chain as OpenSearch index settings (issue 18).
 * Each call builds a fresh analyzer; an analyzer is thread-safe and may be kept and shared.
 *
 * <p>Japanese: Kuromoji where it runs (Lucene, or OpenSearch with the {@code analysis-kuromoji} plugin installed);
 * {@link JapaneseAnalysis#CJK_BIGRAM} is the chain for an OpenSearch without that plugin (standard tokenizer and
 * {@code cjk_bigram}, both in {@code analysis-common}), measured in {@code docs/evaluation.md}.
 *
 * <p>Over 150 lines on purpose: every chain of both languages, for both backends, is defined in this one file, so
 * that a change of a filter cannot reach Lucene without reaching OpenSearch.
 */
public final class AnalysisChains {

    /** Every synonym group: expanded into documents when they are indexed. */
    public static final String SYNONYMS = "analysis/synonyms.txt";
    /** Only the one-word synonyms: expanded in queries, where multi-word ones would explode a long query. */
    public static final String QUERY_SYNONYMS = "analysis/synonyms-query.txt";
    static final String CJK_TYPES = "analysis/cjk-types.txt";
    static final String JA_STOP_TAGS = "org/apache/lucene/analysis/ja/stoptags.txt";
    static final String JA_STOP_WORDS = "org/apache/lucene/analysis/ja/stopwords.txt";

    /** Every analyzer name with its chain; {@link TriageAnalyzers#KEYWORD} is a normalizer, see {@link #keywordNormalizer()}. */
    public static final List<String> ANALYZERS = List.of(TriageAnalyzers.ENGLISH, TriageAnalyzers.ENGLISH_SEARCH,
            TriageAnalyzers.ENGLISH_PLAIN, TriageAnalyzers.JAPANESE, TriageAnalyzers.JAPANESE_SEARCH, TriageAnalyzers.SIGNATURE);

    /** How Japanese is cut into words. */
    public enum JapaneseAnalysis {
        /** Kuromoji's morphological analysis, base forms, parts of speech: the default. */
        KUROMOJI,
        /** Overlapping pairs of CJK characters: what an OpenSearch without the Kuromoji plugin can do. */
        CJK_BIGRAM;

        /**
         * {@code triage.analysis.japanese} (TRIAGE_ANALYSIS_JAPANESE) {@code kuromoji} or {@code cjk_bigram}; unset,
         * Kuromoji on the Lucene backend and CJK pairs on the Elasticsearch one (TRIAGE_SEARCH_BACKEND), whose
         * OpenSearch has no Kuromoji unless its plugin is installed (then say {@code kuromoji}).
         */
        public static JapaneseAnalysis configured() {
            String backend = setting("triage.search.backend", "TRIAGE_SEARCH_BACKEND", "lucene");
            String value = setting("triage.analysis.japanese", "TRIAGE_ANALYSIS_JAPANESE",
                    backend.strip().equalsIgnoreCase("elasticsearch") ? "cjk_bigram" : "kuromoji");
            return value.strip().equalsIgnoreCase("cjk_bigram") ? CJK_BIGRAM : KUROMOJI;
        }

        private static String setting(String property, String environment, String fallback) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environment);
            }
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * One tokenizer or token filter, named as each backend names it: the Lucene factory with its parameters (resource
     * files by classpath name) and the OpenSearch type with its parameters (resource files read into lists, since an
     * OpenSearch node has none of the app's files).
     */
    public record Step(String name, Class<?> lucene, Map<String, String> luceneParams, String opensearchType,
            Map<String, Object> opensearchParams) {

        public Step {
            luceneParams = Map.copyOf(luceneParams);
            opensearchParams = Map.copyOf(opensearchParams);
        }

        public boolean isTokenizer() {
            return TokenizerFactory.class.isAssignableFrom(lucene);
        }

        /** The step as OpenSearch's built-in of that type with no parameters: nothing to declare in the settings. */
        public boolean builtIn() {
            return opensearchParams.isEmpty();
        }

        String[] luceneParamArray() {
            List<String> flat = new ArrayList<>();
            luceneParams.forEach((k, v) -> {
                flat.add(k);
                flat.add(v);
            });
            return flat.toArray(String[]::new);
        }
    }

    /** A tokenizer and its filters, in order. */
    public record Chain(String name, Step tokenizer, List<Step> filters) {
        public Chain {
            filters = List.copyOf(filters);
        }
    }

    private AnalysisChains() {
    }

    /** The chain of one of {@link #ANALYZERS}, with the Japanese analysis of this process. */
    public static Chain chain(String name) {
        return chain(name, JapaneseAnalysis.configured());
    }

    /** The chain of one of {@link #ANALYZERS}. */
    public static Chain chain(String name, JapaneseAnalysis japanese) {
        return switch (name) {
            case TriageAnalyzers.ENGLISH -> english(name, SYNONYMS);
            case TriageAnalyzers.ENGLISH_SEARCH -> english(name, QUERY_SYNONYMS);
            case TriageAnalyzers.ENGLISH_PLAIN -> english(name, null);
            case TriageAnalyzers.JAPANESE -> japanese(name, SYNONYMS, japanese);
            case TriageAnalyzers.JAPANESE_SEARCH -> japanese(name, QUERY_SYNONYMS, japanese);
            case TriageAnalyzers.SIGNATURE -> new Chain(name,
                    new Step("triage_signature_words", PatternTokenizerFactory.class, Map.of("pattern", "[^\\p{L}\\p{N}]+"), "pattern",
                            Map.of("pattern", "[^\\p{L}\\p{N}]+")),
                    List.of(lowercase(), new Step("triage_signature_shingles", ShingleFilterFactory.class,
                            Map.of("minShingleSize", "2", "maxShingleSize", "3", "outputUnigrams", "false"), "shingle",
                            Map.of("min_shingle_size", 2, "max_shingle_size", 3, "output_unigrams", false))));
            default -> throw new IllegalArgumentException("no analyzer " + name + "; one of " + ANALYZERS);
        };
    }

    /** A fresh Lucene analyzer for one of {@link #ANALYZERS}. */
    public static Analyzer analyzer(String name) {
        return lucene(chain(name));
    }

    /** A fresh Lucene analyzer for one of {@link #ANALYZERS} with the given Japanese analysis (the evaluation compares them). */
    public static Analyzer analyzer(String name, JapaneseAnalysis japanese) {
        return lucene(chain(name, japanese));
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
     * The chain as OpenSearch must be given it. Lucene reads a synonym file's words as they are (split on white
     * space); OpenSearch runs each word through the chain's steps before the synonym filter and refuses the whole
     * list when one of them comes out empty (a Japanese word in the English chain, which drops CJK tokens). So each
     * synonym step here carries, per group, only the words that come out of the steps before it, under a name of its
     * own chain's: what the Lucene chain could ever match.
     */
    public static Chain forOpenSearch(Chain chain) {
        List<Step> filters = new ArrayList<>();
        for (int i = 0; i < chain.filters().size(); i++) {
            Step step = chain.filters().get(i);
            if (!step.opensearchType().equals("synonym_graph")) {
                filters.add(step);
                continue;
            }
            Analyzer before = lucene(new Chain(chain.name() + "_before_synonyms", chain.tokenizer(), chain.filters().subList(0, i)));
            List<String> groups = new ArrayList<>();
            for (Object line : (List<?>) step.opensearchParams().get("synonyms")) {
                List<String> kept = new ArrayList<>();
                for (String word : String.valueOf(line).split(",")) {
                    if (!word.isBlank() && whole(before, word.strip())) {
                        kept.add(word.strip());
                    }
                }
                if (kept.size() > 1) {
                    groups.add(String.join(", ", kept));
                }
            }
            Map<String, Object> params = new LinkedHashMap<>(step.opensearchParams());
            params.put("synonyms", groups);
            filters.add(new Step(step.name() + "_" + chain.name(), step.lucene(), step.luceneParams(), step.opensearchType(), params));
        }
        return new Chain(chain.name(), chain.tokenizer(), filters);
    }

    /**
     * Whether the steps keep the word whole: at least one token and no hole where a part was dropped (OpenSearch
     * refuses "仮想 IP" in the English chain, whose "仮想" is dropped before "ip").
     */
    static boolean whole(Analyzer analyzer, String word) {
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("f", word)) {
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() != 1) {
                    return false;
                }
                tokens++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens > 0;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @SuppressWarnings("unchecked")
    static Analyzer lucene(Chain chain) {
        try {
            CustomAnalyzer.Builder builder = builder().withTokenizer((Class<? extends TokenizerFactory>) chain.tokenizer().lucene(),
                    chain.tokenizer().luceneParamArray());
            for (Step filter : chain.filters()) {
                builder.addTokenFilter((Class<? extends TokenFilterFactory>) filter.lucene(), filter.luceneParamArray());
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resources of analyzer " + chain.name(), e);
        }
    }

    /**
     * English: the standard tokenizer, CJK tokens dropped (the Japanese chain reads them), lower case,
     * this field's synonyms (none when {@code synonyms} is null), English stop words, Porter stems.
     */
    private static Chain english(String name, String synonyms) {
        List<Step> filters = new ArrayList<>();
        filters.add(new Step("triage_drop_cjk", TypeTokenFilterFactory.class, Map.of("types", CJK_TYPES), "keep_types",
                Map.of("types", lines(CJK_TYPES), "mode", "exclude")));
        filters.add(lowercase());
        if (synonyms != null) {
            filters.add(synonyms(synonyms));
            filters.add(flatten());
        }
        filters.add(englishStop());
        filters.add(porter());
        return new Chain(name, standard(), filters);
    }

    /**
     * Japanese with Kuromoji: search mode, base forms, full-width folded, lower case, synonyms to the
     * English terms, then particles, auxiliary verbs and the commonest words dropped: without them
     * every Japanese text resembles every other. The English stop words and stems apply to the Latin
     * words of a Japanese text. With {@link JapaneseAnalysis#CJK_BIGRAM}: the standard tokenizer, full width folded,
     * lower case, CJK pairs, then the same synonyms, stop words and stems.
     */
    private static Chain japanese(String name, String synonyms, JapaneseAnalysis analysis) {
        if (analysis == JapaneseAnalysis.CJK_BIGRAM) {
            return new Chain(name, standard(), List.of(
                    new Step("cjk_width", CJKWidthFilterFactory.class, Map.of(), "cjk_width", Map.of()),
                    lowercase(),
                    new Step("cjk_bigram", CJKBigramFilterFactory.class, Map.of(), "cjk_bigram", Map.of()),
                    synonyms(synonyms), flatten(), englishStop(), porter()));
        }
        return new Chain(name,
                new Step("triage_kuromoji", JapaneseTokenizerFactory.class, Map.of("mode", "search"), "kuromoji_tokenizer",
                        Map.of("mode", "search")),
                List.of(new Step("kuromoji_baseform", JapaneseBaseFormFilterFactory.class, Map.of(), "kuromoji_baseform", Map.of()),
                        new Step("cjk_width", CJKWidthFilterFactory.class, Map.of(), "cjk_width", Map.of()),
                        lowercase(), synonyms(synonyms), flatten(),
                        new Step("triage_ja_pos", JapanesePartOfSpeechStopFilterFactory.class, Map.of("tags", JA_STOP_TAGS),
                                "kuromoji_part_of_speech", Map.of("stoptags", lines(JA_STOP_TAGS))),
                        new Step("triage_ja_stop", StopFilterFactory.class, Map.of("words", JA_STOP_WORDS), "stop",
                                Map.of("stopwords", lines(JA_STOP_WORDS))),
                        englishStop(), porter()));
    }

    private static Step standard() {
        return new Step("standard", StandardTokenizerFactory.class, Map.of(), "standard", Map.of());
    }

    private static Step lowercase() {
        return new Step("lowercase", LowerCaseFilterFactory.class, Map.of(), "lowercase", Map.of());
    }

    private static Step synonyms(String file) {
        String name = file.equals(SYNONYMS) ? "triage_synonyms" : "triage_query_synonyms";
        return new Step(name, SynonymGraphFilterFactory.class, Map.of("synonyms", file, "ignoreCase", "true", "expand", "true"),
                "synonym_graph", Map.of("synonyms", lines(file), "expand", true));
    }

    private static Step flatten() {
        return new Step("flatten_graph", FlattenGraphFilterFactory.class, Map.of(), "flatten_graph", Map.of());
    }

    /** Lucene's English stop words (StopFilterFactory without a file), OpenSearch's {@code _english_}: the same set. */
    private static Step englishStop() {
        return new Step("triage_english_stop", StopFilterFactory.class, Map.of(), "stop", Map.of("stopwords", "_english_"));
    }

    private static Step porter() {
        return new Step("porter_stem", PorterStemFilterFactory.class, Map.of(), "porter_stem", Map.of());
    }

    /** The lines of a classpath resource without comments and blank lines (what Lucene's factories read from it). */
    static List<String> lines(String resource) {
        try (InputStream in = AnalysisChains.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("|")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(AnalysisChains.class.getClassLoader()));
    }
}
