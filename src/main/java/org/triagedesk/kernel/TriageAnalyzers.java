package org.triagedesk.kernel;

import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldStep;
import org.triagedesk.platform.Language;

/**
 * Names of the analyzers the search indexes use. {@link #ENGLISH} stems and knows this field's
 * synonyms; {@link #JAPANESE} splits Japanese with Kuromoji and maps Japanese terms to their English
 * counterparts, so a case in one language finds knowledge written in the other; {@link #SIGNATURE}
 * turns error strings into word n-grams so that a pasted log line finds its known issue near-exactly.
 */
public final class TriageAnalyzers {

    public static final String ENGLISH = "triage_english";
    public static final String JAPANESE = "triage_japanese";
    /** The query-side twins of {@link #ENGLISH} and {@link #JAPANESE}: one-word synonyms only. */
    public static final String ENGLISH_SEARCH = "triage_english_search";
    /** English words without synonyms: for showing which words a case shares with others, not for search. */
    public static final String ENGLISH_PLAIN = "triage_english_plain";
    public static final String JAPANESE_SEARCH = "triage_japanese_search";
    public static final String SIGNATURE = "triage_signature";
    public static final String KEYWORD = "triage_keyword";

    /** The Lucene fields every searchable document shares: known issues, cases, corrections. */
    public static final String TEXT = "text";
    public static final String TEXT_JA = "text_ja";
    public static final String AREA = "area";

    private TriageAnalyzers() {
    }

    /**
     * The text fields a case's words are matched in: the Japanese field only when the text has
     * Japanese in it. An English text matched in the Japanese field as well found the same documents
     * twice and took half the search time (JFR at 110,000 documents, issue 7).
     */
    public static MatchPredicateFieldMoreStep<?, ?> textFields(
            MatchPredicateFieldStep<?> match, String text) {
        return withJapanese(match, text, TEXT, TEXT_JA);
    }

    /**
     * Any pair of English and Japanese fields matched the same way: the Japanese one only for text with
     * Japanese in it. Kuromoji cuts a Latin token ("soakmark3f2a") into letters and digits, which in the
     * Japanese field match nearly every document (issue 8).
     */
    public static MatchPredicateFieldMoreStep<?, ?> withJapanese(
            MatchPredicateFieldStep<?> match, String text, String... englishThenJapanese) {
        boolean japanese = Language.ofText(text) == Language.JA;
        MatchPredicateFieldMoreStep<?, ?> fields = null;
        for (int i = 0; i < englishThenJapanese.length; i += 2) {
            fields = fields == null ? match.field(englishThenJapanese[i]) : fields.field(englishThenJapanese[i]);
            if (japanese) {
                fields = fields.field(englishThenJapanese[i + 1]);
            }
        }
        return fields;
    }
}
