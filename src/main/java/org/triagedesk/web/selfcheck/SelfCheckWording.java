package org.triagedesk.web.selfcheck;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicySection;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.MatchReason;
import org.triagedesk.platform.Language;
import org.triagedesk.web.SafeMarkdown;

/**
 * How the self-check words a triage result in the page's language: each finding's message, policy
 * section and remediation, why a missing fact matters, why a known issue matched. The texts are the
 * engine's own (the same the API answers with), so the page and the API never disagree.
 * <p>
 * Just over 150 lines: every text the answer panel shows is worded here, one short method each, with the first-line
 * cut of a known issue's summary that the panel lists; splitting them would spread one panel over several beans.
 */
public class SelfCheckWording {

    private final FindingTexts texts;

    public SelfCheckWording(FindingTexts texts) {
        this.texts = texts;
    }

    public String message(Finding finding) {
        return texts.message(finding);
    }

    public String remediation(Finding finding) {
        return texts.remediation(finding);
    }

    /** The cited section's title in the page's language. */
    public String section(Finding finding) {
        PolicySection section = finding.rule().section();
        return texts.language() == Language.JA ? section.japaneseTitle() : section.englishTitle();
    }

    public String why(MissingFact fact) {
        return texts.why(fact);
    }

    public String reason(MatchReason reason) {
        return texts.reason(reason.code(), reason.arguments());
    }

    public List<String> reasons(List<MatchReason> reasons) {
        return reasons.stream().map(this::reason).toList();
    }

    /** The verdict's icon; a provisional "supported" is not shown as settled (a question mark, not a tick). */
    public String icon(EligibilityDecision decision) {
        return decision.provisional() && decision.verdict() == Verdict.SUPPORTED ? "pi-question-circle" : icon(decision.verdict());
    }

    /** "Supported so far — we still need: Kubernetes version", or {@code null} for a final verdict. */
    public String provisional(EligibilityDecision decision) {
        return texts.provisional(decision);
    }

    /** "English only" when a known issue is written in another language than the page's, else {@code null}. */
    public String languageNote(IssueMatch issue) {
        return texts.languageNote(issue.language());
    }

    /** Why a known issue matched, in one line: its reasons joined by semicolons. */
    public String reasonLine(List<MatchReason> reasons) {
        return String.join("; ", reasons(reasons));
    }

    /** The verdict's icon: colour is never the only sign. */
    public String icon(Verdict verdict) {
        return switch (verdict) {
            case SUPPORTED -> "pi-check-circle";
            case SUPPORTED_WITH_WARNINGS, BEST_EFFORT -> "pi-exclamation-triangle";
            case OUT_OF_SCOPE, UNSUPPORTED -> "pi-times-circle";
        };
    }

    /** A known issue's Markdown as safe HTML (raw HTML escaped, links sanitised). */
    public String markdown(String text) {
        return SafeMarkdown.html(text);
    }

    /** The longest first line a folded known issue shows; a longer first sentence is cut at a word. */
    static final int FIRST_LINE_MAX = 200;

    /**
     * The first line of a workaround's Markdown as plain text, what the folded known issue shows: its first
     * paragraph that says something (not blank, not a code fence; a code block's first line counts), without its
     * heading or list mark, up to the end of its first sentence; empty for no workaround.
     */
    public static String firstLine(String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder paragraph = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\\R")) {
            String text = line.strip();
            if (text.startsWith("```") || text.startsWith("~~~")) {
                if (paragraph.length() > 0) {
                    break;
                }
                fenced = !fenced;
                continue;
            }
            if (text.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            boolean block = text.matches("^(#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>).*");
            if (paragraph.length() > 0 && (block || fenced)) {
                break;
            }
            text = text.replaceFirst("^(#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s*)", "").replace("**", "").replace("`", "").strip();
            paragraph.append(paragraph.length() > 0 ? " " : "").append(text);
            if (fenced) {
                break;
            }
        }
        return firstSentence(paragraph.toString().strip());
    }

    private static String firstSentence(String text) {
        Matcher end = Pattern.compile("[.!?](\\s|$)|[。！？]").matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()).strip() : text;
        if (sentence.length() <= FIRST_LINE_MAX) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', FIRST_LINE_MAX);
        return sentence.substring(0, space > FIRST_LINE_MAX / 2 ? space : FIRST_LINE_MAX).strip() + " …";
    }

    public String first(String markdown) {
        return firstLine(markdown);
    }

    /** Only web addresses become links; anything else (a {@code javascript:} URL in a record) stays text. */
    public boolean webLink(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
