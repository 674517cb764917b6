package org.triagedesk.accounts.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionSignInTest {

    final long signedInAt = Instant.parse("2026-12-03T10:00:00Z").toEpochMilli();
    final SessionSignIn signIn = new SessionSignIn("eng", Set.of("ENGINEER"), signedInAt);

    @Test
    void freshForHalfAMinuteOfWallClockTimeOnAnyNode() {
        assertTrue(signIn.isFresh(signedInAt));
        assertTrue(signIn.isFresh(signedInAt + 29_999));
        assertFalse(signIn.isFresh(signedInAt + 30_000), "looked at again after half a minute");
    }

    @Test
    void aStampFromTheFutureIsLookedAtAgain() {
        assertFalse(signIn.isFresh(signedInAt - 1), "a node whose clock is behind the one that signed in checks the account");
    }
}
