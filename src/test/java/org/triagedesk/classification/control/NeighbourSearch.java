package org.triagedesk.classification.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.classification.entity.Neighbour;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.knowledgebase.entity.KnownIssue;

/**
 * Finds the known issues, saved cases and corrections most similar to a case: the classifier's
 * neighbours. One query over both indexes, so that their BM25 scores share term statistics and
 * compare fairly (a handful of corrections would otherwise score low only for being few).
 */
public class NeighbourSearch {

    static final double KNOWN_ISSUE_WEIGHT = 1.0;
    /** How many of the case's words are searched: its most distinctive (see {@link DistinctiveTerms}). */
    static final int TERMS = Integer.getInteger("triage.neighbour.terms", 48);
    private static final List<Class<?>> TYPES = List.of(KnownIssue.class, LabelledExample.class);

    public List<Neighbour> similar(EntityManager em, CaseText text, int max) {
        String query = text.searchText();
        if (query.isBlank()) {
            return List.of();
        }
        Query distinctive = DistinctiveTerms.forText(em, TYPES, query, TERMS);
        return Search.session(em).search(List.of(KnownIssue.class, LabelledExample.class))
                .select(f -> f.composite(f.entity(), f.score()))
                .where(f -> f.bool()
                        .must(f.extension(LuceneExtension.get()).fromLuceneQuery(distinctive))
                        .mustNot(f.match().field("status").matching("RETIRED", ValueModel.INDEX)))
                // only the best `max` are read: an exact count of every match would stop Lucene from skipping
                // documents that can no longer make the top (block-max WAND)
                .totalHitCountThreshold(max)
                .fetchHits(max).stream().map(hit -> neighbour(hit.get(0), ((Number) hit.get(1)).doubleValue())).toList();
    }

    private static Neighbour neighbour(Object entity, double score) {
        if (entity instanceof KnownIssue issue) {
            return new Neighbour(issue.key(), Neighbour.Kind.KNOWN_ISSUE, issue.area(), score, KNOWN_ISSUE_WEIGHT, issue.getSearchText());
        }
        LabelledExample example = (LabelledExample) entity;
        Neighbour.Kind kind = example.kind() == LabelledExample.Kind.CORRECTION ? Neighbour.Kind.CORRECTION : Neighbour.Kind.CASE;
        String id = example.reference() != null ? example.reference() : "example-" + example.id();
        return new Neighbour(id, kind, example.area(), score, example.weight(), example.text());
    }
}
