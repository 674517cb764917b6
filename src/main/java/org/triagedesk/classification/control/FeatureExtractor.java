package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.triagedesk.classification.entity.CaseText;
import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.knowledgebase.control.AnalysisChains;
import org.triagedesk.knowledgebase.control.IssueRanking;
import org.triagedesk.knowledgebase.control.TriageAnalyzers;
import org.triagedesk.platform.Language;

/**
 * Reads the {@link CaseFeatures} of a case: its title, description and telling evidence lines
 * ({@link CaseText#searchText()}) through the index's own analysis chains ({@link AnalysisChains}):
 * English words with this field's synonyms, Japanese words through Kuromoji (only for a text with
 * Japanese in it), word bigrams, character n-grams (robust to typos and to unsegmented Japanese),
 * CLI and cmdlet names as whole tokens, and the known issues whose log signature is in the case, by
 * the same near-exact check the known-issue ranking uses ({@link IssueRanking#signatureIn}). The
 * known issues are handed in; nothing is read from a database. Thread-safe.
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
    }

    /**
     * @param wordChain the English chain for words: {@link TriageAnalyzers#ENGLISH} (with synonyms) or
     *        {@link TriageAnalyzers#ENGLISH_PLAIN}
     * @param charChars at most this many characters of the text are cut into n-grams (a bound on long pastes)
     */
    public record Settings(Set<Family> families, String wordChain, int charMin, int charMax, int charChars) {
        public static final Settings DEFAULT = new Settings(EnumSet.allOf(Family.class), TriageAnalyzers.ENGLISH, 2, 4, 3_000);

        public Settings {
            families = Set.copyOf(families);
        }

        public Settings without(Family family) {
            EnumSet<Family> fewer = EnumSet.allOf(Family.class);
            fewer.retainAll(families);
            fewer.remove(family);
            return new Settings(fewer, wordChain, charMin, charMax, charChars);
        }
    }

    /** PowerShell cmdlets (Verb-Noun) and the CLIs of the field with their subcommands. */
    private static final Pattern CMDLET = Pattern.compile("\\b[A-Z][a-z]{1,12}-[A-Z][A-Za-z0-9]{2,40}\\b");
    private static final Pattern CLI = Pattern.compile("(?i)\\b(az|kubectl|helm|mocctl|kvactl|crictl|ctr|docker|systemctl|journalctl"
            + "|kubeadm|calicoctl|istioctl|argocd|cmctl|nctl|oc)\\s+([a-z][a-z0-9-]{1,30})(?:\\s+([a-z][a-z0-9-]{1,30}))?");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Settings settings;
    private final List<KnownSignatures> knownIssues;
    private final Analyzer english;
    private final Analyzer japanese;

    public FeatureExtractor(Settings settings, List<KnownSignatures> knownIssues) {
        this.settings = settings;
        this.knownIssues = List.copyOf(knownIssues);
        this.english = AnalysisChains.analyzer(settings.wordChain());
        this.japanese = AnalysisChains.analyzer(TriageAnalyzers.JAPANESE);
    }

    public CaseFeatures features(CaseText text) {
        String all = text.searchText();
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
            commands(all, counts, written);
        }
        if (on.contains(Family.SIGNATURES) && !knownIssues.isEmpty()) {
            String folded = IssueRanking.signatureText(text);
            for (KnownSignatures issue : knownIssues) {
                if (issue.signatures().stream().anyMatch(s -> IssueRanking.signatureIn(folded, s))) {
                    counts.merge("sig:" + issue.key(), 1, Integer::sum);
                    counts.merge("sigarea:" + issue.area(), 1, Integer::sum);
                }
            }
        }
        return new CaseFeatures(counts, written);
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

    private static void commands(String text, Map<String, Integer> counts, Map<String, String> written) {
        Matcher cmdlet = CMDLET.matcher(text);
        while (cmdlet.find()) {
            String name = cmdlet.group();
            counts.merge("cmd:" + name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            written.putIfAbsent("cmd:" + name.toLowerCase(Locale.ROOT), name);
        }
        Matcher cli = CLI.matcher(text);
        while (cli.find()) {
            String tool = cli.group(1).toLowerCase(Locale.ROOT);
            String first = tool + " " + cli.group(2).toLowerCase(Locale.ROOT);
            counts.merge("cmd:" + first, 1, Integer::sum);
            written.putIfAbsent("cmd:" + first, first);
            // az names its command group and then the command: az aksarc create
            if (tool.equals("az") && cli.group(3) != null) {
                String second = first + " " + cli.group(3).toLowerCase(Locale.ROOT);
                counts.merge("cmd:" + second, 1, Integer::sum);
                written.putIfAbsent("cmd:" + second, second);
            }
        }
    }
}
