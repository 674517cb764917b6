package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.KubernetesMinor;

class FeatureGateCatalogTest {

    private static final FeatureGateCatalog cut = FeatureGateCatalog.upstream();

    @Test
    void judgesAGateByTheClustersMinor() {
        assertEquals(Optional.of("alpha"), cut.stageAt("InPlacePodVerticalScaling", KubernetesMinor.of("1.28")));
        assertEquals(Optional.of("beta"), cut.stageAt("InPlacePodVerticalScaling", KubernetesMinor.of("1.33")));
        assertTrue(cut.isAlpha("InPlacePodVerticalScaling", Optional.of(KubernetesMinor.of("1.32"))));
        assertFalse(cut.isAlpha("InPlacePodVerticalScaling", Optional.of(KubernetesMinor.of("1.33"))));
    }

    @Test
    void comparesMinorsAsNumbersNotText() {
        assertEquals(Optional.of("alpha"), cut.stageAt("SidecarContainers", KubernetesMinor.of("1.28")));
        assertEquals(Optional.of("beta"), cut.stageAt("SidecarContainers", KubernetesMinor.of("1.30")));
    }

    @Test
    void aGateBeforeItExistedIsNoStageAtAll() {
        assertEquals(Optional.empty(), cut.stageAt("SidecarContainers", KubernetesMinor.of("1.27")));
    }

    @Test
    void withTheVersionUnknownAnEverAlphaGateCountsAsAlpha() {
        assertTrue(cut.isAlpha("SidecarContainers", Optional.empty()));
        assertFalse(cut.isAlpha("NoSuchGateAnywhere", Optional.empty()));
    }

    @Test
    void namesItsUpstreamSource() {
        assertTrue(cut.source().contains("versioned_feature_list.yaml"));
    }
}
