package org.triagedesk.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final LoginThrottle throttle = new LoginThrottle();
    Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void fiveFailuresAreFreeThenEachOneDoublesTheWait() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("alice", "10.0.0.1", now);
            assertEquals(Optional.empty(), throttle.waitFor("alice", "10.0.0.1", now), "failure " + (i + 1) + " is free");
        }
        throttle.failed("alice", "10.0.0.1", now);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("alice", "10.0.0.1", now));
        now = now.plusSeconds(1);
        assertEquals(Optional.empty(), throttle.waitFor("alice", "10.0.0.1", now), "the wait is over");
        throttle.failed("alice", "10.0.0.1", now);
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.waitFor("alice", "10.0.0.1", now));
    }

    @Test
    void theWaitIsCappedAtFifteenMinutes() {
        assertEquals(Duration.ZERO, LoginThrottle.wait(5));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.wait(6));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.wait(9));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.wait(30));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.wait(Integer.MAX_VALUE));
    }

    @Test
    void aSuccessClearsAndOtherAddressesAreNotLockedOut() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("Alice", "203.0.113.9", now);
        }
        assertTrue(throttle.waitFor("alice", "203.0.113.9", now).isPresent(), "the name is compared without case");
        assertEquals(Optional.empty(), throttle.waitFor("alice", "10.0.0.1", now), "the real user's own machine is not locked out");
        throttle.succeeded("alice", "203.0.113.9");
        assertEquals(Optional.empty(), throttle.waitFor("alice", "203.0.113.9", now));
    }

    @Test
    void failuresAnHourApartStartTheCountAgain() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bob", "c", now);
        }
        now = now.plus(Duration.ofHours(2));
        throttle.failed("bob", "c", now);
        assertEquals(Optional.empty(), throttle.waitFor("bob", "c", now), "old failures are forgotten");
    }
}
