package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Server-Timing stages the benchmark reads to tell the engine's work from the index's and from HTTP. */
class StageTimerTest {

    @Test
    void aRecordedDurationIsAddedToItsStageAndShownInMilliseconds() {
        StageTimer.start();
        StageTimer.record("known-issues-index", 1_500_000);
        StageTimer.record("known-issues-index", 250_000);
        String value = StageTimer.time("known-issues", () -> "found");
        Map<String, Long> stages = StageTimer.finish();
        assertEquals("found", value);
        assertEquals(1_750_000L, stages.get("known-issues-index"));
        assertEquals(List.of("known-issues-index", "known-issues"), List.copyOf(stages.keySet()), "in the order they were first timed");
        assertTrue(StageTimer.header(stages).startsWith("known-issues-index;dur=1.750, known-issues;dur="), StageTimer.header(stages));
    }

    @Test
    void outsideATimedRequestNothingIsKeptAndTheWorkStillRuns() {
        StageTimer.record("known-issues-index", 1_000_000);
        assertEquals(42, StageTimer.time("ranking", () -> 42));
        assertEquals(Map.of(), StageTimer.finish());
    }
}
