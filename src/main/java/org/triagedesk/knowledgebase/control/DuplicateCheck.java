package org.triagedesk.knowledgebase.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;

/**
 * Whether two known issues are likely the same problem under two keys: they share a log signature (compared
 * folded: case, spacing and quotes aside, one containing the other), or their titles and symptoms say nearly the
 * same words (the cosine of their word sets: words of Latin script, and character bigrams of Japanese, common
 * words left out). Used when a maintainer creates or edits an issue and when kb/ is loaded. Pairs are only compared
 * when they share a signature or an uncommon title word, so a large knowledge base is not compared pair by pair.
 * <p>
 * Over 150 lines: the two tests of likeness (signatures, word-set cosine with its tokenising of Latin and Japanese
 * text) and the candidate pairing that keeps a large knowledge base from being compared pair by pair; they tune
 * together.
 */
public final class DuplicateCheck {

    /** From this cosine of title and symptom words on, two issues read as the same problem. */
    static final double SIMILAR_TEXT = 0.66;
    /** Titles alone this close are enough. */
    static final double SIMILAR_TITLE = 0.7;
    private static final int MIN_SIGNATURE = 16;
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}._-]*");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]+");
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "in", "on", "is", "are", "and", "or", "for", "with",
            "after", "when", "not", "no", "it", "its", "be", "by", "at", "from", "as", "that", "this", "can", "cannot", "can't",
            "fails", "failed", "fail", "error", "errors", "cluster", "clusters", "aks", "arc", "node", "nodes", "pod", "pods");

    /** One known issue as the check reads it. */
    public record Entry(String key, KnownIssueContent content) {
    }

    private DuplicateCheck() {
    }

    /** The known issues among {@code others} that {@code issue} likely duplicates, most alike first. */
    public static List<LikelyDuplicate> of(Entry issue, List<Entry> others) {
        List<LikelyDuplicate> found = new ArrayList<>();
        Prepared mine = Prepared.of(issue);
        for (Entry other : others) {
            if (!other.key().equalsIgnoreCase(issue.key())) {
                compare(mine, Prepared.of(other)).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparingDouble(LikelyDuplicate::similarity).reversed().thenComparing(LikelyDuplicate::key));
        return found;
    }

    /** Every pair of likely duplicates among {@code issues}, each once (the later key names the earlier). */
    public static List<LikelyDuplicate.Pair> pairs(List<Entry> issues) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            for (String token : blockTokens(issues.get(i).content())) {
                blocks.computeIfAbsent(token, t -> new ArrayList<>()).add(i);
            }
        }
        List<Prepared> prepared = issues.stream().map(Prepared::of).toList();
        Set<Long> seen = new HashSet<>();
        List<LikelyDuplicate.Pair> pairs = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() > 50) {
                continue; // a word half the knowledge base has tells nothing
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x);
                    int b = block.get(y);
                    if (seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                        Prepared first = prepared.get(Math.min(a, b));
                        Prepared second = prepared.get(Math.max(a, b));
                        compare(second, first).ifPresent(d -> pairs.add(new LikelyDuplicate.Pair(second.entry().key(), d)));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing(LikelyDuplicate.Pair::key).thenComparing(p -> p.duplicate().key()));
        return pairs;
    }

    /** An entry with its words and folded signatures worked out once. */
    private record Prepared(Entry entry, Map<String, Integer> title, Map<String, Integer> text, List<String> signatures) {
        static Prepared of(Entry e) {
            KnownIssueContent c = e.content();
            return new Prepared(e, words(c.title()), words(c.title() + "\n" + nonNull(c.symptoms())),
                    c.signatures().stream().map(DuplicateCheck::fold).toList());
        }
    }

    static Optional<LikelyDuplicate> compare(Entry issue, Entry other) {
        return compare(Prepared.of(issue), Prepared.of(other));
    }

    private static Optional<LikelyDuplicate> compare(Prepared issue, Prepared other) {
        List<String> theirs = other.entry().content().signatures();
        for (String a : issue.signatures()) {
            if (a.length() < MIN_SIGNATURE) {
                continue;
            }
            for (int i = 0; i < theirs.size(); i++) {
                String b = other.signatures().get(i);
                if (b.length() >= MIN_SIGNATURE && (a.contains(b) || b.contains(a))) {
                    return Optional.of(new LikelyDuplicate(other.entry().key(), other.entry().content().title(), "signature", 1.0,
                            theirs.get(i)));
                }
            }
        }
        double title = cosine(issue.title(), other.title());
        double text = cosine(issue.text(), other.text());
        if (title >= SIMILAR_TITLE || text >= SIMILAR_TEXT) {
            return Optional.of(new LikelyDuplicate(other.entry().key(), other.entry().content().title(), "text",
                    round(Math.max(title, text)), null));
        }
        return Optional.empty();
    }

    private static Set<String> blockTokens(KnownIssueContent content) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String w : words(content.title()).keySet()) {
            tokens.add("w:" + w);
        }
        for (String s : content.signatures()) {
            String f = fold(s);
            if (f.length() >= MIN_SIGNATURE) {
                // word trigrams: a signature contained in another shares every one of its trigrams with it
                String[] w = f.split(" ");
                for (int i = 0; i + Math.min(3, w.length) <= w.length; i++) {
                    tokens.add("s:" + String.join(" ", Arrays.copyOfRange(w, i, i + Math.min(3, w.length))));
                }
            }
        }
        return tokens;
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        String t = nonNull(text).toLowerCase(Locale.ROOT);
        var latin = LATIN.matcher(t);
        while (latin.find()) {
            String w = latin.group().replaceAll("[._-]+$", "");
            if (w.length() > 1 && !COMMON.contains(w)) {
                words.merge(w, 1, Integer::sum);
            }
        }
        var japanese = JAPANESE.matcher(t);
        while (japanese.find()) {
            String run = japanese.group();
            for (int i = 0; i + 2 <= run.length(); i++) {
                words.merge("ja:" + run.substring(i, i + 2), 1, Integer::sum);
            }
        }
        return words;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (var e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
        }
        double na = a.values().stream().mapToDouble(v -> v * v).sum();
        double nb = b.values().stream().mapToDouble(v -> v * v).sum();
        return dot / Math.sqrt(na * nb);
    }

    static String fold(String signature) {
        return nonNull(signature).toLowerCase(Locale.ROOT).replaceAll("[\"'`“”‘’]", "").replaceAll("\\s+", " ").strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
