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
 * case per triage and per training example. Signatures that begin alike are told apart by their next chunks
 * ({@link Node}), so a window costs a few hash lookups however many signatures share its first characters.
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

    /**
     * The signatures whose first {@code depth + 1} chunks of {@value #KEY} characters hash alike: those no longer
     * than that are checked here, the longer ones of a crowded node go one chunk further down. Without the
     * levels, many signatures that begin alike (the same log line with another identifier at its end) made one
     * bucket that every occurrence of their first characters in the text scanned whole: at 100,000 known issues
     * a 300-line log took 400 ms.
     */
    private static final class Node {
        final List<Entry> here = new ArrayList<>(1);
        Map<Long, Node> next;

        void split(int depth) {
            if (here.size() <= CROWDED) {
                return;
            }
            int from = (depth + 1) * KEY;
            List<Entry> stay = new ArrayList<>();
            for (Entry e : here) {
                if (e.form().length() >= from + KEY) {
                    if (next == null) {
                        next = new HashMap<>();
                    }
                    next.computeIfAbsent(hash(e.form(), from), k -> new Node()).here.add(e);
                } else {
                    stay.add(e);
                }
            }
            here.clear();
            here.addAll(stay);
            if (next != null) {
                next.values().forEach(n -> n.split(depth + 1));
            }
        }
    }

    /** A node with more signatures than this is split on the next chunk. */
    private static final int CROWDED = 4;

    private final Map<Long, Node> byKey = new HashMap<>();
    private final int owners;

    /** @param forms per owner, its signatures in the form the text is compared in (each at least {@value #KEY} characters) */
    SignatureIndex(List<List<String>> forms) {
        this.owners = forms.size();
        for (int owner = 0; owner < forms.size(); owner++) {
            for (String form : forms.get(owner)) {
                if (form.length() < KEY) {
                    throw new IllegalArgumentException("a signature form has at least " + KEY + " characters: \"" + form + "\"");
                }
                byKey.computeIfAbsent(hash(form, 0), k -> new Node()).here.add(new Entry(form, owner));
            }
        }
        byKey.values().forEach(n -> n.split(0));
    }

    /** The owners with at least one signature in {@code text}. */
    BitSet owning(String text) {
        BitSet found = new BitSet(owners);
        if (byKey.isEmpty() || text.length() < KEY) {
            return found;
        }
        long h = hash(text, 0);
        for (int i = 0; ; i++) {
            Node node = byKey.get(h);
            for (int depth = 0; node != null; depth++) {
                for (Entry e : node.here) {
                    if (!found.get(e.owner()) && text.startsWith(e.form(), i)) {
                        found.set(e.owner());
                    }
                }
                int chunk = i + (depth + 1) * KEY;
                node = node.next == null || chunk + KEY > text.length() ? null : node.next.get(hash(text, chunk));
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
