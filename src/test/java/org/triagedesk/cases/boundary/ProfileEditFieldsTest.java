package org.triagedesk.cases.boundary;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The history of a profile edit names the fields that changed; null, missing and an empty list are the same "not known". */
class ProfileEditFieldsTest {

    @Test
    void onlyTheFieldsThatChangedAreNamed() {
        String before = "{\"platform\":\"AZURE_LOCAL_24H2\",\"kubernetesVersion\":null,\"previewFeatures\":[]}";
        String after = "{\"platform\":\"AZURE_LOCAL_24H2\",\"kubernetesVersion\":\"1.32.6\",\"stoppedSince\":null,\"previewFeatures\":[],"
                + "\"alphaFeatureGates\":[\"A\"]}";
        assertEquals(List.of("kubernetesVersion", "alphaFeatureGates"), CaseLifecycle.changedFields(before, after));
        assertEquals(List.of("platform"), CaseLifecycle.changedFields(null, "{\"platform\":\"X\",\"cni\":null}"));
        assertEquals(List.of(), CaseLifecycle.changedFields(after, after));
    }
}
