package org.triagedesk.web.desk;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.CaseReviewFacts;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Language;

/** Issue 20's helpers of the desk pages: the needs-review flag, the folded description, the profile with its sources. */
class CasePageHelpersTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final String MISSING_TWO = "{\"missingFacts\": [{\"fact\": \"platform\"}, {\"fact\": \"lastAzureConnection\"}]}";

    private static SupportCase triaged(CoverageArea area, double confidence, boolean review) {
        SupportCase c = new SupportCase(new CaseReference(2026, 9), "Pods Pending", null, "Contoso", Severity.B, Language.EN, "{}",
                "filer", AT);
        c.recordTriage(LocalDate.parse("2026-12-01"), area, Verdict.SUPPORTED, false, confidence, review, "{}", List.of(), AT);
        return c;
    }

    private static List<String> codes(CaseReview review) {
        return review.reasons().stream().map(CaseReview.Reason::code).toList();
    }

    @Test
    void aCaseNeedsReviewForAnUncertainAreaUntilCorrectedAndForAProvisionalVerdict() {
        SupportCase unsure = triaged(CoverageArea.NETWORKING, 0.41, true);
        CaseReview review = CaseReview.of(unsure, new CaseReviewFacts(false, MISSING_TWO));
        assertEquals(List.of("LOW_CONFIDENCE", "PROVISIONAL"), codes(review));
        assertEquals(41, review.reasons().get(0).amount());
        assertEquals(2, review.reasons().get(1).amount());
        assertEquals(List.of("PROVISIONAL"), codes(CaseReview.of(unsure, new CaseReviewFacts(true, MISSING_TWO))), "a correction settles the area");
        assertFalse(CaseReview.of(triaged(CoverageArea.NETWORKING, 0.93, false), new CaseReviewFacts(false, "{\"missingFacts\": []}")).needed());
        assertEquals(List.of("NO_AREA"), codes(CaseReview.of(triaged(null, 0.0, true), new CaseReviewFacts(false, "{}"))));
        SupportCase untriaged = new SupportCase(new CaseReference(2026, 10), "t", null, null, Severity.C, Language.EN, null, "filer", AT);
        assertEquals(List.of("NOT_TRIAGED"), codes(CaseReview.of(untriaged, null)));
    }

    @Test
    void anAnswersOwnProvisionalFieldDecidesWhereItHasOne() {
        assertEquals(2, CaseReview.missingFacts(MISSING_TWO));
        assertEquals(0, CaseReview.missingFacts("{\"provisional\": false, \"missingFacts\": [{\"fact\": \"cni\"}]}"));
        assertEquals(1, CaseReview.missingFacts("{\"eligibility\": {\"provisional\": true}, \"missingFacts\": []}"));
        assertEquals(0, CaseReview.missingFacts(null));
    }

    @Test
    void aLongDescriptionFoldsAfterEightLinesOrSevenHundredCharacters() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("line ").append(i).append('\n');
        }
        DescriptionFold fold = DescriptionFold.of(text.toString());
        assertTrue(fold.isFolded());
        assertTrue(fold.head().endsWith("line 8"), fold.head());
        assertTrue(fold.rest().startsWith("line 9"), fold.rest());
        assertEquals(12, fold.hiddenLines());
        assertFalse(DescriptionFold.of("short\ntext").isFolded());
        assertEquals("short\ntext", DescriptionFold.of("short\ntext").head());
        DescriptionFold paragraph = DescriptionFold.of("word ".repeat(400));
        assertTrue(paragraph.isFolded());
        assertTrue(paragraph.head().length() <= DescriptionFold.CHARS, "cut at a space: " + paragraph.head().length());
        assertFalse(DescriptionFold.of(null).isFolded());
    }

    @Test
    void eachProfileFactSaysWhereItCameFrom() {
        String result = """
                {"cluster": {"platform": "AZURE_LOCAL_24H2", "kubernetesVersion": "1.24.3", "lastAzureConnection": null,
                  "allNodesDeallocatedManually": false, "previewFeatures": [], "alphaFeatureGates": ["InPlacePodVerticalScaling"]},
                 "factProvenance": [{"fact": "kubernetesVersion", "value": "1.24.3", "evidence": "kubectl-version.txt", "line": 2,
                   "text": "Server Version: v1.24.3", "source": "kubectl version", "used": true},
                   {"fact": "platform", "value": "AZURE_STACK_HCI_22H2", "evidence": "hci.txt", "line": 1, "text": "22H2",
                   "source": "Get-AzureStackHCI", "used": false, "note": "entered"}]}""";
        CaseProfileFacts facts = CaseProfileFacts.of(result, "{\"platform\": \"AZURE_LOCAL_24H2\", \"allNodesDeallocatedManually\": false}",
                Set.of("lastAzureConnection"));
        assertEquals(CaseProfileFacts.FIELDS.size(), facts.rows().size());
        CaseProfileFacts.Row platform = facts.rows().get(0);
        assertEquals(CaseProfileFacts.Source.ENTERED, platform.source());
        CaseProfileFacts.Row version = facts.rows().get(1);
        assertEquals(CaseProfileFacts.Source.EVIDENCE, version.source());
        assertEquals("kubectl-version.txt", version.evidence());
        assertEquals(2, version.line());
        CaseProfileFacts.Row last = facts.rows().get(2);
        assertEquals(CaseProfileFacts.Source.UNKNOWN, last.source());
        assertTrue(last.missing());
        CaseProfileFacts.Row deallocated = facts.rows().get(4);
        assertEquals("false", deallocated.value());
        assertTrue(deallocated.isYesNo());
        assertEquals(CaseProfileFacts.Source.ENTERED, deallocated.source());
        CaseProfileFacts.Row gates = facts.rows().get(11);
        assertEquals("InPlacePodVerticalScaling", gates.value());
        assertEquals(CaseProfileFacts.Source.EVIDENCE, gates.source());
        assertNull(gates.evidence(), "read from the evidence, no line named");
        assertNull(facts.rows().get(10).value(), "an empty list is not known");
        assertEquals(2, facts.read().size());
        assertFalse(facts.read().get(1).used());
        assertEquals("entered", facts.read().get(1).note());
        assertTrue(CaseProfileFacts.of(null, null, Set.of()).read().isEmpty());
    }
}
