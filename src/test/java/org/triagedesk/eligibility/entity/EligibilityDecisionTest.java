package org.triagedesk.eligibility.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.platform.Language;

class EligibilityDecisionTest {

    private static final MissingFact VERSION = new MissingFact("kubernetesVersion", List.of("kubectl version"));
    private static final MissingFact SYNC = new MissingFact("lastAzureConnection", List.of("Get-AzureStackHCI"));

    @Test
    void aVerdictWithMissingFactsIsProvisional() {
        assertTrue(EligibilityDecision.of(List.of(), List.of(VERSION)).provisional());
        assertTrue(EligibilityDecision.of(List.of(Finding.of(PolicyRule.AZURE_SYNC_UNKNOWN)), List.of(SYNC)).provisional());
        assertFalse(EligibilityDecision.of(List.of(), List.of()).provisional(), "nothing missing: final");
    }

    @Test
    void anUnsupportedVerdictIsFinalWhateverIsMissing() {
        EligibilityDecision unsupported = EligibilityDecision.of(List.of(Finding.of(PolicyRule.NODES_DEALLOCATED)), List.of(VERSION));
        assertFalse(unsupported.provisional());
        assertNull(new FindingTexts(Language.EN).provisional(unsupported));
    }

    @Test
    void aScopeFindingKeepsTheVerdictProvisional() {
        EligibilityDecision outOfScope = EligibilityDecision.of(List.of(), List.of(VERSION))
                .with(List.of(Finding.of(PolicyRule.SCOPE_HOW_TO)));
        assertEquals(Verdict.OUT_OF_SCOPE, outOfScope.verdict());
        assertTrue(outOfScope.provisional(), "an unknown version could still make it unsupported");
    }

    @Test
    void theProvisionalVerdictInWordsNamesEveryFactStillNeeded() {
        EligibilityDecision decision = EligibilityDecision.of(List.of(Finding.of(PolicyRule.AZURE_SYNC_UNKNOWN)), List.of(VERSION, SYNC));
        assertEquals("Supported with warnings so far — we still need: Kubernetes version, Last sync with Azure",
                new FindingTexts(Language.EN).provisional(decision));
        assertEquals("現時点ではサポート対象 (注意事項あり) — 次の情報が必要です: Kubernetes のバージョン、Azure との最終同期日",
                new FindingTexts(Language.JA).provisional(decision));
    }
}
