package org.triagedesk.knowledgebase.control;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.triagedesk.kernel.AnalysisChains;
import org.triagedesk.kernel.AnalysisChains.Chain;
import org.triagedesk.kernel.AnalysisChains.Step;
import org.triagedesk.kernel.TriageAnalyzers;

/**
 * Registers the analyzers of {@link TriageAnalyzers} with whichever backend runs: the Lucene backend gets the
 * instances {@link AnalysisChains} builds, the Elasticsearch backend (OpenSearch, issue 18) the same chains as index
 * settings, from the same definition ({@link AnalysisChains#chain(String)}).
 */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        AnalysisChains.all().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        context.normalizer(TriageAnalyzers.KEYWORD).instance(AnalysisChains.keywordNormalizer());
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Set<String> declared = new HashSet<>();
        for (String name : AnalysisChains.ANALYZERS) {
            Chain chain = AnalysisChains.forOpenSearch(AnalysisChains.chain(name));
            declare(context, chain.tokenizer(), declared);
            chain.filters().forEach(f -> declare(context, f, declared));
            context.analyzer(name).custom().tokenizer(chain.tokenizer().name())
                    .tokenFilters(chain.filters().stream().map(Step::name).toArray(String[]::new));
        }
        context.normalizer(TriageAnalyzers.KEYWORD).custom().tokenFilters("lowercase");
    }

    private static void declare(ElasticsearchAnalysisConfigurationContext context, Step step, Set<String> declared) {
        if (step.builtIn() || !declared.add(step.name())) {
            return;
        }
        ElasticsearchAnalysisComponentParametersStep params = (step.isTokenizer() ? context.tokenizer(step.name())
                : context.tokenFilter(step.name())).type(step.opensearchType());
        for (Map.Entry<String, Object> p : step.opensearchParams().entrySet()) {
            Object value = p.getValue();
            if (value instanceof Boolean b) {
                params.param(p.getKey(), b);
            } else if (value instanceof Number n) {
                params.param(p.getKey(), n);
            } else if (value instanceof List<?> list) {
                params.param(p.getKey(), list.stream().map(String::valueOf).toArray(String[]::new));
            } else {
                params.param(p.getKey(), String.valueOf(value));
            }
        }
    }
}
