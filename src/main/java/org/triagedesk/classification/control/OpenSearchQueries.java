package org.triagedesk.classification.control;

import java.util.Collection;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.platform.Language;

/**
 * The searches of {@link DistinctiveTerms} and {@link KnownIssueMatcher} for the Elasticsearch backend (OpenSearch,
 * issue 18), where a query cannot be a Lucene object and the index reader is on another machine: the distinctive
 * words are chosen by the server's {@code more_like_this} (the same idea: the text's terms weighed by term frequency
 * times inverse document frequency, the heaviest {@code maxTerms} searched, any of them may match), the glossary's
 * words of the other language as a {@code match} at {@link DistinctiveTerms#TRANSLATED}, the signature shingles as
 * {@code term} queries on the analysed signatures. JSON as the backend's predicate extension takes it.
 *
 * <p>What differs from the Lucene path: {@code more_like_this} does not boost a term by how often the case repeats
 * it, and it picks the terms by the statistics of the shard it runs on; the shingles are not first filtered by what
 * the index holds (the server skips absent terms cheaply), so {@code indices.query.bool.max_clause_count} must
 * allow 1,500 clauses (SignatureShingles.MAX) (the node script sets 8,192).
 */
public final class OpenSearchQueries {

    private OpenSearchQueries() {
    }

    /** The distinctive words of {@code text} over the shared text fields (Japanese only for text with Japanese in it). */
    public static JsonObject forText(String text, int maxTerms) {
        JsonArray should = new JsonArray();
        should.add(moreLikeThis(TriageAnalyzers.TEXT, TriageAnalyzers.ENGLISH_SEARCH, text, maxTerms));
        if (Language.ofText(text) == Language.JA) {
            should.add(moreLikeThis(TriageAnalyzers.TEXT_JA, TriageAnalyzers.JAPANESE_SEARCH, text, maxTerms));
        }
        return anyOf(should, 1f);
    }

    /** As {@link #forText(String, int)}, with the glossary's English and Japanese words at their lower weight. */
    public static JsonObject forText(String text, List<String> english, List<String> japanese, int maxTerms) {
        JsonArray should = new JsonArray();
        should.add(forText(text, maxTerms));
        if (!english.isEmpty()) {
            should.add(match(TriageAnalyzers.TEXT, TriageAnalyzers.ENGLISH_SEARCH, String.join("\n", english), DistinctiveTerms.TRANSLATED));
        }
        if (!japanese.isEmpty()) {
            should.add(match(TriageAnalyzers.TEXT_JA, TriageAnalyzers.JAPANESE_SEARCH, String.join("\n", japanese), DistinctiveTerms.TRANSLATED));
        }
        return anyOf(should, 1f);
    }

    /** Any of the signature shingles, as the Lucene path boosts them. */
    public static JsonObject signatures(String field, Collection<String> shingles, float boost) {
        JsonArray should = new JsonArray();
        for (String shingle : shingles) {
            JsonObject term = new JsonObject();
            JsonObject value = new JsonObject();
            value.addProperty("value", shingle);
            term.add(field, value);
            JsonObject wrapper = new JsonObject();
            wrapper.add("term", term);
            should.add(wrapper);
        }
        return anyOf(should, boost);
    }

    static JsonObject moreLikeThis(String field, String analyzer, String text, int maxTerms) {
        JsonObject mlt = new JsonObject();
        JsonArray fields = new JsonArray();
        fields.add(field);
        mlt.add("fields", fields);
        mlt.addProperty("like", text);
        mlt.addProperty("analyzer", analyzer);
        mlt.addProperty("max_query_terms", maxTerms);
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 1);
        // any of the chosen terms may match, as in the Lucene query (more_like_this asks for 30 % by default)
        mlt.addProperty("minimum_should_match", "1");
        JsonObject query = new JsonObject();
        query.add("more_like_this", mlt);
        return query;
    }

    static JsonObject match(String field, String analyzer, String words, float boost) {
        JsonObject options = new JsonObject();
        options.addProperty("query", words);
        options.addProperty("analyzer", analyzer);
        options.addProperty("boost", boost);
        JsonObject fieldMatch = new JsonObject();
        fieldMatch.add(field, options);
        JsonObject query = new JsonObject();
        query.add("match", fieldMatch);
        return query;
    }

    /** A bool query matching any of {@code should}; one that matches nothing when there is none. */
    static JsonObject anyOf(JsonArray should, float boost) {
        JsonObject bool = new JsonObject();
        bool.add("should", should);
        bool.addProperty("minimum_should_match", should.isEmpty() ? 0 : 1);
        bool.addProperty("boost", boost);
        JsonObject query = new JsonObject();
        if (should.isEmpty()) {
            // nothing to look for: match no document
            JsonObject none = new JsonObject();
            none.add("match_none", new JsonObject());
            return none;
        }
        query.add("bool", bool);
        return query;
    }
}
