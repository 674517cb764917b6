package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShownTermsTest {

    @Test
    void numbersAndFunctionWordsAreLeftOut() {
        assertEquals(List.of("coredns", "証明書", "kubectl get pods", "ノード"),
                ShownTerms.of(List.of("192", "168", "coredns", "まま", "the", "証明書", "10.0.0.1", "kubectl get pods", "ている", "ノード", "coredns",
                        "の", "a", "1.30")));
    }

    @Test
    void aPhraseStaysWhenOneWordCounts() {
        assertTrue(ShownTerms.worthShowing("of certificate"));
        assertFalse(ShownTerms.worthShowing("of the"));
        assertFalse(ShownTerms.worthShowing("192 168"));
        assertFalse(ShownTerms.worthShowing(" "));
        assertFalse(ShownTerms.worthShowing(null));
    }
}
