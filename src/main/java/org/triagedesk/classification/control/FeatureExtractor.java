package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.triagedesk.kernel.AnalysisChains;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.TriageAnalyzers;
import org.triagedesk.platform.Language;

/**
 * Reads the {@link CaseFeatures} of a case: its title, description and telling evidence lines
 * ({@link CaseText#searchText()}) through the index's own analysis chains ({@link AnalysisChains}):
 * English words with this field's synonyms, Japanese words through Kuromoji (only for a text with
 * Japanese in it), word bigrams, character n-grams (robust to typos and to unsegmented Japanese),
 * CLI and cmdlet names as whole tokens, and the known issues whose log signature is in the case, by
 * the same near-exact check the known-issue ranking uses ({@link IssueRanking#signatureIn}). The
 * known issues are handed in; nothing is read from a database. Thread-safe.
 *
 * <p>Over 150 lines: its settings and the records it takes are nested here, so that one file says what every
 * feature of the model is and how it is read.
 */
public class FeatureExtractor {

    /** The feature families; {@link #JAPANESE} switches Kuromoji, whose words join the English ones in {@code w:}. */
    public enum Family {
        WORDS, JAPANESE, BIGRAMS, CHARS, COMMANDS, SIGNATURES
    }

    /** A known issue's log signatures, and its area. */
    public record KnownSignatures(String key, CoverageArea area, List<String> signatures) {
        public KnownSignatures {
            signatures = List.copyOf(signatures);
        }

        /** The signatures as the near-exact check looks for them, worked out once (too short ones left out). */
        List<String> forms() {
            return signatures.stream().map(IssueRanking::signatureForm).flatMap(Optional::stream).toList();
        }
    }

    /**
     * @param wordChain the English chain for words: {@link TriageAnalyzers#ENGLISH} (with synonyms) or
     *        {@link TriageAnalyzers#ENGLISH_PLAIN}
     * @param charChars at most this many characters of the text are cut into n-grams (a bound on long pastes)
     * @param allEvidence read every evidence line (up to {@value #MAX_TEXT} characters in all), not only the
     *        telling ones of {@link CaseText#searchText()}
     */
    public record Settings(Set<Family> families, String wordChain, int charMin, int charMax, int charChars, boolean allEvidence) {
        public static final Settings DEFAULT = new Settings(EnumSet.allOf(Family.class), TriageAnalyzers.ENGLISH, 2, 4, 3_000, false);

        public Settings {
            families = Set.copyOf(families);
        }

        public Settings with(Family family) {
            EnumSet<Family> more = EnumSet.noneOf(Family.class);
            more.addAll(families);
            more.add(family);
            return new Settings(more, wordChain, charMin, charMax, charChars, allEvidence);
        }

        public Settings without(Family family) {
            EnumSet<Family> fewer = EnumSet.allOf(Family.class);
            fewer.retainAll(families);
            fewer.remove(family);
            return new Settings(fewer, wordChain, charMin, charMax, charChars, allEvidence);
        }

        public Settings withChain(String chain) {
            return new Settings(families, chain, charMin, charMax, charChars, allEvidence);
        }

        public Settings withChars(int min, int max, int chars) {
            return new Settings(families, wordChain, min, max, chars, allEvidence);
        }

        public Settings withAllEvidence(boolean all) {
            return new Settings(families, wordChain, charMin, charMax, charChars, all);
        }
    }

    /** The most text read when {@link Settings#allEvidence()} is on. */
    static final int MAX_TEXT = 20_000;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Settings settings;
    private final KnownSignatureIndex knownIssues;
    private final Analyzer english;
    private final Analyzer japanese;

    public FeatureExtractor(Settings settings, List<KnownSignatures> knownIssues) {
        this(settings, knownIssues, null);
    }

    /**
     * @param previous the extractor in use, whose signature index is taken over when the known issues' signatures are
     *        the same (a retrain after new cases): at 100,000 known issues a second index of the same signatures
     *        took the heap a retrain needed
     */
    public FeatureExtractor(Settings settings, List<KnownSignatures> knownIssues, FeatureExtractor previous) {
        this.settings = settings;
        String digest = KnownSignatureIndex.digest(knownIssues);
        this.knownIssues = previous != null && previous.knownIssues.digest().equals(digest) ? previous.knownIssues
                : KnownSignatureIndex.of(knownIssues, digest);
        this.english = AnalysisChains.analyzer(settings.wordChain());
        this.japanese = AnalysisChains.analyzer(TriageAnalyzers.JAPANESE);
    }

    /** Whether this extractor looks for the same signatures as {@code other} (the same index, not a copy). */
    public boolean sharesSignaturesWith(FeatureExtractor other) {
        return other != null && knownIssues == other.knownIssues;
    }

