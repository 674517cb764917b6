package org.triagedesk.templates.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.templates.entity.Draft;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.ResponseTemplate;

/** Fills a response template with a case's facts and findings, in the case's language. */
public class TemplateRenderer {

    public Draft render(ResponseTemplate template, DraftInput input) {
        Map<String, String> values = values(input, new FindingTexts(input.language()));
        return new Draft(template.key(), template.language(), Placeholders.fill(template.subject(), values).strip(),
                Placeholders.fill(template.body(), values));
    }

    Map<String, String> values(DraftInput in, FindingTexts texts) {
        Map<String, String> v = new HashMap<>();
        List<Finding> findings = in.eligibility().findings();
        v.put("title", nonNull(in.title()));
        v.put("verdict", texts.text("verdict." + in.eligibility().verdict().name()));
        v.put("findings", findings.isEmpty() ? texts.text("draft.noFindings") : findings.stream()
                .map(f -> texts.text("draft.finding", texts.message(f), f.rule().section().citation(), texts.remediation(f)))
                .collect(Collectors.joining("\n")));
        v.put("firstRemediation", worst(findings).map(texts::remediation).orElse(""));
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
        v.put("knownIssues", issues.stream().filter(m -> m != lead).map(m -> texts.text("draft.knownIssue", m.key(), m.title(), m.score()))
                .collect(Collectors.joining("\n")));
        if (!issues.isEmpty()) {
            IssueMatch first = primary(issues, in.language().code());
            v.put("knownIssue.key", first.key());
            v.put("knownIssue.title", first.title());
            v.put("knownIssue.workaround", nonNull(first.workaround()));
            v.put("knownIssue.upstreamUrl", nonNull(first.upstreamUrl()));
            v.put("knownIssue.timeline", nonNull(first.timeline()));
            v.put("knownIssue.fixedIn", nonNull(first.fixedIn()));
        }
        // An unknown fact leaves its placeholder empty, which drops the sentence that would state it.
        v.put("kubernetesVersion", nonNull(in.kubernetesVersion()));
        v.put("platform", nonNull(in.platform()));
        v.put("asOf", in.asOf().toString());
        v.put("consentNotice", texts.text("consent"));
        return v;
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
