package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many log signatures occur verbatim in a text, in one pass over the text instead of one search of the
 * text per signature. Every signature (at least {@value #KEY} characters, as {@link IssueRanking#signatureForm}
 * guarantees) is keyed by a hash of its first {@value #KEY} characters; the text's windows of that length are
 * hashed as they roll by, and a window whose hash is a key is checked against its signatures character by
 * character. The answer is exactly that of {@code text.contains(signature)} for each signature, at the cost of
 * one hash per character of the text: with 10,000 known issues the old loop made 20,000 substring searches of the
 * case per triage and per training example.
 */
final class SignatureIndex {

    static final int KEY = 8;
    private static final long BASE = 1_000_003L;
    private static final long TOP;

    static {
        long p = 1;
        for (int i = 1; i < KEY; i++) {
            p *= BASE;
        }
        TOP = p;
    }

    /** A signature and the owner (an index into the caller's list) it belongs to. */
    private record Entry(String form, int owner) {
    }

    private final Map<Long, List<Entry>> byKey = new HashMap<>();
    private final int owners;

    /** @param forms per owner, its signatures in the form the text is compared in (each at least {@value #KEY} characters) */
    SignatureIndex(List<List<String>> forms) {
        this.owners = forms.size();
        for (int owner = 0; owner < forms.size(); owner++) {
            for (String form : forms.get(owner)) {
                if (form.length() < KEY) {
                    throw new IllegalArgumentException("a signature form has at least " + KEY + " characters: \"" + form + "\"");
                }
                byKey.computeIfAbsent(hash(form, 0), k -> new ArrayList<>(1)).add(new Entry(form, owner));
            }
        }
    }

    /** The owners with at least one signature in {@code text}. */
    BitSet owning(String text) {
        BitSet found = new BitSet(owners);
        if (byKey.isEmpty() || text.length() < KEY) {
            return found;
        }
        long h = hash(text, 0);
        for (int i = 0; ; i++) {
            List<Entry> entries = byKey.get(h);
            if (entries != null) {
                for (Entry e : entries) {
                    if (!found.get(e.owner()) && text.startsWith(e.form(), i)) {
                        found.set(e.owner());
                    }
                }
            }
            if (i + KEY >= text.length()) {
                return found;
            }
            h = (h - text.charAt(i) * TOP) * BASE + text.charAt(i + KEY);
        }
    }

    private static long hash(String s, int from) {
        long h = 0;
        for (int i = from; i < from + KEY; i++) {
            h = h * BASE + s.charAt(i);
        }
        return h;
    }
}
