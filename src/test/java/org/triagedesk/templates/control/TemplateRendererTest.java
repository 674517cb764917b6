package org.triagedesk.templates.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.platform.Language;
import org.triagedesk.templates.entity.Draft;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.ResponseTemplate;
import org.triagedesk.templates.entity.Situation;

class TemplateRendererTest {

    private final TemplateRenderer cut = new TemplateRenderer();

    @Test
    void fillsTheCasesFactsInItsLanguage() {
        ResponseTemplate template = new ResponseTemplate("unsupported", "ja", "{{title}} について",
                "判定: {{verdict}}\n{{findings}}\nまず: {{firstRemediation}}\n{{consentNotice}}", "x");
        EligibilityDecision decision = EligibilityDecision.of(List.of(Finding.of(PolicyRule.VERSION_REMOVED, "1.26", "2024-09-01")), List.of());
        Draft draft = cut.render(template, input(Language.JA, decision, null));
        assertEquals("ノードが落ちる について", draft.subject());
        assertTrue(draft.body().startsWith("判定: サポート対象外\n- Kubernetes 1.26 は 2024-09-01 に"), draft.body());
        assertTrue(draft.body().contains("サービスの更新とリリース / Service updates and releases"));
        assertTrue(draft.body().contains("同意"), "consent notice in Japanese");
    }

    @Test
    void dropsALineWhosePlaceholderHasNothingToSay() {
        ResponseTemplate template = new ResponseTemplate("known-issue", "en", "s",
                "Matches {{knownIssue.key}}.\nFixed in {{knownIssue.fixedIn}}.\nBye", "x");
        Classification c = new Classification(CoverageArea.NETWORKING, 0.9, Map.of(), false, null,
                new Classification.Explanation(List.of(), List.of(), List.of(), List.of()),
                List.of(new IssueMatch("KI-0203", "VIP pool", CoverageArea.NETWORKING, "OPEN", 9, "free VIPs", null, List.of(), null, null,
                        null, "en", false, List.of())));
        Draft draft = cut.render(template, input(Language.EN, EligibilityDecision.of(List.of(), List.of()), c));
        assertEquals("Matches KI-0203.\nBye", draft.body());
    }

    @Test
    void listsMissingFactsWithTheirCommands() {
        ResponseTemplate template = new ResponseTemplate("information-needed", "en", "s", "{{missingFacts}}", "x");
        EligibilityDecision decision = EligibilityDecision.of(List.of(),
                List.of(new MissingFact("kubernetesVersion", List.of("kubectl version", "Get-AksHciCluster"))));
        assertTrue(cut.render(template, input(Language.EN, decision, null)).body()
                .endsWith("Run: kubectl version, Get-AksHciCluster"));
    }

    @Test
    void situationFollowsEligibilityFirst() {
        EligibilityDecision unsupported = EligibilityDecision.of(List.of(Finding.of(PolicyRule.NODES_DEALLOCATED)), List.of());
        assertEquals(Situation.UNSUPPORTED, SituationChoice.of(input(Language.EN, unsupported, null)));
        EligibilityDecision missing = EligibilityDecision.of(List.of(), List.of(new MissingFact("platform", List.of())));
        assertEquals(Situation.INFORMATION_NEEDED, SituationChoice.of(input(Language.EN, missing, null)));
        assertEquals(Situation.IN_SCOPE, SituationChoice.of(input(Language.EN, EligibilityDecision.of(List.of(), List.of()), null)));
    }

    private static DraftInput input(Language language, EligibilityDecision decision, Classification c) {
        return new DraftInput(language, "ノードが落ちる", LocalDate.parse("2025-11-01"), decision, c, "1.26.3", "AZURE_STACK_HCI_22H2");
    }
}
