package org.triagedesk.knowledgebase.entity;

/**
 * A glossary term found in a text: the entry, the term of the entry that matched (as the glossary
 * writes it), and where in the text it was found ({@code start} inclusive, {@code end} exclusive,
 * offsets of the text as given).
 */
public record GlossaryHit(GlossaryEntry entry, String term, int start, int end) {
}
