package org.triagedesk.templates.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
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
        assertTrue(draft.body().contains("(サービスの更新とリリース)"), draft.body());
        assertFalse(draft.body().contains("Service updates and releases"), "one language per draft: " + draft.body());
        assertTrue(draft.body().contains("同意"), "consent notice in Japanese");
    }

    @Test
    void anEnglishDraftCitesTheEnglishTitleAndSaysEachWhatToDoOnce() {
        ResponseTemplate template = new ResponseTemplate("unsupported", "en", "s",
                "{{findings}}\nThe first step:\n{{firstRemediation}}", "x");
        EligibilityDecision decision = EligibilityDecision.of(List.of(Finding.of(PolicyRule.VERSION_REMOVED, "1.26", "2024-09-01"),
                Finding.about(PolicyRule.PREVIEW_FEATURE, "FeatureA", "FeatureA"), Finding.about(PolicyRule.PREVIEW_FEATURE, "FeatureB", "FeatureB")),
                List.of());
        String body = cut.render(template, input(Language.EN, decision, null)).body();
        assertTrue(body.contains("(Service updates and releases)"), body);
        assertFalse(body.contains("サービスの更新とリリース"), body);
        assertFalse(body.matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), "no Japanese in an English draft: " + body);
        String removed = new FindingTexts(Language.EN).remediation(decision.findings().get(0));
        String preview = new FindingTexts(Language.EN).remediation(decision.findings().get(1));
        assertEquals(1, occurrences(body, removed), "the first step is said once, apart: " + body);
        assertEquals(1, occurrences(body, preview), "two findings of one rule share their what-to-do once: " + body);
        assertEquals(1, occurrences(body, "What to do:"), body);
        assertTrue(body.contains("FeatureB is in use. (Preview features or feature flags)"), "the second finding stays: " + body);
    }

    @Test
    void aProvisionalVerdictSaysSoAndNamesTheFactsStillNeeded() {
        ResponseTemplate template = new ResponseTemplate("in-scope", "en", "s", "Result: {{verdict}}.\n{{provisional}}\nBye", "x");
        EligibilityDecision missing = EligibilityDecision.of(List.of(),
                List.of(new MissingFact("kubernetesVersion", List.of("kubectl version"))));
        assertEquals("Result: supported.\nThis result is provisional: it can still change once we know the following: Kubernetes version.\nBye",
                cut.render(template, input(Language.EN, missing, null)).body());
        assertEquals("Result: supported.\nBye", cut.render(template, input(Language.EN, EligibilityDecision.of(List.of(), List.of()), null)).body(),
                "nothing missing: no provisional line");
        ResponseTemplate ja = new ResponseTemplate("in-scope", "ja", "s", "{{provisional}}", "x");
        assertEquals("この判定は暫定です。次の情報が分かり次第、変わる可能性があります: Kubernetes のバージョン。",
                cut.render(ja, input(Language.JA, missing, null)).body());
    }

    @Test
    void theClusterIsNamedByWhatIsKnownAndThePlatformByItsName() {
        ResponseTemplate template = new ResponseTemplate("in-scope", "en", "s", "We checked your cluster ({{cluster}}).", "x");
        EligibilityDecision none = EligibilityDecision.of(List.of(), List.of());
        DraftInput known = new DraftInput(Language.EN, "t", LocalDate.parse("2026-12-03"), none, null, "1.32.1", "Azure Local, version 24H2");
        assertEquals("We checked your cluster (Kubernetes 1.32.1 on Azure Local, version 24H2).", cut.render(template, known).body());
        DraftInput noVersion = new DraftInput(Language.EN, "t", LocalDate.parse("2026-12-03"), none, null, null, "Windows Server 2022");
        assertEquals("We checked your cluster (Kubernetes version not known yet, on Windows Server 2022).", cut.render(template, noVersion).body(),
                "a missing version keeps the sentence");
        assertEquals("Azure Local, version 24H2", new FindingTexts(Language.EN).platform("AZURE_LOCAL_24H2", "x"));
        assertEquals("Azure Local バージョン 24H2", new FindingTexts(Language.JA).platform("AZURE_LOCAL_24H2", "x"));
        assertEquals("Some Host (notes)", new FindingTexts(Language.EN).platform("SOME_HOST", "Some Host (notes)"),
                "a code without a wording shows the catalog's name");
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
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
