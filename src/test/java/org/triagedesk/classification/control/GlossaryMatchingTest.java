package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.control.SearchTestBed;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.platform.Language;

/**
 * The glossary on the shipped kb/: a case finds the known issue written only in the other language, and the words
 * it carries over never push the case's own best match out of the top five.
 */
class GlossaryMatchingTest {

    static SearchTestBed bed;
    static Glossary glossary;

    @BeforeAll
    static void kb() {
        bed = SearchTestBed.withKb(Path.of("kb"));
        glossary = bed.snapshot().glossary();
    }

    @AfterAll
    static void close() {
        bed.close();
    }

    private static List<String> keys(String title, String description, String version) {
        CaseText text = new CaseText(title, description, List.of());
        String prose = text.prose();
        boolean ja = Language.ofText(prose) == Language.JA;
        List<String> english = ja ? glossary.english(prose) : List.of();
        List<String> japanese = ja ? List.of() : glossary.japanese(prose);
        List<IssueMatch> matches = bed.read(em -> new IssueRanking().rank(new KnownIssueMatcher().candidates(em, text, english, japanese, 30),
                text, version == null ? Optional.<KubernetesRelease>empty() : KubernetesRelease.parse(version), 5));
        return matches.stream().map(IssueMatch::key).toList();
    }

    @Test
    void aJapaneseCaseFindsTheEnglishOnlyIssue() {
        List<String> keys = keys("検証用クラスターを停止していたら証明書が切れて使えなくなった", null, null);
        assertTrue(keys.contains("KI-0103"), keys.toString());
    }

    @Test
    void carriedOverWordsDoNotCrowdOutTheCasesOwnMatch() {
        List<String> keys = keys("CoreDNS pods crash after upgrade", "since the upgrade to 1.30", "1.30.4");
        assertTrue(keys.contains("KI-0125"), keys.toString());
    }
}
