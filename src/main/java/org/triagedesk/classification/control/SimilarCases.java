package org.triagedesk.classification.control;

import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.platform.TriageSettings;

/**
 * The saved cases and corrections most like a case, for staff to look at (never shown to anonymous callers: they
 * name other customers' cases). One small top-{@value #MAX} query over the labelled examples, read from the index
 * (the reference), not from the database. The area itself is decided by the trained model, not by these.
 */
public class SimilarCases {

    static final int MAX = 5;
    /**
     * The case's most distinctive words searched: a list for staff to look at needs the rare words that tell
     * cases apart, not the common ones whose long posting lists over every saved case cost the most (16 rather
     * than the 48 of the known-issue search: the profile put this search at a sixth of a staff triage).
     */
    static final int TERMS = 16;

    public List<String> references(EntityManager em, CaseText text) {
        String query = text.searchText();
        if (query.isBlank()) {
            return List.of();
        }
        boolean onOpenSearch = TriageSettings.searchOnElasticsearch();
        Query distinctive = onOpenSearch ? null : DistinctiveTerms.forText(em, List.of(LabelledExample.class), query, TERMS);
        return Search.session(em).search(LabelledExample.class)
                .select(f -> f.field("reference", String.class))
                .where(f -> onOpenSearch
                        ? f.extension(ElasticsearchExtension.get()).fromJson(OpenSearchQueries.forText(query, TERMS))
                        : f.extension(LuceneExtension.get()).fromLuceneQuery(distinctive))
                .totalHitCountThreshold(MAX)
                .fetchHits(MAX * 2).stream().filter(Objects::nonNull).distinct().limit(MAX).toList();
    }
}
