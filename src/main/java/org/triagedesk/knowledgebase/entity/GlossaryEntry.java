package org.triagedesk.knowledgebase.entity;

import java.util.List;

/**
 * One concept of the bilingual glossary ({@code kb/glossary/ja-en.tsv}): the ways customers write it
 * in Japanese and in English, each list in the order of the file, and the line it is on.
 */
public record GlossaryEntry(int line, List<String> japanese, List<String> english) {

    public GlossaryEntry {
        japanese = List.copyOf(japanese);
        english = List.copyOf(english);
        if (japanese.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("a glossary entry needs a Japanese and an English term (line " + line + ")");
        }
    }

    @Override
    public String toString() {
        return String.join("|", japanese) + "\t" + String.join("|", english);
    }
}
