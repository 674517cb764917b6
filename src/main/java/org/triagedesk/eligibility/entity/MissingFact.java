package org.triagedesk.eligibility.entity;

import java.util.List;

/**
 * A fact a rule needed but the case did not give, with the commands whose output would show it.
 * It tells the customer what to send, not only a verdict.
 */
public record MissingFact(String fact, List<String> commands) {

    public MissingFact {
        commands = List.copyOf(commands);
    }
}
