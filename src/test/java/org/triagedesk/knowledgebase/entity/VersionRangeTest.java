package org.triagedesk.knowledgebase.entity;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.KubernetesRelease;

class VersionRangeTest {

    @Test
    void aWholeMinorHoldsAllItsPatches() {
        VersionRange cut = VersionRange.parse("1.28");
        assertTrue(cut.contains(v("1.28.0")));
        assertTrue(cut.contains(v("v1.28.12-kvapkg.1")));
        assertFalse(cut.contains(v("1.29.0")));
    }

    @Test
    void spansAreInclusiveAndComparatorsCombine() {
        assertTrue(VersionRange.parse("1.27.0 - 1.28.4").contains(v("1.28.4")));
        assertFalse(VersionRange.parse("1.27.0 - 1.28.4").contains(v("1.28.5")));
        VersionRange cut = VersionRange.parse(">=1.26.0 <1.28.5");
        assertTrue(cut.contains(v("1.26.0")));
        assertFalse(cut.contains(v("1.28.5")));
    }

    @Test
    void alternativesAreSeparatedByCommas() {
        VersionRange cut = VersionRange.parse("1.26, 1.27.3, >=1.30.0 <1.30.2");
        assertTrue(cut.contains(v("1.26.9")));
        assertTrue(cut.contains(v("1.27.3")));
        assertFalse(cut.contains(v("1.27.4")));
        assertTrue(cut.contains(v("1.30.1")));
    }

    @Test
    void comparesNumbersNotText() {
        assertTrue(VersionRange.parse(">=1.9.0").contains(v("1.10.0")));
    }

    @Test
    void namesThePartThatDoesNotParse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("1.28, latest"));
        assertEquals("'latest' is not a Kubernetes version", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VersionRange.parse("~1.28"));
    }

    private static KubernetesRelease v(String text) {
        return KubernetesRelease.parse(text).orElseThrow();
    }
}
