package org.triagedesk.cases.entity;

/**
 * A fact found in evidence and what became of it: {@code used} when it filled the cluster profile,
 * otherwise {@code note} says why not (the case gave its own value, a better source won, the gate is not alpha).
 */
public record FactProvenance(ExtractedFact fact, boolean used, String note) {
}
