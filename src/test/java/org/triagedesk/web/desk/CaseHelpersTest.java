package org.triagedesk.web.desk;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.platform.Language;
import org.triagedesk.web.SafeMarkdown;

/** The case pages' small helpers: age, sizes, times, safe Markdown and links, reading a triage. */
class CaseHelpersTest {

    @Test
    void ageIsGivenInTheLargestWholeUnit() {
        Instant filed = Instant.parse("2025-03-01T10:00:00Z");
        assertEquals(new CaseAge.Age("age.minutes", 7), CaseAge.between(filed, Instant.parse("2025-03-01T10:07:59Z")));
        assertEquals(new CaseAge.Age("age.hours", 5), CaseAge.between(filed, Instant.parse("2025-03-01T15:30:00Z")));
        assertEquals(new CaseAge.Age("age.days", 3), CaseAge.between(filed, Instant.parse("2025-03-04T11:00:00Z")));
        assertEquals(new CaseAge.Age("age.minutes", 0), CaseAge.between(filed, filed.minusSeconds(60)), "a clock skew is not negative");
    }

    @Test
    void sizesTimesAndRedactionsAreWordedPlainly() {
        assertEquals("512 B", CaseTexts.size(512));
        assertEquals("1.5 KB", CaseTexts.size(1536));
        assertEquals("2.0 MB", CaseTexts.size(2 * 1024 * 1024));
        assertEquals("2025-03-01 10:07 UTC", CaseTexts.time(Instant.parse("2025-03-01T10:07:59Z")));
        assertEquals("ip × 2, subscription × 1", CaseTexts.redactions("{ip=2, subscription=1}"));
        assertNull(CaseTexts.redactions(null));
    }

    @Test
    void markdownEscapesHtmlAndDropsScriptLinks() {
        String html = SafeMarkdown.html("Run `kubectl get nodes` <script>alert(1)</script> [x](javascript:alert(2))");
        assertTrue(html.contains("<code>kubectl get nodes</code>"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void onlyWebAddressesBecomeUpstreamLinks() {
        assertEquals("https://github.com/kubernetes/kubernetes/issues/1", CaseTriageSummary.safeUrl("https://github.com/kubernetes/kubernetes/issues/1"));
        assertNull(CaseTriageSummary.safeUrl("javascript:alert(1)"));
        assertNull(CaseTriageSummary.safeUrl("https://example.com/a b"));
        assertNull(CaseTriageSummary.safeUrl(null));
    }

    @Test
    void aTriageIsReadWithItsFindingsIssuesAndDraft() {
        CaseTriageSummary t = CaseTriageSummary.of("""
                {"coverageArea": "AGENT_NODE", "confidence": 0.62, "needsReview": true, "asOf": "2025-03-01",
                 "eligibility": {"verdict": "UNSUPPORTED", "findings": [
                   {"rule": "VERSION_OUT_OF_SUPPORT", "subject": "1.24", "outcome": "UNSUPPORTED", "message": "too old",
                    "policySection": "§1", "policySectionTitles": {"en": "Versions", "ja": "バージョン"}, "remediation": "upgrade"}],
                   "missingFacts": []},
                 "missingFacts": [{"fact": "platform", "why": "decides the rules", "commands": ["Get-AzureStackHCI"]}],
                 "knownIssues": [{"key": "KI-1", "title": "Node flips", "status": "FIXED", "workaround": "wait",
                                  "upstreamUrl": "javascript:alert(1)", "fixedIn": null}],
                 "template": {"key": "t", "language": "en", "subject": "Your case", "body": "Hello"}}""",
                new FindingTexts(Language.EN));
        assertEquals("UNSUPPORTED", t.verdict());
        assertEquals("VERSION_OUT_OF_SUPPORT:1.24", t.findings().get(0).key());
        assertEquals("too old", t.finding("VERSION_OUT_OF_SUPPORT:1.24").message());
        assertEquals("Get-AzureStackHCI", t.missingFacts().get(0).commands().get(0));
        assertNull(t.issue("KI-1").upstreamUrl());
        assertEquals("Hello", t.draftBody());
        assertTrue(t.needsReview());
        assertFalse(t.provisional(), "unsupported is final whatever is missing");
        assertEquals("Versions", t.findings().get(0).policySection(), "the section title in the page's language only");
    }

    /** A case answered in Japanese, read on the English page: findings, sections, missing facts and the provisional verdict in English. */
    @Test
    void aTriageIsWordedInThePagesLanguageNotTheCases() {
        String kept = """
                {"coverageArea": "NETWORKING", "confidence": 0.8, "needsReview": false, "asOf": "2026-12-03", "language": "ja",
                 "eligibility": {"verdict": "SUPPORTED_WITH_WARNINGS", "findings": [
                   {"rule": "AZURE_DISCONNECTED", "outcome": "SUPPORTED_WITH_WARNINGS", "message": "管理クラスターが最後に Azure と同期したのは…",
                    "policySection": "停止または切断されたクラスター / Stopped or disconnected clusters",
                    "policySectionTitles": {"en": "Stopped or disconnected clusters", "ja": "停止または切断されたクラスター"},
                    "remediation": "…", "arguments": ["2026-10-01", "63"]}],
                   "missingFacts": [], "provisional": true},
                 "missingFacts": [{"fact": "kubernetesVersion", "why": "Kubernetes のバージョンで…", "commands": ["kubectl version"]}],
                 "provisional": true,
                 "knownIssues": [{"key": "KI-1", "title": "DNS が遅い", "language": "ja", "upstreamUrl": "https://github.com/x/y/issues/1"},
                                 {"key": "KI-2", "title": "DNS is slow", "language": "en", "upstreamUrl": "https://github.com/x/y/issues/1"},
                                 {"key": "KI-3", "title": "証明書の期限切れ", "language": "ja", "upstreamUrl": null}],
                 "template": null}""";
        CaseTriageSummary en = CaseTriageSummary.of(kept, new FindingTexts(Language.EN));
        assertEquals("The management cluster last synced with Azure on 2026-10-01, 63 days ago: more than 30 days.", en.findings().get(0).message());
        assertEquals("Stopped or disconnected clusters", en.findings().get(0).policySection());
        assertTrue(en.missingFacts().get(0).why().startsWith("The Kubernetes version decides"), en.missingFacts().get(0).why());
        assertTrue(en.provisional());
        assertEquals("Supported with warnings so far — we still need: Kubernetes version", en.provisionalText());
        assertEquals(List.of("KI-2", "KI-3"), en.knownIssues().stream().map(CaseTriageSummary.Issue::key).toList(),
                "the English record of the same report replaces the Japanese one");
        assertNull(en.issue("KI-2").languageNote());
        assertEquals("Japanese only", en.issue("KI-3").languageNote());
        CaseTriageSummary ja = CaseTriageSummary.of(kept, new FindingTexts(Language.JA));
        assertEquals("停止または切断されたクラスター", ja.findings().get(0).policySection());
        assertEquals("現時点ではサポート対象 (注意事項あり) — 次の情報が必要です: Kubernetes のバージョン", ja.provisionalText());
        assertEquals(List.of("KI-1", "KI-3"), ja.knownIssues().stream().map(CaseTriageSummary.Issue::key).toList());
    }
}
