package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class TermOverlapTest {

    final TermOverlap cut = new TermOverlap(new EnglishAnalyzer());

    @Test
    void showsSharedWordsAsTheCaseWroteThemNotTheirStems() {
        List<String> shared = cut.shared("Certificates expired; the certificates were never renewed.",
                List.of("The certificate has expired and must be renewed"));

        assertEquals(List.of("certificates", "expired", "renewed"), shared);
    }

    @Test
    void wordsOnlyTheCaseUsesAreNotShared() {
        assertEquals(List.of("calico"), cut.shared("calico pods crash on Windows nodes", List.of("calico install")));
    }
}
