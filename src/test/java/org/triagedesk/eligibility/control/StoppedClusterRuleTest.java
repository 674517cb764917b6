package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoppedClusterRuleTest {

    private final StoppedClusterRule cut = new StoppedClusterRule();

    @Test
    void saysNothingAboutARunningCluster() {
        assertEquals(List.of(), rules(decide(cut, profile().build(), "2025-10-01")));
    }

    @Test
    void warnsOnTheDayTheClusterStopped() {
        assertEquals(List.of(STOPPED_RECENTLY), rules(decide(cut, profile().stoppedSince("2025-10-01").build(), "2025-10-01")));
    }

    @Test
    void warnsAtExactlyThirtyDays() {
        assertEquals(List.of(STOPPED_RECENTLY), rules(decide(cut, profile().stoppedSince("2025-09-01").build(), "2025-10-01")));
    }

    @Test
    void controlPlaneLeavesSupportOnDayThirtyOne() {
        assertEquals(List.of(STOPPED_CONTROL_PLANE), rules(decide(cut, profile().stoppedSince("2025-08-31").build(), "2025-10-01")));
    }

    @Test
    void stillUpdatableAtExactlyNinetyDays() {
        assertEquals(List.of(STOPPED_CONTROL_PLANE), rules(decide(cut, profile().stoppedSince("2025-07-03").build(), "2025-10-01")));
    }

    @Test
    void noLongerUpdatableOnDayNinetyOne() {
        assertEquals(List.of(STOPPED_CONTROL_PLANE, STOPPED_NOT_UPDATABLE),
                rules(decide(cut, profile().stoppedSince("2025-07-02").build(), "2025-10-01")));
    }

    @Test
    void countsTheLeapDay() {
        assertEquals(List.of(STOPPED_RECENTLY), rules(decide(cut, profile().stoppedSince("2024-02-01").build(), "2024-03-02")));
        assertEquals(List.of(STOPPED_CONTROL_PLANE), rules(decide(cut, profile().stoppedSince("2024-01-31").build(), "2024-03-02")));
    }
}