    /**
     * The known issues' keys and areas by owner, and their signatures indexed; the signatures' written forms are not
     * kept beside the index. {@code digest} tells two lists of the same signatures apart from different ones.
     */
    private record KnownSignatureIndex(String[] keys, CoverageArea[] areas, SignatureIndex index, String digest) {

        static KnownSignatureIndex of(List<KnownSignatures> issues, String digest) {
            String[] keys = new String[issues.size()];
            CoverageArea[] areas = new CoverageArea[issues.size()];
            List<List<String>> forms = new ArrayList<>(issues.size());
            for (int i = 0; i < issues.size(); i++) {
                keys[i] = issues.get(i).key();
                areas[i] = issues.get(i).area();
                forms.add(issues.get(i).forms());
            }
            return new KnownSignatureIndex(keys, areas, new SignatureIndex(forms), digest);
        }

        static String digest(List<KnownSignatures> issues) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (KnownSignatures issue : issues) {
                    sha.update((issue.key() + "\u0000" + issue.area() + "\u0000" + String.join("\u0001", issue.signatures()) + "\u0002")
                            .getBytes(StandardCharsets.UTF_8));
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        boolean isEmpty() {
            return keys.length == 0;
        }
    }

    public CaseFeatures features(CaseText text) {
        String all = settings.allEvidence() ? allText(text) : text.searchText();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        Set<Family> on = settings.families();
        if (on.contains(Family.WORDS) || on.contains(Family.BIGRAMS)) {
            words(english, all, false, counts, written);
            if (on.contains(Family.JAPANESE) && Language.ofText(all) == Language.JA) {
                words(japanese, all, true, counts, written);
            }
        }
        if (on.contains(Family.CHARS)) {
            String folded = " " + NOT_WORD.matcher(all.length() > settings.charChars() ? all.substring(0, settings.charChars()) : all)
                    .replaceAll(" ").toLowerCase(Locale.ROOT).strip() + " ";
            for (int n = settings.charMin(); n <= settings.charMax(); n++) {
                for (int i = 0; i + n <= folded.length(); i++) {
                    String gram = folded.substring(i, i + n);
                    if (!gram.isBlank()) {
                        counts.merge("c:" + gram, 1, Integer::sum);
                    }
                }
            }
        }
        if (on.contains(Family.COMMANDS)) {
            CommandNames.count(all, counts, written);
        }
        if (on.contains(Family.SIGNATURES) && !knownIssues.isEmpty()) {
            BitSet found = knownIssues.index().owning(IssueRanking.signatureText(text));
            for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
                counts.merge("sig:" + knownIssues.keys()[i], 1, Integer::sum);
                counts.merge("sigarea:" + knownIssues.areas()[i], 1, Integer::sum);
            }
        }
        return new CaseFeatures(counts, written);
    }

    private static String allText(CaseText text) {
        StringBuilder all = new StringBuilder(text.prose());
        for (var e : text.evidence()) {
            if (all.length() >= MAX_TEXT) {
                break;
            }
            all.append('\n').append(e.content() == null ? "" : e.content());
        }
        return all.length() > MAX_TEXT ? all.substring(0, MAX_TEXT) : all.toString();
    }

    /**
     * Words ({@code w:}) and bigrams of consecutive words ({@code b:}) from one chain. Of the Japanese
     * chain only tokens read from Japanese characters count (with their synonyms): its Latin words are
     * the English chain's.
     */
    private void words(Analyzer analyzer, String text, boolean japaneseOnly, Map<String, Integer> counts, Map<String, String> written) {
        boolean words = settings.families().contains(Family.WORDS);
        boolean bigrams = settings.families().contains(Family.BIGRAMS);
        String previous = null;
        String previousWritten = null;
        try (TokenStream stream = analyzer.tokenStream(TriageAnalyzers.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                String surface = text.substring(start, Math.max(start, Math.min(offset.endOffset(), text.length())))
                        .toLowerCase(Locale.ROOT);
                if (japaneseOnly && Language.ofText(surface) != Language.JA) {
                    previous = null;
                    continue;
                }
                String word = term.toString();
                if (words) {
                    counts.merge("w:" + word, 1, Integer::sum);
                    written.putIfAbsent("w:" + word, surface);
                }
                // a synonym stacked on the same position is not a next word
                if (position.getPositionIncrement() > 0) {
                    if (bigrams && previous != null) {
                        String key = "b:" + previous + " " + word;
                        counts.merge(key, 1, Integer::sum);
                        written.putIfAbsent(key, previousWritten + (japaneseOnly ? "" : " ") + surface);
                    }
                    previous = word;
                    previousWritten = surface;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
