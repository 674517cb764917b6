package org.triagedesk.knowledgebase.entity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The bilingual glossary of {@code kb/glossary/ja-en.tsv}, ready for lookups: which glossary terms a
 * text holds, and their counterparts in the other language.
 *
 * <p>Japanese terms are found in the raw text (Japanese has no spaces) through a character trie,
 * after the normal form of {@link GlossaryText}. A term written in dictionary form also matches its
 * conjugations: Kuromoji's dictionary tells, when the glossary is built, how the term's last word
 * inflects (切れる is an ichidan verb, so 切れて and 切れた match; 繋がらない ends in ない, so
 * 繋がらなかった matches). English terms are found word by word through a word trie: case does not
 * matter, a term matches whole words only, multi-word terms match across any spacing or punctuation,
 * and simple inflections match (expired, expires, expiring).
 *
 * <p>Where found terms overlap, the longest wins (管理クラスター is the management cluster, not a
 * cluster); terms that do not overlap are all found. Instances are immutable and safe to share
 * between threads.
 * <p>
 * Over 150 lines (far over): the two tries (characters for Japanese, words for English), the conjugation candidates
 * from Kuromoji and the lookup that joins them are private nested classes of the one lookup structure; they are built
 * together and share its normal form.
 */
public final class Glossary {

    private static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;
    /** The trie's nodes for the first character of a term, indexed by that character. */
    private final CharNode[] japaneseFirst;
    private final WordNode englishRoot;
    /** The length of the longest term, in characters (Japanese) and in words (English). */
    private final int japaneseLongest;
    private final int englishLongest;

