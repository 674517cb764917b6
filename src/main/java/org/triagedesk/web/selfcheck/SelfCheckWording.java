package org.triagedesk.web.selfcheck;

import java.util.List;
import java.util.Locale;

import org.triagedesk.kernel.MatchReason;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicySection;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.platform.Language;
import org.triagedesk.web.SafeMarkdown;

/**
 * How the self-check words a triage result in the page's language: each finding's message, policy
 * section and remediation, why a missing fact matters, why a known issue matched. The texts are the
 * engine's own (the same the API answers with), so the page and the API never disagree.
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

    /** Only web addresses become links; anything else (a {@code javascript:} URL in a record) stays text. */
    public boolean webLink(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
