package org.triagedesk.accounts.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * A person's sign-in as kept in their HTTP session: who they are and the roles they had when the
 * account was last looked at. It is looked at again after half a minute, so disabling an account or
 * taking a role away reaches signed-in sessions quickly without a database read per request. The stamp is wall-clock
 * time (epoch milliseconds), which means the same on every node, unlike {@code System.nanoTime}.
 */
public record SessionSignIn(String username, Set<String> roles, long checkedAtMillis) implements Serializable {

    public static final String ATTRIBUTE = "org.triagedesk.signIn";
    static final long FRESH_MILLIS = Duration.ofSeconds(30).toMillis();

    public SessionSignIn {
        roles = Set.copyOf(roles);
    }

    /** Looked at less than half a minute ago; a stamp from the future (a node's clock ahead) is not fresh. */
    public boolean isFresh(long nowMillis) {
        long age = nowMillis - checkedAtMillis;
        return age >= 0 && age < FRESH_MILLIS;
    }
}