    public Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Target> japanese = new LinkedHashMap<>();
        Map<String, Target> english = new LinkedHashMap<>();
        for (GlossaryEntry entry : this.entries) {
            for (String term : entry.japanese()) {
                String key = GlossaryText.japaneseKey(term);
                if (!key.isEmpty()) {
                    japanese.putIfAbsent(key, new Target(entry, term));
                }
            }
            for (String term : entry.english()) {
                String key = GlossaryText.englishKey(term);
                if (!key.isEmpty()) {
                    english.putIfAbsent(key, new Target(entry, term));
                }
            }
        }
        // The derived forms come after every written term, so that a term written in the glossary
        // always wins over a form derived from another one.
        if (!japanese.isEmpty()) {
            Map<String, Target> derived = new LinkedHashMap<>();
            Set<String> loanwords = longVowelLoanwords(this.entries);
            for (GlossaryEntry entry : this.entries) {
                for (String term : entry.japanese()) {
                    String key = GlossaryText.japaneseKey(withoutInnerLongVowels(term, loanwords));
                    if (!japanese.containsKey(key)) {
                        derived.putIfAbsent(key, new Target(entry, term));
                    }
                }
            }
            try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
                for (GlossaryEntry entry : this.entries) {
                    for (String term : entry.japanese()) {
                        for (String form : conjugations(tokenizer, term)) {
                            String key = GlossaryText.japaneseKey(form);
                            if (key.length() >= 2 && !japanese.containsKey(key)) {
                                derived.putIfAbsent(key, new Target(entry, term));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            japanese.putAll(derived);
        }
        CharNode root = CharNode.build(japanese);
        this.japaneseFirst = new CharNode[Character.MAX_VALUE + 1];
        for (int i = 0; i < root.keys.length; i++) {
            japaneseFirst[root.keys[i]] = root.children[i];
        }
        this.japaneseLongest = japanese.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.englishRoot = WordNode.build(english);
        this.englishLongest = english.keySet().stream().mapToInt(key -> key.split(" ").length).max().orElse(0);
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FC' && c != '\u30FB';
    }

    /** The glossary's katakana words written with a final long-vowel mark (コンテナー, クラスター), in normal form (コンテナ). */
    private static Set<String> longVowelLoanwords(List<GlossaryEntry> entries) {
        Set<String> words = new HashSet<>();
        for (GlossaryEntry entry : entries) {
            for (String term : entry.japanese()) {
                String t = term.strip();
                if (t.length() >= 3 && t.endsWith("ー") && t.chars().allMatch(c -> isKatakana((char) c))) {
                    words.add(GlossaryText.japaneseKey(t));
                }
            }
        }
        return words;
    }

    /**
     * A compound whose first word is one of those loanwords, without that word's long-vowel mark:
     * コンテナーランタイム gives コンテナランタイム and クラスターオートスケーラー gives
     * クラスタオートスケーラー, the spellings of customers who write コンテナ and クラスタ.
     */
    static String withoutInnerLongVowels(String term, Set<String> loanwords) {
        StringBuilder out = new StringBuilder(term.length());
        int run = 0; // where the katakana word that ends at the current character starts, in out
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean inner = c == 'ー' && i + 1 < term.length() && isKatakana(term.charAt(i + 1)) && term.charAt(i + 1) != 'ー';
            if (inner) {
                String before = out.substring(run);
                boolean known = false;
                for (int from = 0; from + 2 <= before.length() && !known; from++) {
                    known = loanwords.contains(before.substring(from));
                }
                if (known) {
                    continue;
                }
            }
            if (!isKatakana(c)) {
                run = out.length() + 1;
            }
            out.append(c);
        }
        return out.toString();
    }

    public static Glossary empty() {
        return EMPTY;
    }

    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The English terms of every Japanese glossary term found in the text, without repeats, in the order found. */
    public List<String> english(String japaneseText) {
        return counterparts(findJapanese(japaneseText), GlossaryEntry::english);
    }

    /** The Japanese terms of every English glossary term found in the text, without repeats, in the order found. */
    public List<String> japanese(String englishText) {
        return counterparts(findEnglish(englishText), GlossaryEntry::japanese);
    }

    private static List<String> counterparts(List<GlossaryHit> hits, Function<GlossaryEntry, List<String>> side) {
        Set<String> terms = new LinkedHashSet<>();
        for (GlossaryHit hit : hits) {
            terms.addAll(side.apply(hit.entry()));
        }
        return List.copyOf(terms);
    }

    /** The distinct entries whose terms a text holds, Japanese and English terms alike. */
    public Set<GlossaryEntry> entriesIn(String text) {
        Set<GlossaryEntry> found = new LinkedHashSet<>();
        findJapanese(text).forEach(hit -> found.add(hit.entry()));
        findEnglish(text).forEach(hit -> found.add(hit.entry()));
        return found;
    }

    /** Every Japanese glossary term in the text, longest first where they overlap, in text order. */
    public List<GlossaryHit> findJapanese(String text) {
        if (text == null || text.isEmpty() || japaneseLongest == 0) {
            return List.of();
        }
        GlossaryText.Normalized normalized = GlossaryText.japanese(text);
        char[] chars = normalized.chars();
        int n = normalized.length();
        Candidates candidates = new Candidates();
        for (int i = 0; i < n; i++) {
            CharNode node = japaneseFirst[chars[i]];
            int j = i;
            while (node != null) {
                if (node.target != null && latinEdgesFree(text, normalized, i, j)) {
                    candidates.add(i, j + 1, node.target);
                }
                if (++j == n) {
                    break;
                }
                node = node.next(chars[j]);
            }
        }
        boolean[] chosen = candidates.longestFirst(n, japaneseLongest);
        List<GlossaryHit> hits = new ArrayList<>();
        for (int c = 0; c < candidates.count; c++) {
            if (chosen[c]) {
                Target target = candidates.targets[c];
                hits.add(new GlossaryHit(target.entry, target.term, normalized.from()[candidates.starts[c]],
                        normalized.to()[candidates.ends[c] - 1]));
            }
        }
        return hits;
    }

    /**
     * A term that begins or ends with a Latin letter or digit (IP プール) must not continue a Latin word
     * of the text (VIP プール), judged on the text as written, where white space still separates words.
     */
    private static boolean latinEdgesFree(String text, GlossaryText.Normalized normalized, int start, int last) {
        char[] chars = normalized.chars();
        if (GlossaryText.isLatinWordChar(chars[start])) {
            int before = normalized.from()[start] - 1;
            if (before >= 0 && GlossaryText.isLatinWordChar(GlossaryText.fold(text.charAt(before)))) {
                return false;
            }
        }
        if (GlossaryText.isLatinWordChar(chars[last])) {
            int after = normalized.to()[last];
            if (after < text.length() && GlossaryText.isLatinWordChar(GlossaryText.fold(text.charAt(after)))) {
                return false;
            }
        }
        return true;
    }

    /** Every English glossary term in the text, longest first where they overlap, in text order. */
    public List<GlossaryHit> findEnglish(String text) {
        if (text == null || text.isEmpty() || englishLongest == 0) {
            return List.of();
        }
        List<GlossaryText.Word> words = GlossaryText.englishWords(text);
        int n = words.size();
        Candidates candidates = new Candidates();
        for (int i = 0; i < n; i++) {
            WordNode node = englishRoot;
            for (int j = i; j < n; j++) {
                node = node.children.get(words.get(j).form());
                if (node == null) {
                    break;
                }
                if (node.target != null) {
                    candidates.add(i, j + 1, node.target);
                }
            }
        }
        boolean[] chosen = candidates.longestFirst(n, englishLongest);
        List<GlossaryHit> hits = new ArrayList<>();
        for (int c = 0; c < candidates.count; c++) {
            if (chosen[c]) {
                Target target = candidates.targets[c];
                hits.add(new GlossaryHit(target.entry, target.term, words.get(candidates.starts[c]).start(),
                        words.get(candidates.ends[c] - 1).end()));
            }
        }
        return hits;
    }

    /** The matches found in a text, in the order found: by start, and for one start by length. */
    private static final class Candidates {
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        Target[] targets = new Target[64];

        void add(int start, int end, Target target) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                targets = Arrays.copyOf(targets, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            targets[count] = target;
            count++;
        }

        /**
         * Which matches to keep: the longest first, then the leftmost; a match that overlaps one kept
         * already is dropped. Matches are bucketed by length, so no sort is needed.
         */
        boolean[] longestFirst(int textLength, int longest) {
            int[] head = new int[longest + 1];
            int[] tail = new int[longest + 1];
            int[] next = new int[count];
            Arrays.fill(head, -1);
            for (int c = 0; c < count; c++) { // appended in start order, so each bucket stays leftmost first
                int length = ends[c] - starts[c];
                next[c] = -1;
                if (head[length] < 0) {
                    head[length] = c;
                } else {
                    next[tail[length]] = c;
                }
                tail[length] = c;
            }
            boolean[] taken = new boolean[textLength];
            boolean[] chosen = new boolean[count];
            for (int length = longest; length > 0; length--) {
                for (int c = head[length]; c >= 0; c = next[c]) {
                    boolean free = true;
                    for (int i = starts[c]; i < ends[c] && free; i++) {
                        free = !taken[i];
                    }
                    if (free) {
                        Arrays.fill(taken, starts[c], ends[c], true);
                        chosen[c] = true;
                    }
                }
            }
            return chosen;
        }
    }

    /**
     * The forms a Japanese term takes when its last word is conjugated, from Kuromoji's dictionary:
     * only for a term that ends in the dictionary form of a verb, an adjective or the auxiliaries
     * ない, たい, ます. 切れる gives 切れ; 繋がる gives 繋がら, 繋がり, 繋がっ, …; 起動しない gives
     * 起動しなく, 起動しなかっ, and the other negatives 起動せず and 起動しません; 遅い gives 遅く,
     * 遅かっ, …. Each form matches as a prefix of the customer's words (切れ matches 切れて, 切れた,
     * 切れます).
     */
    static List<String> conjugations(JapaneseTokenizer tokenizer, String term) throws IOException {
        String text = term.strip();
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        CharTermAttribute surfaceAttribute = tokenizer.getAttribute(CharTermAttribute.class);
        BaseFormAttribute baseAttribute = tokenizer.getAttribute(BaseFormAttribute.class);
        InflectionAttribute inflectionAttribute = tokenizer.getAttribute(InflectionAttribute.class);
        OffsetAttribute offsetAttribute = tokenizer.getAttribute(OffsetAttribute.class);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.incrementToken()) {
            tokens.add(new Token(surfaceAttribute.toString(), baseAttribute.getBaseForm() == null,
                    inflectionAttribute.getInflectionType(), inflectionAttribute.getInflectionForm(),
                    offsetAttribute.startOffset(), offsetAttribute.endOffset()));
        }
        tokenizer.end();
        tokenizer.close();
        if (tokens.isEmpty()) {
            return List.of();
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.type() == null || !last.dictionaryForm() || !"基本形".equals(last.form()) || last.end() != text.length()) {
            return List.of();
        }
        String prefix = text.substring(0, last.start());
        List<String> forms = new ArrayList<>();
        for (String stem : stems(last.surface(), last.type())) {
            forms.add(prefix + stem);
        }
        if (last.type().equals("特殊・ナイ") && tokens.size() >= 2) {
            forms.addAll(otherNegatives(text, tokens.get(tokens.size() - 2)));
        }
        return forms;
    }

    private record Token(String surface, boolean dictionaryForm, String type, String form, int start, int end) {
    }

    private static final Map<Character, Character> A_TO_I = Map.of(
            'か', 'き', 'が', 'ぎ', 'さ', 'し', 'た', 'ち', 'な', 'に', 'ば', 'び', 'ま', 'み', 'ら', 'り', 'わ', 'い');

    /** The negative written with ず and the polite one with ません, from the verb before ない: 繋がらない → 繋がらず, 繋がりません. */
    private static List<String> otherNegatives(String text, Token verb) {
        if (verb.type() == null || !"未然形".equals(verb.form())) {
            return List.of();
        }
        String before = text.substring(0, verb.start());
        String surface = verb.surface();
        if (verb.type().equals("一段")) {
            return List.of(before + surface + "ず", before + surface + "ません");
        }
        if (verb.type().equals("サ変・スル") && surface.equals("し")) {
            return List.of(before + "せず", before + "しません");
        }
        if (verb.type().startsWith("五段・")) {
            Character i = A_TO_I.get(surface.charAt(surface.length() - 1));
            List<String> forms = new ArrayList<>(List.of(before + surface + "ず"));
            if (i != null) {
                forms.add(before + surface.substring(0, surface.length() - 1) + i + "ません");
            }
            return forms;
        }
        return List.of();
    }

    private static final Map<Character, String> GODAN_ROWS = Map.of(
            'カ', "かきくけこ", 'ガ', "がぎぐげご", 'サ', "さしすせそ", 'タ', "たちつてと", 'ナ', "なにぬねの",
            'バ', "ばびぶべぼ", 'マ', "まみむめも", 'ラ', "らりるれろ", 'ワ', "わいうえお");

    private static List<String> stems(String base, String type) {
        String stem = base.substring(0, base.length() - 1);
        List<String> stems = new ArrayList<>();
        if (type.equals("一段") && base.endsWith("る")) {
            stems.add(stem);
        } else if (type.startsWith("五段・") && type.length() > 3 && GODAN_ROWS.containsKey(type.charAt(3))) {
            char row = type.charAt(3);
            for (char kana : GODAN_ROWS.get(row).toCharArray()) {
                stems.add(stem + kana);
            }
            String euphonic = switch (row) {
                case 'カ' -> type.contains("促音便") ? "っ" : "い";
                case 'ガ' -> "い";
                case 'タ', 'ラ' -> "っ";
                case 'ワ' -> type.contains("ウ音便") ? "う" : "っ";
                case 'ナ', 'バ', 'マ' -> "ん";
                default -> null;
            };
            if (euphonic != null) {
                stems.add(stem + euphonic);
            }
        } else if (type.equals("サ変・スル")) {
            stems.addAll(List.of("し", "す", "さ", "せ"));
        } else if ((type.startsWith("形容詞") || type.equals("特殊・ナイ") || type.equals("特殊・タイ")) && base.endsWith("い")) {
            for (String ending : List.of("い", "く", "かっ", "けれ")) {
                stems.add(stem + ending);
            }
        } else if (type.equals("特殊・マス")) {
            stems.addAll(List.of("ます", "ませ", "まし"));
        }
        return stems;
    }

    private record Target(GlossaryEntry entry, String term) {
    }

    /** A trie node over characters, its children in sorted arrays for a compact binary search. */
    private static final class CharNode {
        private char[] keys = new char[0];
        private CharNode[] children = new CharNode[0];
        private Target target;

        CharNode next(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        static CharNode build(Map<String, Target> terms) {
            Builder root = new Builder();
            terms.forEach((key, target) -> {
                Builder node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.children.computeIfAbsent(key.charAt(i), c -> new Builder());
                }
                if (node.target == null) {
                    node.target = target;
                }
            });
            return root.freeze();
        }

        private static final class Builder {
            final Map<Character, Builder> children = new HashMap<>();
            Target target;

            CharNode freeze() {
                CharNode node = new CharNode();
                node.target = target;
                node.keys = new char[children.size()];
                node.children = new CharNode[children.size()];
                int i = 0;
                for (Character c : children.keySet().stream().sorted().toList()) {
                    node.keys[i] = c;
                    node.children[i] = children.get(c).freeze();
                    i++;
                }
                return node;
            }
        }
    }

    /** A trie node over the normal forms of English words. */
    private static final class WordNode {
        private final Map<String, WordNode> children = new HashMap<>();
        private Target target;

        static WordNode build(Map<String, Target> terms) {
            WordNode root = new WordNode();
            terms.forEach((key, target) -> {
                WordNode node = root;
                for (String word : key.split(" ")) {
                    node = node.children.computeIfAbsent(word, w -> new WordNode());
                }
                if (node.target == null) {
                    node.target = target;
                }
            });
            return root;
        }
    }
}
