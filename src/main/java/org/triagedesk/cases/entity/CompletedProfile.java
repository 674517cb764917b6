package org.triagedesk.cases.entity;

import java.util.List;
import java.util.Map;

import org.triagedesk.eligibility.entity.ClusterProfile;

/**
 * The cluster profile a case is judged on: what the case said, with gaps filled from its evidence.
 * {@code extractedFacts} names each fact that came from evidence; {@code provenance} lists every
 * fact found, used or not, with its evidence and line.
 */
public record CompletedProfile(ClusterProfile profile, Map<String, Object> extractedFacts, List<FactProvenance> provenance) {

    public CompletedProfile {
        extractedFacts = Map.copyOf(extractedFacts);
        provenance = List.copyOf(provenance);
    }
}
