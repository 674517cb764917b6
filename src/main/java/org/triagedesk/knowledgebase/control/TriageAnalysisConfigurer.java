package org.triagedesk.knowledgebase.control;

import org.triagedesk.kernel.AnalysisChains;

import org.triagedesk.kernel.TriageAnalyzers;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the analyzers of {@link TriageAnalyzers} with the Lucene backend: the instances of
 * {@link AnalysisChains}, the one place their chains are defined (the area model reads text with the
 * same chains).
 */
public class TriageAnalysisConfigurer implements LuceneAnalysisConfigurer {


    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        AnalysisChains.all().forEach((name, analyzer) -> context.analyzer(name).instance(analyzer));
        context.normalizer(TriageAnalyzers.KEYWORD).instance(AnalysisChains.keywordNormalizer());
    }
}
