package org.triagedesk.web.selfcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.web.PageTexts;

/**
 * The few sentences under the verdict that tell a customer what to do, before any detail: what each finding that
 * is not plainly supported asks for (its remediation, each once, at most three; one that only asks for a missing
 * fact, naming the command that shows it, is left to the next step), the missing facts to send, and the first
 * sentence of the workaround of a known issue whose error message is in the evidence. Without any of these the
 * one step is to file the request with this answer.
 */
final class NextSteps {

    static final int MAX_REMEDIATIONS = 3;

    private NextSteps() {
    }

    static List<String> of(TriageResult result, SelfCheckWording wording, PageTexts texts, Function<String, String> factLabel,
            List<IssueMatch> shown) {
        List<String> steps = new ArrayList<>();
        // a remediation that asks for a missing fact (it names the command that shows it) is said once, by the facts' step
        Set<String> commands = new LinkedHashSet<>();
        result.eligibility().missingFacts().forEach(m -> m.commands().forEach(c -> commands.add(c.strip().split("\\s+")[0])));
        commands.removeIf(c -> c.length() < 4);
        Set<String> remediations = new LinkedHashSet<>();
        for (Finding f : result.eligibility().findings()) {
            if (f.outcome() != Verdict.SUPPORTED) {
                String text = wording.remediation(f);
                if (text != null && !text.isBlank() && commands.stream().noneMatch(text::contains)) {
                    remediations.add(text.strip());
                }
            }
        }
        remediations.stream().limit(MAX_REMEDIATIONS).forEach(steps::add);
        List<String> missing = result.eligibility().missingFacts().stream().map(m -> factLabel.apply(m.fact())).distinct().toList();
        if (!missing.isEmpty()) {
            steps.add(texts.get("sc", "next.sendFacts", String.join(texts.get("sc", "list.separator"), missing)));
        }
        shown.stream().filter(IssueMatch::signatureHit).filter(k -> !SelfCheckWording.firstLine(k.workaround()).isEmpty()).findFirst()
                .ifPresent(k -> steps.add(texts.get("sc", "next.workaround", k.key(), SelfCheckWording.firstLine(k.workaround()))));
        if (steps.isEmpty()) {
            steps.add(texts.get("sc", "next.file"));
        }
        return steps;
    }
}
