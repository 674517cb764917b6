package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms an index holds in one field, kept in memory per segment, so that a query can leave out the terms no
 * document has before Lucene looks each one up in every segment. Pasted logs make a hundred or more signature
 * shingles per triage, nearly all of which are in no known issue's signatures: each one cost a terms-dictionary
 * seek per segment (a fifth of the known-issue search in the profile). A segment is read once, when it first
 * appears (segments never change; a new write makes a new one), and forgotten when it is merged away; the answer
 * is always that of the reader handed in, so a known issue written a moment ago counts at once.
 */
public final class IndexedTerms {

    private final String field;
    private final Map<Object, Set<String>> bySegment = new ConcurrentHashMap<>();

    public IndexedTerms(String field) {
        this.field = field;
    }

    /** The {@code terms} that some document of {@code reader} has in the field, in their order. */
    public List<String> present(IndexReader reader, Collection<String> terms) {
        List<LeafReaderContext> leaves = reader.leaves();
        Set<Object> live = new HashSet<>();
        @SuppressWarnings("unchecked")
        Set<String>[] segments = new Set[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            var helper = leaf.reader().getCoreCacheHelper();
            Object key = helper == null ? leaf.reader() : helper.getKey();
            live.add(key);
            segments[i] = bySegment.computeIfAbsent(key, k -> read(leaf));
        }
        bySegment.keySet().retainAll(live);
        return terms.stream().filter(t -> {
            for (Set<String> s : segments) {
                if (s.contains(t)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    private Set<String> read(LeafReaderContext leaf) {
        Set<String> all = new HashSet<>();
        try {
            Terms terms = leaf.reader().terms(field);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    all.add(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(all);
    }
}
