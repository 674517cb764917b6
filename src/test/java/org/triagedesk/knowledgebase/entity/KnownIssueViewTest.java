package org.triagedesk.knowledgebase.entity;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CoverageArea;

class KnownIssueViewTest {

    @Test
    void theStoredViewGivesBackEveryFieldAMatchShows() {
        var content = new KnownIssueContent("証明書の期限切れ \"x509\"", CoverageArea.LIFECYCLE, "ja", KnownIssueStatus.MITIGATED,
                "symptoms", "cause", "Run Update-AksHciCertificates.\nThen retry.", "https://github.com/kubernetes/kubernetes/issues/1",
                List.of("https://learn.microsoft.com/a", "https://learn.microsoft.com/b"), "AKS-HCI 1.0.x releases up to early 2022",
                "containerd 1.7.4", "2024-01: mitigated", List.of("tag"), List.of("x509: certificate has expired", "Unauthorized"),
                LocalDate.of(2026, 1, 1));
        KnownIssueContent read = KnownIssueView.read(KnownIssueView.write(content));
        assertEquals(content.title(), read.title());
        assertEquals(content.area(), read.area());
        assertEquals(content.language(), read.language());
        assertEquals(content.status(), read.status());
        assertEquals(content.workaround(), read.workaround());
        assertEquals(content.upstreamUrl(), read.upstreamUrl());
        assertEquals(content.links(), read.links());
        assertEquals(content.affectedVersions(), read.affectedVersions());
        assertEquals(content.fixedIn(), read.fixedIn());
        assertEquals(content.timeline(), read.timeline());
        assertEquals(content.signatures(), read.signatures());
        assertNull(read.symptoms(), "searched, never shown in a match: not stored");
    }

    @Test
    void missingOptionalFieldsStayMissing() {
        var content = new KnownIssueContent("t", CoverageArea.HOW_TO, "en", KnownIssueStatus.OPEN, null, null, null, null, null, null, null,
                null, null, null, null);
        KnownIssueContent read = KnownIssueView.read(KnownIssueView.write(content));
        assertNull(read.workaround());
        assertNull(read.upstreamUrl());
        assertEquals(List.of(), read.links());
        assertEquals(List.of(), read.signatures());
    }
}
