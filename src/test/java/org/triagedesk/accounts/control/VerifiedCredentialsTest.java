package org.triagedesk.accounts.control;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final VerifiedCredentials cut = new VerifiedCredentials(Duration.ofSeconds(60));

    @Test
    void remembersAVerifiedPasswordForItsLifetime() {
        cut.remember("eng", "correct horse", Set.of("ENGINEER"), NOW);
        assertEquals(Optional.of(Set.of("ENGINEER")), cut.roles("eng", "correct horse", NOW.plusSeconds(60)));
        assertEquals(Optional.empty(), cut.roles("eng", "correct horse", NOW.plusSeconds(61)));
    }

    @Test
    void neverAcceptsAnotherPassword() {
        cut.remember("eng", "correct horse", Set.of("ENGINEER"), NOW);
        assertEquals(Optional.empty(), cut.roles("eng", "correct horse!", NOW));
        assertEquals(Optional.empty(), cut.roles("eng2", "correct horse", NOW));
    }

    @Test
    void forgetsAUserWhoseAccountChanged() {
        cut.remember("eng", "correct horse", Set.of("ENGINEER"), NOW);
        cut.forget("eng");
        assertEquals(Optional.empty(), cut.roles("eng", "correct horse", NOW));
    }
}
