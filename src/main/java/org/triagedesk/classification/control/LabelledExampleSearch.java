package org.triagedesk.classification.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.classification.entity.Neighbour;
import org.triagedesk.knowledgebase.control.TriageAnalyzers;

/** Finds the saved cases and corrections most similar to a case: the classifier's learned neighbours. */
public class LabelledExampleSearch {

    public List<Neighbour> similar(EntityManager em, CaseText text, int max) {
        String query = text.searchText();
        if (query.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(LabelledExample.class)
                .select(f -> f.composite(f.entity(), f.score()))
                .where(f -> f.match().field(TriageAnalyzers.TEXT).field(TriageAnalyzers.TEXT_JA).matching(query))
                .fetchHits(max).stream().map(hit -> {
                    LabelledExample example = (LabelledExample) hit.get(0);
                    Neighbour.Kind kind = example.kind() == LabelledExample.Kind.CORRECTION ? Neighbour.Kind.CORRECTION
                            : Neighbour.Kind.CASE;
                    String id = example.reference() != null ? example.reference() : "example-" + example.id();
                    return new Neighbour(id, kind, example.area(), ((Number) hit.get(1)).doubleValue(), example.weight(),
                            example.text());
                }).toList();
    }
}
