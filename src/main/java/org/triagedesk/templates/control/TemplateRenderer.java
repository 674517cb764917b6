package org.triagedesk.templates.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.platform.Language;
import org.triagedesk.templates.entity.Draft;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.ResponseTemplate;

/** Fills a response template with a case's facts and findings, in the case's language. */
public class TemplateRenderer {

    public Draft render(ResponseTemplate template, DraftInput input) {
        Map<String, String> values = values(input, new FindingTexts(input.language()),
                Placeholders.in(template.body()).contains("firstRemediation"));
        return new Draft(template.key(), template.language(), Placeholders.fill(template.subject(), values).strip(),
                Placeholders.fill(template.body(), values));
    }

    Map<String, String> values(DraftInput in, FindingTexts texts) {
        return values(in, texts, false);
    }

    /**
     * @param firstRemediationApart the template says the worst finding's remediation on its own
     *        ({@code firstRemediation}): the list of findings leaves it out, so no "what to do" is said twice
     */
    Map<String, String> values(DraftInput in, FindingTexts texts, boolean firstRemediationApart) {
        Map<String, String> v = new HashMap<>();
        List<Finding> findings = in.eligibility().findings();
        String firstRemediation = worst(findings).map(texts::remediation).orElse("");
        v.put("title", nonNull(in.title()));
        v.put("verdict", texts.text("verdict." + in.eligibility().verdict().name()));
        v.put("findings", findings.isEmpty() ? texts.text("draft.noFindings") : findings(findings, texts, firstRemediationApart ? firstRemediation : null));
        v.put("firstRemediation", firstRemediation);
        v.put("provisional", in.eligibility().provisional()
                ? texts.text("draft.provisional", texts.facts(in.eligibility().missingFacts())) : "");
        v.put("missingFacts", in.eligibility().missingFacts().stream()
                .map(m -> texts.text("draft.missingFact", texts.text("fact." + m.fact()), texts.why(m), String.join(", ", m.commands())))
                .collect(Collectors.joining("\n")));
        Classification c = in.classification();
        if (c != null && c.area() != null) {
            v.put("area", texts.text("area." + c.area().name()));
            v.put("areaScope", texts.text("scope." + c.area().name()));
            v.put("otherArea", c.otherArea() == null ? "" : texts.text("area." + c.otherArea().name()));
        }
        List<IssueMatch> issues = c == null ? List.of() : c.knownIssues();
        IssueMatch lead = issues.isEmpty() ? null : primary(issues, in.language().code());
        v.put("knownIssues", issues.stream().filter(m -> m != lead).map(m -> texts.text("draft.knownIssue", m.key(), marked(m, texts), m.score()))
                .collect(Collectors.joining("\n")));
        if (!issues.isEmpty()) {
            IssueMatch first = primary(issues, in.language().code());
            v.put("knownIssue.key", first.key());
            v.put("knownIssue.title", marked(first, texts));
            v.put("knownIssue.workaround", nonNull(first.workaround()));
            v.put("knownIssue.upstreamUrl", nonNull(first.upstreamUrl()));
            v.put("knownIssue.timeline", nonNull(first.timeline()));
            v.put("knownIssue.fixedIn", nonNull(first.fixedIn()));
        }
        // An unknown fact leaves its placeholder empty, which drops the sentence that would state it.
        v.put("kubernetesVersion", nonNull(in.kubernetesVersion()));
        v.put("platform", nonNull(in.platform()));
        v.put("cluster", cluster(in.kubernetesVersion(), in.platform(), texts));
        v.put("asOf", in.asOf().toString());
        v.put("consentNotice", texts.text("consent"));
        return v;
    }

    /**
     * One line per finding: its message, the policy section by its title in the draft's language, and what to do,
     * each "what to do" only once (two findings of one rule share a remediation; {@code alreadySaid} is said elsewhere).
     */
    static String findings(List<Finding> findings, FindingTexts texts, String alreadySaid) {
        Set<String> said = new HashSet<>();
        if (alreadySaid != null && !alreadySaid.isBlank()) {
            said.add(alreadySaid);
        }
        return findings.stream().map(f -> {
            String remediation = texts.remediation(f);
            String section = section(f, texts);
            return said.add(remediation) ? texts.text("draft.finding", texts.message(f), section, remediation)
                    : texts.text("draft.findingOnly", texts.message(f), section);
        }).collect(Collectors.joining("\n"));
    }

    /** A policy section's title in the reader's language only (the source's Japanese title in a Japanese draft). */
    static String section(Finding finding, FindingTexts texts) {
        return texts.language() == Language.JA ? finding.rule().section().japaneseTitle()
                : finding.rule().section().englishTitle();
    }

    /** The cluster in a few words, saying what is not known yet instead of leaving the sentence out: "Kubernetes 1.32.1 on Azure Local, version 24H2". */
    static String cluster(String version, String platform, FindingTexts texts) {
        boolean v = version != null && !version.isBlank();
        boolean p = platform != null && !platform.isBlank();
        if (v && p) {
            return texts.text("draft.cluster.both", version, platform);
        }
        return v ? texts.text("draft.cluster.version", version) : p ? texts.text("draft.cluster.platform", platform)
                : texts.text("draft.cluster.none");
    }

    /** A known issue's title, saying when the record is written in another language than the draft ("English only"). */
    static String marked(IssueMatch issue, FindingTexts texts) {
        String note = texts.languageNote(issue.language());
        return note == null ? issue.title() : issue.title() + " (" + note + ")";
    }

    /** The issue the draft is about: the best match, or a close one written in the reader's language. */
    static IssueMatch primary(List<IssueMatch> issues, String language) {
        IssueMatch best = issues.get(0);
        if (language.equals(best.language())) {
            return best;
        }
        return issues.stream().filter(m -> language.equals(m.language()) && m.score() >= best.score() * 0.7
                && m.signatureHit() == best.signatureHit()).findFirst().orElse(best);
    }

    private static Optional<Finding> worst(List<Finding> findings) {
        return findings.stream().reduce((a, b) -> b.outcome().isWorseThan(a.outcome()) ? b : a);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
