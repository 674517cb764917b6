package org.triagedesk.knowledgebase.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How the glossary compares text: the same normal form for its terms and for the texts it reads, so
 * that a term matches however a customer types it.
 *
 * <p>Japanese: full-width Latin letters and digits become ASCII, half-width katakana full-width,
 * Latin letters lower case, white space is dropped (Japanese has no spaces, and customers write
 * ノード プール and ノードプール alike), and a long-vowel mark ー that ends a katakana word of three or
 * more characters is dropped, so クラスター and クラスタ, サーバー and サーバ are one spelling (the two
 * styles of writing loanwords that customers mix).
 *
 * <p>English: words are runs of letters and digits, lower case, with simple inflections removed
 * (expired, expires, expiring → expir; nodes → nod; stopped → stop; policies → policy).
 * <p>
 * Over 150 lines: the normal forms of both languages, whose rules must stay the same for the terms and the texts they
 * are compared with.
 */
public final class GlossaryText {

    private static final char LONG_VOWEL = '\u30FC';
    /**
     * Words whose final s is not a plural, kept as they are: names, and the short words that would
     * otherwise become another word (has is not HA, its is not IT).
     */
    private static final Set<String> KEEP = Set.of("kubernetes", "windows", "https", "dns", "aks", "kms", "nfs",
            "has", "was", "its", "is", "as", "us", "does", "goes", "this", "yes", "plus", "bus", "gas", "always");

    private GlossaryText() {
    }

    /** A text in the Japanese normal form; char {@code i} of {@code chars} came from {@code from[i]..to[i]} of the text. */
    public record Normalized(char[] chars, int length, int[] from, int[] to) {
    }

    public static boolean isJapanese(int c) {
        return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana, ー
                || (c >= 0x31F0 && c <= 0x31FF) // katakana extensions
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) // kanji
                || (c >= 0x20000 && c <= 0x2FA1F) // rare kanji
                || c == 0x3005 || c == 0x3006 // 々 〆
                || (c >= 0xFF66 && c <= 0xFF9F); // half-width katakana
    }

    public static boolean containsJapanese(String s) {
        return s.codePoints().anyMatch(GlossaryText::isJapanese);
    }

    /** An ASCII letter or digit after {@link #fold}: the characters a Latin word is made of. */
    public static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isKatakana(char c) {
        return c >= '\u30A1' && c <= '\u30FC' && c != '\u30FB';
    }

    /** Full-width ASCII to ASCII, the ideographic space to a space; every other character as it is. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    public static Normalized japanese(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int[] from = new int[n + 8];
        int[] to = new int[n + 8];
        int k = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= '\uFF61' && c <= '\uFF9F') { // half-width katakana: NFKC composes ｶﾞ into ガ
                int j = i;
                while (j < n && text.charAt(j) >= '\uFF61' && text.charAt(j) <= '\uFF9F') {
                    j++;
                }
                String full = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFKC);
                if (k + full.length() > out.length) {
                    int size = Math.max(out.length * 2, k + full.length());
                    out = Arrays.copyOf(out, size);
                    from = Arrays.copyOf(from, size);
                    to = Arrays.copyOf(to, size);
                }
                for (int f = 0; f < full.length(); f++) {
                    out[k] = full.charAt(f);
                    from[k] = i;
                    to[k] = j;
                    k++;
                }
                i = j;
                continue;
            }
            char m = fold(c);
            if (Character.isWhitespace(m) || m == '\u00A0') {
                i++;
                continue;
            }
            if (m == LONG_VOWEL && k >= 2 && isKatakana(out[k - 1]) && isKatakana(out[k - 2])
                    && (i + 1 >= n || !isKatakana(fold(text.charAt(i + 1))))) {
                to[k - 1] = i + 1; // クラスター → クラスタ, the mark still part of the word in the text
                i++;
                continue;
            }
            if (m < 0x250) {
                m = Character.toLowerCase(m);
            }
            out[k] = m;
            from[k] = i;
            to[k] = i + 1;
            k++;
            i++;
        }
        return new Normalized(out, k, from, to);
    }

    /** The Japanese normal form of a term: what two terms are compared by. */
    public static String japaneseKey(String term) {
        Normalized normalized = japanese(term);
        return new String(normalized.chars(), 0, normalized.length());
    }

    /** A word of an English text: its normal form and where it is. */
    public record Word(String form, int start, int end) {
    }

    public static List<Word> englishWords(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        StringBuilder word = new StringBuilder(24);
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? fold(text.charAt(i)) : ' ';
            boolean part = Character.isLetterOrDigit(c) && !isJapanese(c);
            if (part) {
                if (start < 0) {
                    start = i;
                    word.setLength(0);
                }
                word.append(c < 0x250 ? Character.toLowerCase(c) : c);
            } else if (start >= 0) {
                words.add(new Word(stem(word.toString()), start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The English normal form of a term: its words' normal forms, separated by one space. */
    public static String englishKey(String term) {
        StringBuilder key = new StringBuilder();
        for (Word word : englishWords(term)) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(word.form());
        }
        return key.toString();
    }

    /** Removes the inflections of a lower-case English word: plural s, -ed, -ing, and a final e. */
    public static String stem(String w) {
        if (KEEP.contains(w)) {
            return w;
        }
        int n = w.length();
        String s = w;
        if (n >= 5 && (s.endsWith("ies") || s.endsWith("ied"))) {
            s = s.substring(0, n - 3) + "y";
        } else if (n >= 5 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, n - 2);
        } else if (n >= 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        } else if (n >= 5 && s.endsWith("ed") && !s.endsWith("eed")) {
            s = undouble(s.substring(0, n - 2));
        } else if (n >= 6 && s.endsWith("ing") && hasVowel(s.substring(0, n - 3))) {
            s = undouble(s.substring(0, n - 3));
        }
        if (s.length() >= 4 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** stopp → stop, runn → run; ll, ss, zz and ff stay (install, pass). */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgkmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
